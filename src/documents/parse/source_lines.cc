#include "documents/parse/source_lines.h"

#include <string>

#include "documents/parse/text_util.h"
#include "text/normalize.h"

namespace doithoai::documents::parse {
namespace {

bool IsDecoration(std::string_view line) {
  if (line.size() < 3) return false;
  for (char c : line) {
    if (std::string_view("-_*=~. ").find(c) == std::string_view::npos) return false;
  }
  return true;
}

// "2", "- 2 -", "Trang 2", "Trang 2/5": a page number left by a PDF conversion.
bool IsPageNumber(std::string_view line) {
  std::string_view s = TrimEnd(TrimStart(line, "-"), "-");
  if (s.starts_with("Trang ")) s = s.substr(6);
  size_t digits = 0;
  while (digits < s.size() && IsAsciiDigit(s[digits])) digits++;
  if (digits == 0 || digits > 3) return false;
  std::string_view rest = s.substr(digits);
  if (rest.empty()) return true;
  if (rest.front() != '/') return false;
  rest.remove_prefix(1);
  for (char c : rest) {
    if (!IsAsciiDigit(c)) return false;
  }
  return !rest.empty();
}

// `s` without Markdown's strong emphasis ("**", "__") and escapes ("\." → "."), in one pass.
std::string WithoutMarkup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if ((c == '*' || c == '_') && i + 1 < s.size() && s[i + 1] == c) {
      i++;
      continue;
    }
    if (c == '\\' && i + 1 < s.size() &&
        std::string_view(".-*#+_()").find(s[i + 1]) != std::string_view::npos) {
      continue;
    }
    out.push_back(c);
  }
  return out;
}

// One line of Markdown (or of a text with Markdown habits) as plain text.
std::string StripMarkdown(std::string_view raw) {
  std::string s = WithoutMarkup(raw);
  size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') hashes++;
  if (hashes > 0 && hashes <= 6 && (hashes == s.size() || s[hashes] == ' ')) s.erase(0, hashes);
  if (s.starts_with("> ")) s.erase(0, 2);
  std::string_view t = Trim(s);
  // Bullets: "* ", "• ", "· ", "– ", "— ", "− " become "- ".
  for (std::string_view bullet : {"* ", "\xE2\x80\xA2 ", "\xC2\xB7 ", "\xE2\x80\x93 ",
                                  "\xE2\x80\x94 ", "\xE2\x88\x92 ", "\xE2\x80\xA2"}) {
    if (!t.starts_with(bullet)) continue;
    std::string_view item = Trim(t.substr(bullet.size()));
    // "• BỘ GIÁO DỤC VÀ ĐÀO TẠO": a portal lays the header out as a bulleted list (hieuluat.vn);
    // a round bullet before a line in capitals marks no list item.
    if (bullet.starts_with("\xE2\x80\xA2") && IsUpperText(item)) return std::string(item);
    return "- " + std::string(item);
  }
  // "*Hưng Yên, ngày …*", "_…_": emphasis around the whole line.
  if (t.size() > 2 && (t.front() == '*' || t.front() == '_') && t.back() == t.front() &&
      t[1] != ' ') {
    t = Trim(t.substr(1, t.size() - 2));
  }
  return std::string(t);
}

void AddLine(std::string_view raw, std::vector<std::string>& out) {
  raw = Trim(raw);
  if (raw.empty() || IsDecoration(raw)) return;
  std::string line = StripMarkdown(raw);
  if (line.empty() || IsDecoration(line) || IsPageNumber(line)) return;
  out.push_back(std::move(line));
}

}  // namespace

Status CheckTextBytes(std::string_view bytes, size_t max_bytes) {
  if (bytes.size() > max_bytes) {
    return Error::TooLarge("file", "Tệp quá lớn: một văn bản dạng văn bản thuần tối đa " +
                                       std::to_string(max_bytes / (1024 * 1024)) + " MB");
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    return Error::Invalid("file", "Tệp được lưu dạng UTF-16; hãy lưu lại dạng văn bản thuần UTF-8");
  }
  size_t controls = 0;
  for (unsigned char c : bytes) {
    if (c == 0) {
      return Error::Invalid("file", "Tệp nhị phân, không phải văn bản thuần (.txt, UTF-8)");
    }
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') controls++;
  }
  if (controls * 100 > bytes.size()) {
    return Error::Invalid("file", "Tệp nhị phân, không phải văn bản thuần (.txt, UTF-8)");
  }
  if (!text::IsValidUtf8(bytes)) {
    return Error::Invalid("file",
                          "Tệp không phải UTF-8 (có thể là bảng mã cũ như TCVN3, VNI hay "
                          "Windows-1258); hãy lưu lại dạng UTF-8");
  }
  for (unsigned char c : bytes) {
    if (c > ' ' && !(c == 0xEF || c == 0xBB || c == 0xBF)) return Ok();  // not only a BOM
  }
  return Error::Invalid("file", "Tệp rỗng: không có nội dung văn bản");
}

std::vector<std::string> SourceLines(std::string_view bytes) {
  std::vector<std::string> lines = SourceLinesWithCells(bytes);
  std::erase(lines, std::string(kCellBreak));
  return lines;
}

// A sentence broken after its first word ("Căn" / "cứ Luật Tổ chức chính quyền địa phương"):
// one line.
namespace {
// A file path printed under the copies list ("d:\\2011\\CV\\SVH\\T4\\Bau cho …",
// "Sonnh\\QD556.85b."): the word processor's footer, not the document's.
bool IsFilePath(std::string_view line) {
  size_t slash = line.find('\\');
  if (slash == std::string_view::npos) return false;
  bool drive = line.size() > 2 && line[1] == ':' && line[2] == '\\';
  return drive || line.find(' ') == std::string_view::npos;
}

void JoinBrokenFirstWords(std::vector<std::string>& lines) {
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string& a = lines[i];
    const std::string& b = lines[i + 1];
    if (a.find(' ') == std::string::npos && StartsUpper(a) && !IsUpperText(a) && StartsLower(b)) {
      lines[i] = a + " " + b;
      lines.erase(lines.begin() + static_cast<long>(i) + 1);
    }
  }
}
}  // namespace

std::vector<std::string> SourceLinesWithCells(std::string_view bytes) {
  // Old Mac line ends and page breaks separate lines too.
  std::string unified(bytes);
  for (size_t i = 0; i < unified.size(); ++i) {
    char c = unified[i];
    if (c == '\f' || c == '\v' ||
        (c == '\r' && (i + 1 == unified.size() || unified[i + 1] != '\n'))) {
      unified[i] = '\n';
    }
  }
  std::string clean = text::CleanText(unified, text::Lines::kMultiple).value_or("");
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < clean.size()) {
    size_t end = clean.find('\n', start);
    if (end == std::string::npos) end = clean.size();
    std::string_view line = std::string_view(clean).substr(start, end - start);
    start = end + 1;
    if (Trim(line) == kCellBreak) {
      if (lines.empty() || lines.back() != kCellBreak) lines.emplace_back(kCellBreak);
      continue;
    }
    // A table row: one line per non-empty cell; separator rows ("|---|") vanish. A copy may
    // lose the row's first bar: "- Như Điều 3; | TM. ỦY BAN NHÂN DÂN |".
    bool row = line.starts_with("|") ||
               (Trim(line).ends_with("|") && line.find(" | ") != std::string_view::npos);
    if (row) {
      size_t cell_start = line.starts_with("|") ? 1 : 0;
      while (cell_start < line.size()) {
        size_t bar = line.find('|', cell_start);
        if (bar == std::string_view::npos) bar = line.size();
        std::string_view cell = Trim(line.substr(cell_start, bar - cell_start));
        bool rule = cell.find_first_not_of("-: ") == std::string_view::npos;
        if (!rule) AddLine(cell, lines);
        cell_start = bar + 1;
      }
      continue;
    }
    AddLine(line, lines);
  }
  std::erase_if(lines, [](const std::string& l) { return IsFilePath(l); });
  JoinBrokenFirstWords(lines);
  return lines;
}

}  // namespace doithoai::documents::parse
