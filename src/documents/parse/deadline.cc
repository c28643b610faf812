#include "documents/parse/deadline.h"

#include <string>
#include <vector>

#include "documents/parse/text_util.h"
#include "documents/parse/vn_dates.h"

namespace doithoai::documents::parse {
namespace {

constexpr std::string_view kRecurrences[] = {"hằng năm",   "hàng năm",   "hằng quý",  "hàng quý",
                                             "hằng tháng", "hàng tháng", "hằng tuần", "hàng tuần"};

// Words that may open a deadline phrase, kept in its text: "vào tháng 3 hằng năm"; the pairs
// "chậm nhất" and "định kỳ" are handled where they are read.
constexpr std::string_view kLeadWords[] = {"trước", "vào", "trong", "cuối", "đầu", "giữa"};

size_t RecurrenceAt(std::string_view lower, size_t pos) {
  for (std::string_view r : kRecurrences) {
    if (StartsWithWord(lower.substr(pos), r)) return r.size();
  }
  return 0;
}

// "trước ngày 22/02/2023", "chậm nhất là ngày …", optionally followed by "hằng năm". The
// earliest such phrase wins.
bool FindDated(std::string_view text, std::string_view lower, ParsedDeadline* out) {
  bool found = false;
  size_t found_at = std::string_view::npos;
  for (std::string_view anchor : {"trước", "chậm nhất"}) {
    size_t pos = 0;
    while ((pos = FindWord(lower, anchor, pos)) != std::string_view::npos && pos < found_at) {
      size_t p = pos + anchor.size();
      while (p < lower.size() && lower[p] == ' ') p++;
      for (std::string_view filler : {"là ", "vào "}) {
        if (lower.substr(p).starts_with(filler)) p += filler.size();
      }
      DateMatch m = MatchDate(text.substr(p));
      if (m.length == 0 || m.blank) {
        pos += anchor.size();
        continue;
      }
      ParsedDeadline d;
      size_t end = p + m.length;
      size_t after = end;
      while (after < lower.size() && lower[after] == ' ') after++;
      size_t recurrence = RecurrenceAt(lower, after);
      if (recurrence > 0 && !m.has_year) {
        d.kind = DeadlineKind::kRecurring;
        d.text = std::string(text.substr(pos, after + recurrence - pos));
      } else {
        d.kind = DeadlineKind::kDate;
        d.date = m.date;
        d.text = std::string(text.substr(pos, end - pos));
      }
      *out = std::move(d);
      found = true;
      found_at = pos;
      break;
    }
  }
  return found;
}

// Length of a period with its year at the start of `lower`: "tháng 6/2024", "tháng 6 năm
// 2024", "quý iv/2024", "quý ii năm 2024", "năm 2024"; 0 if none.
size_t MatchPeriod(std::string_view lower) {
  size_t p = 0;
  auto word = [&](std::string_view w) {
    if (!StartsWithWord(lower.substr(p), w)) return false;
    p += w.size();
    while (p < lower.size() && lower[p] == ' ') p++;
    return true;
  };
  auto digits = [&](size_t min, size_t max) {
    size_t start = p;
    while (p < lower.size() && IsAsciiDigit(lower[p]) && p - start < max) p++;
    return p - start >= min && !(p < lower.size() && IsAsciiDigit(lower[p]));
  };
  auto year = [&] {
    if (p < lower.size() && lower[p] == '/') {
      p++;
      return digits(4, 4);
    }
    while (p < lower.size() && lower[p] == ' ') p++;
    return word("năm") && digits(4, 4);
  };
  if (word("tháng")) {
    if (!digits(1, 2)) return 0;
  } else if (word("quý")) {
    size_t start = p;
    while (p < lower.size() &&
           std::string_view("ivx1234").find(lower[p]) != std::string_view::npos) {
      p++;
    }
    if (p == start) return 0;
  } else if (word("năm")) {
    return digits(4, 4) ? p : 0;
  } else {
    return 0;
  }
  return year() ? p : 0;
}

// "trong tháng 6 năm 2024", "trước quý IV/2024", "trong năm 2025": a deadline by a period,
// with no single date. The earliest wins.
bool FindPeriod(std::string_view text, std::string_view lower, ParsedDeadline* out) {
  size_t best = std::string_view::npos;
  size_t best_end = 0;
  for (std::string_view anchor : {"trong", "trước"}) {
    for (size_t pos = FindWord(lower, anchor); pos != std::string_view::npos && pos < best;
         pos = FindWord(lower, anchor, pos + anchor.size())) {
      size_t p = pos + anchor.size();
      while (p < lower.size() && lower[p] == ' ') p++;
      size_t len = MatchPeriod(lower.substr(p));
      if (len == 0) continue;
      size_t after = p + len;
      while (after < lower.size() && lower[after] == ' ') after++;
      if (RecurrenceAt(lower, after) > 0) continue;
      best = pos;
      best_end = p + len;
      break;
    }
  }
  if (best == std::string_view::npos) return false;
  out->kind = DeadlineKind::kDate;
  out->text = std::string(text.substr(best, best_end - best));
  return true;
}

// The start of the period phrase that ends right before `pos` ("vào tháng 3 " before
// "hằng năm"), or `pos` when there is none.
size_t PeriodStart(std::string_view lower, size_t pos) {
  std::vector<std::string_view> words = SplitWords(lower.substr(0, pos));
  if (words.empty()) return pos;
  auto offset = [&](std::string_view w) { return static_cast<size_t>(w.data() - lower.data()); };
  size_t n = words.size();
  size_t start = pos;
  size_t used = 0;
  std::string_view last = TrimEnd(words[n - 1], ",");
  bool number = !last.empty() &&
                (IsAsciiDigit(last[0]) || last.find_first_not_of("ivx") == std::string_view::npos);
  if (number && n >= 2 &&
      (words[n - 2] == "tháng" || words[n - 2] == "quý" || words[n - 2] == "ngày")) {
    start = offset(words[n - 2]);
    used = 2;
  } else if (number && MatchDate(last).length == last.size()) {
    start = offset(words[n - 1]);
    used = 1;
  }
  // Up to two opening words or pairs: "vào cuối tháng 3", "trước ngày 30/11", "định kỳ".
  for (int k = 0; k < 2 && n > used; ++k) {
    std::string_view w = words[n - used - 1];
    std::string_view before = n > used + 1 ? words[n - used - 2] : std::string_view();
    bool pair = (w == "nhất" && before == "chậm") || (w == "kỳ" && before == "định");
    if (pair) {
      start = offset(before);
      used += 2;
      continue;
    }
    bool lead = false;
    for (std::string_view l : kLeadWords) lead = lead || w == l;
    if (!lead) break;
    start = offset(w);
    used++;
  }
  return start;
}

bool FindRecurring(std::string_view text, std::string_view lower, ParsedDeadline* out) {
  size_t best = std::string_view::npos;
  size_t best_len = 0;
  for (std::string_view r : kRecurrences) {
    size_t pos = FindWord(lower, r);
    if (pos < best) {
      best = pos;
      best_len = r.size();
    }
  }
  if (best == std::string_view::npos) return false;
  size_t start = PeriodStart(lower, best > 0 ? best - 1 : 0);
  if (start == (best > 0 ? best - 1 : 0)) start = best;
  out->kind = DeadlineKind::kRecurring;
  out->text = std::string(text.substr(start, best + best_len - start));
  return true;
}

// The digits at `pos` as a number (0 when none).
unsigned NumberAt(std::string_view s, size_t pos) {
  unsigned n = 0;
  for (size_t i = pos; i < s.size() && i < pos + 2 && IsAsciiDigit(s[i]); ++i) {
    n = n * 10 + static_cast<unsigned>(s[i] - '0');
  }
  return n;
}

// The day and month a recurring deadline's words name: "trước ngày 30/11 hằng năm" → 30, 11;
// "ngày 30 tháng 11 hằng năm" → 30, 11; "trong tháng 3 hằng năm" → 0, 3 (the whole month);
// "ngày 07 hằng tháng" → 7, 0 (every month).
void ReadRecurrence(ParsedDeadline& d) {
  std::string lower = LowerSameLength(d.text.value_or(""));
  size_t ngay = FindWord(lower, "ngày");
  if (ngay != std::string::npos) {
    size_t p = ngay + std::string_view("ngày").size();
    while (p < lower.size() && lower[p] == ' ') p++;
    d.day = NumberAt(lower, p);
    while (p < lower.size() && IsAsciiDigit(lower[p])) p++;
    if (p < lower.size() && (lower[p] == '/' || lower[p] == '-' || lower[p] == '.')) {
      d.month = NumberAt(lower, p + 1);
    }
  }
  if (d.month == 0) {
    for (size_t t = FindWord(lower, "tháng"); t != std::string::npos;
         t = FindWord(lower, "tháng", t + 1)) {
      size_t p = t + std::string_view("tháng").size();
      while (p < lower.size() && lower[p] == ' ') p++;
      if (unsigned m = NumberAt(lower, p); m >= 1 && m <= 12) {
        d.month = m;
        break;
      }
    }
  }
  if (d.month > 12) d.month = 0;
  if (d.day > 31) d.day = 0;
}

}  // namespace

ParsedDeadline FindDeadline(std::string_view text) {
  ParsedDeadline d;
  std::string lower = LowerSameLength(text);
  if (FindDated(text, lower, &d) || FindPeriod(text, lower, &d) || FindRecurring(text, lower, &d)) {
    if (d.kind == DeadlineKind::kRecurring) {
      // "trước ngày 15 tháng 12 hằng năm": the day written before the month's words.
      std::string found = d.text.value_or("");
      size_t at = lower.find(LowerSameLength(found));
      if (at != std::string::npos && StartsWithWord(LowerSameLength(found), "tháng")) {
        std::string_view before = TrimEnd(std::string_view(text).substr(0, at), " ");
        size_t digits = 0;
        while (digits < before.size() && digits < 2 &&
               IsAsciiDigit(before[before.size() - 1 - digits])) {
          digits++;
        }
        std::string_view head = TrimEnd(before.substr(0, before.size() - digits), " ");
        if (digits > 0 && LowerSameLength(head).ends_with("ngày")) {
          size_t from = head.size() - std::string_view("ngày").size();
          d.text = std::string(text.substr(from, at + found.size() - from));
        }
      }
      ReadRecurrence(d);
    }
    return d;
  }
  size_t pos = FindWord(lower, "thường xuyên");
  if (pos != std::string_view::npos) {
    d.kind = DeadlineKind::kOngoing;
    d.text = std::string(text.substr(pos, std::string_view("thường xuyên").size()));
  }
  return d;
}

ParsedDeadline DeadlineFromFieldValue(std::string_view value) {
  std::string_view v = TrimEnd(Trim(value), ".;,");
  ParsedDeadline d = FindDeadline(v);
  if (d.kind != DeadlineKind::kNone || v.empty()) return d;
  d.text = std::string(v);
  DateMatch m = MatchDate(v);
  if (m.length == v.size() && m.date) {
    d.kind = DeadlineKind::kDate;
    d.date = m.date;
    return d;
  }
  for (char c : v) {
    if (IsAsciiDigit(c)) {
      d.kind = DeadlineKind::kDate;  // a period such as "Quý I/2025": no single date
      return d;
    }
  }
  return d;
}

}  // namespace doithoai::documents::parse
