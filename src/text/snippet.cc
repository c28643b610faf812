#include "text/snippet.h"

#include <algorithm>

namespace doithoai::text::search {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The window [start, start + max_bytes) that covers the most marks, starting a little before
// its first mark.
std::pair<size_t, size_t> Window(std::string_view text,
                                 const std::vector<std::pair<uint32_t, uint32_t>>& marks,
                                 size_t max_bytes) {
  const size_t kLeadIn = std::min<size_t>(40, max_bytes / 4);  // context before the first mark
  size_t best_first = 0, best_count = 0;
  for (size_t i = 0, j = 0; i < marks.size(); ++i) {
    j = std::max(j, i);
    while (j < marks.size() && marks[j].second <= marks[i].first + max_bytes - kLeadIn) ++j;
    if (j - i > best_count) best_count = j - i, best_first = i;
  }
  size_t start = marks.empty() ? 0 : marks[best_first].first;
  start = start > kLeadIn ? start - kLeadIn : 0;
  size_t end = std::min(text.size(), start + max_bytes);
  if (end == text.size() && end - start < max_bytes) {
    start = end > max_bytes ? end - max_bytes : 0;
  }
  // Cut at spaces (or at least at character boundaries) so no word is halved.
  if (start > 0) {
    size_t space = text.find(' ', start);
    if (space != std::string_view::npos && space < start + 20) {
      start = space + 1;
    } else {
      while (start < text.size() && IsContinuation(text[start])) ++start;
    }
  }
  if (end < text.size()) {
    size_t space = text.rfind(' ', end);
    if (space != std::string_view::npos && space > start && space + 20 > end) {
      end = space;
    } else {
      while (end > start && IsContinuation(text[end])) --end;
    }
  }
  return {start, end};
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string MakeSnippet(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>> marks,
                        size_t max_bytes) {
  std::sort(marks.begin(), marks.end());
  marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
  // Merge overlapping marks and marks separated only by spaces.
  std::vector<std::pair<uint32_t, uint32_t>> merged;
  for (const auto& m : marks) {
    if (m.first >= m.second || m.second > text.size()) continue;
    if (!merged.empty()) {
      auto& last = merged.back();
      bool only_spaces = m.first >= last.second &&
                         text.substr(last.second, m.first - last.second).find_first_not_of(' ') ==
                             std::string_view::npos;
      if (m.first < last.second || only_spaces) {
        last.second = std::max(last.second, m.second);
        continue;
      }
    }
    merged.push_back(m);
  }
  auto [start, end] = text.size() <= max_bytes ? std::pair<size_t, size_t>{0, text.size()}
                                               : Window(text, merged, max_bytes);
  std::string out;
  if (start > 0) out += "…";
  size_t at = start;
  for (const auto& m : merged) {
    if (m.second <= start || m.first >= end) continue;
    size_t b = std::max<size_t>(m.first, start), e = std::min<size_t>(m.second, end);
    out += EscapeHtml(text.substr(at, b - at));
    out += "<mark>";
    out += EscapeHtml(text.substr(b, e - b));
    out += "</mark>";
    at = e;
  }
  out += EscapeHtml(text.substr(at, end - at));
  if (end < text.size()) out += "…";
  return out;
}

}  // namespace doithoai::text::search
