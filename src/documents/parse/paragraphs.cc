#include "documents/parse/paragraphs.h"

#include "documents/parse/agency.h"
#include "documents/parse/text_util.h"

namespace doithoai::documents::parse {
namespace {

constexpr std::string_view kRomans[] = {"XV",  "XIV", "XIII", "XII", "XI",  "X",  "IX", "VIII",
                                        "VII", "VI",  "V",    "IV",  "III", "II", "I"};

// The paragraph starts a base ("Căn cứ", "Thực hiện"…), whose list may end with a comma.
bool StartsBase(std::string_view text) {
  for (std::string_view m : {"Căn cứ", "Thực hiện", "Triển khai", "Theo đề nghị", "Xét đề nghị"}) {
    if (StartsWithWord(text, m)) return true;
  }
  return false;
}

bool EndsSentence(std::string_view line) {
  line = TrimEnd(line, ")\"'");
  if (line.ends_with("\xE2\x80\x9D")) line.remove_suffix(3);  // ”
  return !line.empty() && std::string_view(".;:!?").find(line.back()) != std::string_view::npos;
}

bool StartsSentence(std::string_view line) {
  return StartsUpper(line) || line.starts_with("\xE2\x80\x9C") || line.starts_with("\"") ||
         line.starts_with("(");
}

bool OpensBlock(std::string_view line) {
  return StartsWithWord(line, "Kính gửi") || StartsWithWord(line, "Nơi nhận") ||
         IsAuthorityLine(line);
}

}  // namespace

bool IsAuthorityLine(std::string_view line) {
  // The Party writes "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "T/L BAN BÍ THƯ"; some copies "TM/".
  for (std::string_view p :
       {"TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L", "TM/", "KT/", "TL/"}) {
    if (line.starts_with(p)) {
      std::string_view rest = TrimStart(line.substr(p.size()), "");
      return StartsUpper(rest) && IsUpperText(rest.substr(0, rest.find(' ')));
    }
  }
  return false;
}

Marker DetectMarker(std::string_view line, size_t* length) {
  *length = 0;
  if (line.starts_with("- ") || line.starts_with("+ ")) {
    *length = 2;
    return line[0] == '-' ? Marker::kDash : Marker::kPlus;
  }
  if ((line.starts_with("-") || line.starts_with("+")) && line.size() > 1 &&
      StartsUpper(line.substr(1))) {
    *length = 1;
    return line[0] == '-' ? Marker::kDash : Marker::kPlus;
  }
  for (std::string_view r : kRomans) {
    if (line.starts_with(r) && line.size() > r.size() + 1 &&
        (line[r.size()] == '.' || line[r.size()] == ')') && line[r.size() + 1] == ' ') {
      *length = r.size() + 2;
      return Marker::kRoman;
    }
  }
  // "a) ", "đ) ", and "a. " for the first letters (a later one is too often an initial).
  if (line.starts_with("\xC4\x91) ")) {
    *length = 4;
    return Marker::kLetter;
  }
  if (line.size() > 2 && line[0] >= 'a' && line[0] <= 'z' && line[2] == ' ' &&
      (line[1] == ')' || (line[1] == '.' && line[0] <= 'k'))) {
    *length = 3;
    return Marker::kLetter;
  }
  std::string_view s = line;
  size_t skip = 0;
  if (s.starts_with("Điều ")) skip = std::string_view("Điều ").size();
  // "1. ", "2) ", "1.2. ": up to two digits per level, at most three levels.
  size_t pos = skip;
  for (int level = 0; level < 3; ++level) {
    size_t digits = 0;
    while (pos + digits < s.size() && IsAsciiDigit(s[pos + digits])) digits++;
    if (digits == 0 || digits > 2) return Marker::kNone;
    pos += digits;
    if (pos + 1 < s.size() && (s[pos] == '.' || s[pos] == ')') && s[pos + 1] == ' ') {
      *length = pos + 2;
      return Marker::kNumber;
    }
    if (pos + 1 < s.size() && s[pos] == '.' && IsAsciiDigit(s[pos + 1])) {
      pos++;
      continue;
    }
    return Marker::kNone;
  }
  return Marker::kNone;
}

void JoinLine(std::string& text, std::string_view next) {
  if (text.empty()) {
    text = next;
    return;
  }
  bool dangling =
      text.size() > 1 && (text.back() == '-' || text.back() == '/') && text[text.size() - 2] != ' ';
  if (!(dangling && (StartsUpper(next) || (!next.empty() && IsAsciiDigit(next[0]))))) {
    text.push_back(' ');
  }
  text.append(next);
}

std::vector<Paragraph> BuildParagraphs(const std::vector<std::string>& lines, size_t begin,
                                       size_t end) {
  std::vector<Paragraph> out;
  std::string_view prev_line;
  int lines_in_current = 0;
  bool current_upper = false;  // the current paragraph is a heading in capitals
  for (size_t i = begin; i < end; ++i) {
    std::string_view line = lines[i];
    size_t marker_length = 0;
    Marker marker = DetectMarker(line, &marker_length);
    bool start = out.empty() || marker != Marker::kNone || OpensBlock(line);
    if (!start) {
      const Paragraph& cur = out.back();
      bool cur_upper = current_upper;
      bool line_upper = IsUpperText(line);
      bool heading = cur.marker == Marker::kRoman || cur.marker == Marker::kNumber ||
                     cur.marker == Marker::kLetter;
      start = (line_upper != cur_upper) || (EndsSentence(prev_line) && StartsSentence(line)) ||
              (StartsBase(cur.text) && prev_line.ends_with(",") && StartsUpper(line)) ||
              (heading && lines_in_current == 1 && StartsUpper(line) &&
               StartsWithActionWord(LowerSameLength(line.substr(0, 60))));
    }
    if (start) {
      out.push_back({marker, std::string(Trim(line.substr(marker_length)))});
      lines_in_current = 1;
      current_upper = IsUpperText(out.back().text);
    } else {
      JoinLine(out.back().text, line);
      lines_in_current++;
    }
    prev_line = line;
  }
  return out;
}

}  // namespace doithoai::documents::parse
