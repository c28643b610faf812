#include "documents/read/ocr_line_fixes.h"

#include <algorithm>

#include "documents/read/lexicon.h"
#include "text/fold.h"
#include "text/normalize.h"

namespace doithoai::documents::ocr_fixes {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string RuleLine(std::string_view line) {
  size_t stars = std::count(line.begin(), line.end(), '*');
  size_t visible = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    // Count code points, not bytes: skip UTF-8 continuation bytes.
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c != ' ' && c != '\t' && (c & 0xC0) != 0x80) ++visible;
  }
  if (stars < 3 || stars * 3 < visible) return std::string(line);
  size_t indent = line.find_first_not_of(" \t");
  return std::string(line.substr(0, indent)) + std::string(visible, '*');
}

namespace {

bool IsNoise(const std::string& line) {
  std::u32string s = DecodeUtf8(line);
  // A leading "* " is a bullet (a portal's menu: "* Tóm tắt"), not a speck.
  size_t first = s.find_first_not_of(U" \t");
  size_t from = first != std::u32string::npos && s.compare(first, 2, U"* ") == 0 ? first + 2 : 0;
  bool odd_sign = s.find_first_of(U"¿»«#+*^", from) != std::u32string::npos;
  bool marked = false;  // a Vietnamese mark: English ("download") is no OCR speck
  int words = 0, syllables = 0, capitals_run = 0;
  std::string word;
  auto finish = [&] {
    if (word.empty()) return;
    ++words;
    if (IsVietnameseSyllable(word)) ++syllables;
    word.clear();
  };
  for (char32_t c : s) {
    if (c >= U'0' && c <= U'9') return false;
    char32_t base = text::FoldVietnamese(c);
    if (base >= U'a' && base <= U'z') {
      bool upper = text::LowerLetter(c) != c;
      capitals_run = upper ? capitals_run + 1 : 0;
      if (capitals_run >= 2) return false;  // an abbreviation or a heading in capitals
      marked = marked || c > 0x7F;
      text::AppendUtf8(text::LowerLetter(c), word);
    } else {
      capitals_run = 0;
      finish();
    }
  }
  finish();
  if (words == 0 || words > 4) return false;
  return odd_sign || (marked && syllables * 2 < words);
}

}  // namespace

void HeaderNoise(std::vector<std::string>& lines) {
  for (size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    if (IsNoise(lines[i])) lines[i].clear();
  }
}

std::string TildeDash(std::string_view line) {
  std::string out(line);
  size_t start = out.find_first_not_of(" \t");
  if (start != std::string::npos && out.compare(start, 2, "~ ") == 0) out[start] = '-';
  for (size_t at = out.find(" ~ "); at != std::string::npos; at = out.find(" ~ ", at + 1)) {
    out[at + 1] = '-';
  }
  return out;
}

std::string SymbolDigits(std::string_view line) {
  std::string out(line);
  size_t i = 0;
  while (i < out.size()) {
    size_t end = out.find_first_of(" \t", i);
    if (end == std::string::npos) end = out.size();
    if (out.find('/', i) < end) {
      for (size_t k = i + 1; k + 1 < end; ++k) {
        char c = out[k];
        bool after_symbol_char = (out[k - 1] >= 'A' && out[k - 1] <= 'Z') || IsDigit(out[k - 1]);
        if ((c == 'I' || c == 'l' || c == '|') && after_symbol_char && IsDigit(out[k + 1])) {
          out[k] = '1';
        }
      }
    }
    i = end + 1;
  }
  return out;
}

void CitedNumbers(std::vector<std::string>& lines) {
  static const std::string_view kTypes[] = {"nghi dinh",  "quyet dinh", "thong tu",  "cong van",
                                            "nghi quyet", "chi thi",    "ke hoach",  "luat",
                                            "thong bao",  "huong dan",  "phap lenh", "quy dinh"};
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string& line = lines[i];
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line.compare(start, 5, "Số ") != 0) continue;
    if (start + 5 >= line.size() || !IsDigit(line[start + 5])) continue;
    std::string previous = text::Fold(lines[i - 1]);
    while (!previous.empty() && previous.back() == ' ') previous.pop_back();
    bool cited = std::any_of(std::begin(kTypes), std::end(kTypes), [&](std::string_view type) {
      return previous.size() > type.size() &&
             previous.compare(previous.size() - type.size(), type.size(), type) == 0 &&
             previous[previous.size() - type.size() - 1] == ' ';
    });
    if (cited) line.replace(start, std::string_view("Số").size(), "số");
  }
}

}  // namespace doithoai::documents::ocr_fixes
