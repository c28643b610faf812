#include "documents/parse/vn_dates.h"

#include <chrono>

#include "documents/parse/text_util.h"

namespace doithoai::documents::parse {
namespace {

// Reads 1–`max_digits` ASCII digits at `pos`; -1 when there are none.
int ReadNumber(std::string_view s, size_t& pos, size_t max_digits) {
  size_t start = pos;
  int value = 0;
  while (pos < s.size() && IsAsciiDigit(s[pos]) && pos - start < max_digits) {
    value = value * 10 + (s[pos] - '0');
    pos++;
  }
  if (pos == start || (pos < s.size() && IsAsciiDigit(s[pos]))) {
    pos = start;
    return -1;
  }
  return value;
}

void SkipSpaces(std::string_view s, size_t& pos) {
  while (pos < s.size() && s[pos] == ' ') pos++;
}

bool ConsumeWord(std::string_view s, size_t& pos, std::string_view lower_word) {
  std::string head = LowerSameLength(s.substr(pos, lower_word.size()));
  if (head != lower_word || !StartsWithWord(s.substr(pos), s.substr(pos, lower_word.size()))) {
    return false;
  }
  pos += lower_word.size();
  return true;
}

// Skips a draft's blank: dots, ellipses, underscores and spaces. True if any was skipped.
bool SkipBlank(std::string_view s, size_t& pos) {
  size_t start = pos;
  while (pos < s.size()) {
    if (s[pos] == '.' || s[pos] == '_' || s[pos] == ' ') {
      pos++;
    } else if (s.substr(pos, 3) == "\xE2\x80\xA6") {  // …
      pos += 3;
    } else {
      break;
    }
  }
  return pos > start;
}

std::optional<Date> MakeDate(int year, int month, int day) {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) {
    return std::nullopt;
  }
  std::chrono::year_month_day ymd{std::chrono::year(year), std::chrono::month(month),
                                  std::chrono::day(day)};
  if (!ymd.ok()) return std::nullopt;
  return Date(year, month, day);
}

// "05 tháng 01 năm 2020" or a blank "… tháng … năm 2024" at `pos` (after "ngày "); the
// match's length counts from the start of `s`.
DateMatch MatchWordDate(std::string_view s, size_t pos) {
  DateMatch m;
  size_t p = pos;
  SkipSpaces(s, p);
  int day = ReadNumber(s, p, 2);
  bool blank = day < 0 && SkipBlank(s, p);
  SkipSpaces(s, p);
  if (day < 0 && !blank && !LowerSameLength(s.substr(p, 6)).starts_with("tháng")) return m;
  if (!ConsumeWord(s, p, "tháng")) return m;
  SkipSpaces(s, p);
  int month = ReadNumber(s, p, 2);
  if (month < 0) SkipBlank(s, p);
  SkipSpaces(s, p);
  if (!ConsumeWord(s, p, "năm")) return m;
  SkipSpaces(s, p);
  int year = ReadNumber(s, p, 4);
  if (year < 0) {
    SkipBlank(s, p);  // "năm 20…"
    year = -1;
  }
  m.length = p;
  m.has_year = year >= 1000;
  m.blank = day < 0 || month < 0 || year < 1000;
  if (!m.blank) m.date = MakeDate(year, month, day);
  while (m.length > 0 && s[m.length - 1] == ' ') m.length--;
  return m;
}

// "5/1/2020", "05-01-2020", "8.3.2023", "30/11" at `pos`; the match's length counts from
// the start of `s`.
DateMatch MatchNumericDate(std::string_view s, size_t pos) {
  DateMatch m;
  size_t p = pos;
  int day = ReadNumber(s, p, 2);
  if (day < 0 || p >= s.size()) return m;
  char sep = s[p];
  if (sep != '/' && sep != '-' && sep != '.') return m;
  p++;
  int month = ReadNumber(s, p, 2);
  if (month < 1 || month > 12 || day < 1 || day > 31) return m;
  m.length = p;
  if (p + 1 < s.size() && s[p] == sep && IsAsciiDigit(s[p + 1])) {
    size_t q = p + 1;
    int year = ReadNumber(s, q, 4);
    if (year >= 1000 && q - (p + 1) == 4) {
      m.length = q;
      m.has_year = true;
      m.date = MakeDate(year, month, day);
      return m;
    }
  }
  // A day and month alone: "30/11". Refuse "8.3" followed by more digits (a decimal or a
  // section number) and "dd.mm" generally, which is too often a section number.
  if (sep == '.') m.length = 0;
  return m;
}

}  // namespace

DateMatch MatchDate(std::string_view s) {
  size_t pos = 0;
  SkipSpaces(s, pos);
  size_t after_word = pos;
  if (ConsumeWord(s, after_word, "ngày")) {
    SkipSpaces(s, after_word);
    DateMatch numeric = MatchNumericDate(s, after_word);
    return numeric.length > 0 ? numeric : MatchWordDate(s, after_word);
  }
  return MatchNumericDate(s, pos);
}

}  // namespace doithoai::documents::parse
