#include "documents/read/ocr_layout.h"

#include <algorithm>
#include <cstdlib>

namespace doithoai::documents::read {
namespace {

struct Piece {
  std::string text;
  float confidence = 0;
  int left = 0, right = 0;
};

// A gap this much wider than the line is tall separates columns, not words.
constexpr int kColumnGapInLineHeights = 3;

std::vector<Piece> Pieces(const OcrLine& line, int page_width) {
  std::vector<Piece> out;
  const int gap = std::max(kColumnGapInLineHeights * line.height, page_width / 20);
  float sum = 0;
  int n = 0;
  auto close = [&] {
    if (n > 0) out.back().confidence = sum / static_cast<float>(n);
    sum = 0;
    n = 0;
  };
  for (size_t i = 0; i < line.words.size(); ++i) {
    const OcrWord& w = line.words[i];
    if (i == 0 || w.left - line.words[i - 1].right > gap) {
      close();
      out.push_back(Piece{w.text, 0, w.left, w.right});
    } else {
      out.back().text += ' ';
      out.back().text += w.text;
      out.back().right = w.right;
    }
    sum += w.confidence;
    ++n;
  }
  close();
  return out;
}

}  // namespace

ArrangedLines ArrangeLines(const std::vector<OcrLine>& lines, int page_width) {
  ArrangedLines out;
  auto emit = [&](const Piece& p) {
    out.lines.push_back(p.text);
    out.confidence.push_back(p.confidence);
  };
  // The middle of the text block (the left margin is wider than the right one).
  int text_left = page_width, text_right = 0;
  for (const OcrLine& line : lines) {
    if (line.words.empty()) continue;
    text_left = std::min(text_left, line.words.front().left);
    text_right = std::max(text_right, line.words.back().right);
  }
  const int middle = (text_left + text_right) / 2, width = std::max(1, text_right - text_left);
  // A piece centred on the middle (a type name, a title) or wide across it (body text) ends
  // the header; so does its length: the header is never more than kMaxHeaderLines lines.
  auto across = [&](const Piece& p) {
    const int centre = (p.left + p.right) / 2;
    return std::abs(centre - middle) < width / 20 ||
           (p.left < middle - width / 5 && p.right > middle + width / 5);
  };
  constexpr int kMaxHeaderLines = 14;
  std::vector<Piece> left, right;
  bool header = true;
  int header_lines = 0;
  for (const OcrLine& line : lines) {
    std::vector<Piece> pieces = Pieces(line, page_width);
    if (pieces.empty()) continue;
    if (header && ((pieces.size() == 1 && across(pieces[0])) || ++header_lines > kMaxHeaderLines)) {
      header = false;
      for (const Piece& p : left) emit(p);
      for (const Piece& p : right) emit(p);
    }
    if (!header) {
      for (const Piece& p : pieces) emit(p);
      continue;
    }
    for (Piece& p : pieces) ((p.left + p.right) / 2 < middle ? left : right).push_back(p);
  }
  if (header) {
    for (const Piece& p : left) emit(p);
    for (const Piece& p : right) emit(p);
  }
  return out;
}

}  // namespace doithoai::documents::read
