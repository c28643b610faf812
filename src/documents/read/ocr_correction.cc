#include "documents/read/ocr_correction.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>
#include <optional>
#include <vector>

#include "documents/read/lexicon.h"
#include "documents/read/ocr_line_fixes.h"
#include "text/fold.h"
#include "text/normalize.h"

namespace doithoai::documents {
namespace {

// ---- Marks: one syllable at a time, with its neighbours as evidence ----

bool IsLetter(char32_t c) {
  char32_t base = text::FoldVietnamese(c);
  return base >= U'a' && base <= U'z';
}

bool IsUpper(char32_t c) { return text::LowerLetter(c) != c; }

struct Word {
  size_t begin = 0, end = 0;   // code point offsets
  std::string lower;           // lower case, NFC
  bool joined_before = false;  // only white space between this word and the one before
};

std::vector<Word> Words(const std::u32string& s) {
  std::vector<Word> words;
  size_t i = 0;
  bool gap_is_space = false;
  while (i < s.size()) {
    if (!IsLetter(s[i])) {
      const char32_t c = s[i];
      gap_is_space = gap_is_space && (c == U' ' || c == U'\n' || c == U'\t');
      ++i;
      continue;
    }
    Word word;
    word.begin = i;
    // A word is a run of letters; a digit glued to it ("VX1", "3l") makes it no syllable.
    bool glued = i > 0 && (s[i - 1] >= U'0' && s[i - 1] <= U'9');
    while (i < s.size() && IsLetter(s[i])) {
      text::AppendUtf8(text::LowerLetter(s[i]), word.lower);
      ++i;
    }
    word.end = i;
    if (glued || (i < s.size() && s[i] >= U'0' && s[i] <= U'9')) word.lower.clear();
    word.joined_before = !words.empty() && gap_is_space;
    words.push_back(std::move(word));
    gap_is_space = true;
  }
  return words;
}

// How many of the word's neighbours (joined to it by white space) form a known pair with
// `lower` put in its place.
int PairEvidence(const std::vector<Word>& words, size_t at, const std::string& lower) {
  int score = 0;
  if (at > 0 && words[at].joined_before && !words[at - 1].lower.empty() &&
      IsKnownPair(words[at - 1].lower, lower)) {
    ++score;
  }
  if (at + 1 < words.size() && words[at + 1].joined_before && !words[at + 1].lower.empty() &&
      IsKnownPair(lower, words[at + 1].lower)) {
    ++score;
  }
  return score;
}

// A vowel as (row, tone): the row is the letter under the tone (a, ă, â, e, ê, i, o, ô, ơ, u,
// ư, y), the tone 0 none, 1 grave, 2 acute, 3 hook above, 4 tilde, 5 dot below; {-1, -1} for a
// letter that is not a vowel.
std::pair<int, int> VowelOf(char32_t c) {
  static constexpr std::u32string_view kRows[] = {U"aàáảãạ", U"ăằắẳẵặ", U"âầấẩẫậ", U"eèéẻẽẹ",
                                                  U"êềếểễệ", U"iìíỉĩị", U"oòóỏõọ", U"ôồốổỗộ",
                                                  U"ơờớởỡợ", U"uùúủũụ", U"ưừứửữự", U"yỳýỷỹỵ"};
  for (int row = 0; row < static_cast<int>(std::size(kRows)); ++row) {
    size_t at = kRows[row].find(c);
    if (at != std::u32string_view::npos) return {row, static_cast<int>(at)};
  }
  return {-1, -1};
}

// Whether OCR plausibly read `truth` as `read` (one vowel, same letter under the tone): the
// slips measured on the corpus's tune scans. The hook above becomes an acute (ổ→ố 175 times,
// ể→ế 122, ẩ→ấ 22 in 55 documents), and the small marks of i come and go (ỉ, ị, ĩ ↔ i); a
// tilde may be lost; a horn may be added. Other changes of a valid syllable are not made: adding an acute or a
// grave ("Văn" → "Vấn"), or another vowel under the tone ("số" → "sở"), is not a slip OCR
// makes often enough to outweigh the risk.
bool LikelySlip(char32_t read, char32_t truth) {
  auto [read_row, from] = VowelOf(read);
  auto [truth_row, to] = VowelOf(truth);
  if (read_row < 0) return false;
  // A horn added to u or o, the tone kept ("VỮNG TÀU" for "VŨNG TÀU").
  if ((read_row == 10 && truth_row == 9) || (read_row == 8 && truth_row == 6)) return from == to;
  if (read_row != truth_row) return false;
  if (text::FoldVietnamese(read) == U'i') return (from == 0) != (to == 0);
  if (from == 2 && to == 3) return true;
  return from == 0 && to == 4;
}

// The one letter where `a` and `b` (same length in code points) differ.
std::pair<char32_t, char32_t> Difference(const std::string& a, const std::string& b) {
  std::u32string x = DecodeUtf8(a), y = DecodeUtf8(b);
  for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
    if (x[i] != y[i]) return {x[i], y[i]};
  }
  return {0, 0};
}

bool HasMark(const std::string& lower) {
  return std::any_of(lower.begin(), lower.end(), [](char c) { return (c & 0x80) != 0; });
}

// The syllable to write instead of words[at], if any (see the header for the rule).
std::optional<std::string> BetterSyllable(const std::vector<Word>& words, size_t at) {
  const std::string& lower = words[at].lower;
  if (lower.empty()) return std::nullopt;
  const bool valid = IsVietnameseSyllable(lower);
  // A word without marks that is no syllable is a name, an abbreviation or English.
  if (!valid && !HasMark(lower)) return std::nullopt;
  if (valid && PairEvidence(words, at, lower) > 0) return std::nullopt;
  std::vector<std::string> candidates = SyllablesOneMarkAway(lower);
  if (candidates.empty()) return std::nullopt;
  int best = 0;
  std::vector<const std::string*> best_ones;
  for (const std::string& candidate : candidates) {
    if (valid) {
      auto [read, truth] = Difference(lower, candidate);
      if (!LikelySlip(read, truth)) continue;
    }
    int score = PairEvidence(words, at, candidate);
    if (score > best) best_ones.clear(), best = score;
    if (score == best && score > 0) best_ones.push_back(&candidate);
  }
  if (best_ones.size() == 1) return *best_ones[0];
  if (!valid && best == 0 && candidates.size() == 1) return candidates[0];
  return std::nullopt;
}

void CorrectMarks(std::u32string& s) {
  std::vector<Word> words = Words(s);
  for (size_t at = 0; at < words.size(); ++at) {
    std::optional<std::string> better = BetterSyllable(words, at);
    if (!better) continue;
    std::u32string letters = DecodeUtf8(*better);
    if (letters.size() != words[at].end - words[at].begin) continue;
    for (size_t k = 0; k < letters.size(); ++k) {
      char32_t original = s[words[at].begin + k];
      s[words[at].begin + k] =
          IsUpper(original) ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(letters[k])))
                            : letters[k];
    }
    words[at].lower = std::move(*better);  // later words see the corrected neighbour
  }
}

// ---- Letters Vietnamese never uses, and the doubled Đ ----

bool IsD(char32_t c) { return c == U'Đ' || c == U'\u00D0'; }

void CorrectLetters(std::u32string& s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    // A run of capital Đ holding an eth is one Đ that OCR read twice ("QĐÐ", "LĐÐĐTBXH"); a
    // run of true Đ stays ("HĐĐTW": Hội đồng Đội).
    if (IsD(s[i])) {
      size_t j = i;
      bool eth = false;
      for (; j < s.size() && IsD(s[j]); ++j) {
        if (s[j] == U'\u00D0') eth = true;
      }
      if (eth) {
        out.push_back(U'Đ');
      } else {
        out.append(s, i, j - i);
      }
      i = j;
      continue;
    }
    out.push_back(s[i] == U'\u00F0' ? U'đ' : s[i]);
    ++i;
  }
  s = std::move(out);
}

// ---- Digits: dates and the number line ----

std::optional<char> DigitFor(char c) {
  if (c >= '0' && c <= '9') return c;
  switch (c) {
    case 'O':
    case 'o':
    case 'D':
    case 'Q':
      return '0';
    case 'l':
    case 'I':
    case 'i':
    case '|':
    case '!':
      return '1';
    case 'Z':
    case 'z':
      return '2';
    case 'S':
    case 's':
      return '5';
    case 'B':
      return '8';
    default:
      return std::nullopt;
  }
}

// `token` with letters read for digits turned to digits, when it has at least one real digit
// and every other character is such a letter.
std::optional<std::string> AsDigits(std::string_view token) {
  std::string out;
  bool real = false;
  for (char c : token) {
    std::optional<char> d = DigitFor(c);
    if (!d) return std::nullopt;
    real = real || (c >= '0' && c <= '9');
    out.push_back(*d);
  }
  if (!real || out.empty()) return std::nullopt;
  return out;
}

bool InRange(const std::string& digits, int low, int high) {
  int v = std::atoi(digits.c_str());
  return v >= low && v <= high;
}

std::vector<std::string> SplitKeep(const std::string& line) {
  std::vector<std::string> parts;  // alternating: spaces, token, spaces, token...
  size_t i = 0;
  while (i < line.size()) {
    size_t j = i;
    bool space = line[i] == ' ' || line[i] == '\t';
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t') == space) ++j;
    parts.push_back(line.substr(i, j - i));
    i = j;
  }
  return parts;
}

// Splits trailing punctuation (",", ".", ";", ":", ")") off a token.
std::pair<std::string, std::string> CoreAndTail(const std::string& token) {
  size_t end = token.size();
  while (end > 0 && std::string_view(",.;:)").find(token[end - 1]) != std::string_view::npos) {
    --end;
  }
  return {token.substr(0, end), token.substr(end)};
}

// "d/m/yyyy" (or with '.' or '-') with letters for digits, when it is a valid date.
std::optional<std::string> AsNumericDate(const std::string& token) {
  char sep = 0;
  for (char c : token) {
    if (c == '/' || c == '.' || c == '-') {
      sep = c;
      break;
    }
  }
  if (sep == 0) return std::nullopt;
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || token[i] == sep) {
      parts.push_back(token.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 3 || parts[2].size() != 4) return std::nullopt;
  std::string out;
  int real = 0;
  for (size_t k = 0; k < 3; ++k) {
    std::optional<std::string> d = AsDigits(parts[k]);
    if (!d) return std::nullopt;
    for (char c : parts[k]) real += c >= '0' && c <= '9';
    if (k > 0) out.push_back(sep);
    out += *d;
  }
  if (real < 5 || parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
  if (!InRange(out.substr(0, out.find(sep)), 1, 31)) return std::nullopt;
  std::string month = out.substr(out.find(sep) + 1);
  if (!InRange(month.substr(0, month.find(sep)), 1, 12)) return std::nullopt;
  if (!InRange(out.substr(out.rfind(sep) + 1), 1900, 2100)) return std::nullopt;
  return out;
}

std::string CorrectDates(const std::string& line) {
  std::vector<std::string> parts = SplitKeep(line);
  std::string previous;  // the folded word before the current token
  for (std::string& part : parts) {
    if (part.empty() || part[0] == ' ' || part[0] == '\t') continue;
    auto [core, tail] = CoreAndTail(part);
    std::optional<std::string> fixed;
    if (previous == "ngay") {
      fixed = AsDigits(core);
      if (fixed && (fixed->size() > 2 || !InRange(*fixed, 1, 31))) fixed.reset();
    } else if (previous == "thang") {
      fixed = AsDigits(core);
      if (fixed && (fixed->size() > 2 || !InRange(*fixed, 1, 12))) fixed.reset();
    } else if (previous == "nam") {
      fixed = AsDigits(core);
      if (fixed && (fixed->size() != 4 || !InRange(*fixed, 1900, 2100))) fixed.reset();
    }
    if (!fixed) fixed = AsNumericDate(core);
    if (fixed) part = *fixed + tail;
    previous = text::FastFold(core);
  }
  std::string out;
  for (const std::string& part : parts) out += part;
  return out;
}

// Type abbreviations that open a symbol, and issuer abbreviations that may follow them.
constexpr std::string_view kTypeCodes[] = {"QĐ", "KH", "TB",  "BC", "TTr", "CT", "HD", "KL",
                                           "NQ", "QC", "QyĐ", "GM", "TTg", "CV", "PA", "ĐA"};
constexpr std::string_view kIssuerCodes[] = {"UBND", "HĐND", "BCĐ", "BTV", "BCH", "TTg", "VPCP",
                                             "SNV",  "BNV",  "TU",  "HU",  "ĐU",  "ĐTN"};

// "QĐUBND" → "QĐ-UBND"; anything else unchanged.
std::string RestoreHyphen(const std::string& symbol) {
  if (symbol.find('-') != std::string::npos) return symbol;
  for (std::string_view type : kTypeCodes) {
    if (symbol.size() <= type.size() || symbol.compare(0, type.size(), type) != 0) continue;
    std::string_view rest = std::string_view(symbol).substr(type.size());
    for (std::string_view issuer : kIssuerCodes) {
      if (rest == issuer) return std::string(type) + "-" + std::string(issuer);
    }
  }
  return symbol;
}

// "Sô: 3O/KHUBND" → "Số: 30/KH-UBND"; other lines unchanged.
std::string CorrectNumberLine(const std::string& line) {
  std::vector<std::string> parts = SplitKeep(line);
  size_t first = parts.empty() || parts[0][0] != ' ' ? 0 : 1;
  if (first + 2 >= parts.size()) return line;
  std::string head = text::FastFold(parts[first]);
  if (head != "so" && head != "so:") return line;
  std::string& token = parts[first + 2];
  size_t cut = token.find_first_of("/-");
  if (cut == std::string::npos || cut == 0) return line;
  std::optional<std::string> number = AsDigits(token.substr(0, cut));
  if (!number) return line;
  size_t slash = token.find('/');
  std::string symbol = token;
  if (slash != std::string::npos && slash > cut) {
    // "36-HD/VPTW" (Party) or "18/2014/TT-BNV": leave the symbol's own letters.
    token = *number + token.substr(cut);
  } else {
    std::string rest = token.substr(cut + 1);
    auto [core, tail] = CoreAndTail(rest);
    if (token[cut] == '/') {
      // A year part "2O14/…" stays as it is unless it reads as digits.
      size_t next = core.find('/');
      if (next != std::string::npos) {
        std::optional<std::string> year = AsDigits(core.substr(0, next));
        if (year && year->size() == 4) core = *year + core.substr(next);
      } else {
        core = RestoreHyphen(core);
      }
    }
    token = *number + token[cut] + core + tail;
  }
  parts[first] = parts[first].back() == ':' ? "Số:" : "Số";
  std::string out;
  for (const std::string& part : parts) out += part;
  return out;
}

// ---- Years: a date's year past the latest possible one ----

bool OneLikelySlip(const std::string& a, const std::string& b) {
  static const std::string_view kPairs[] = {"09", "08", "06", "17", "38", "56",
                                            "58", "68", "89", "35", "13", "47"};
  if (a.size() != b.size()) return false;
  int diffs = 0;
  bool likely = false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    ++diffs;
    for (std::string_view p : kPairs) {
      if ((a[i] == p[0] && b[i] == p[1]) || (a[i] == p[1] && b[i] == p[0])) likely = true;
    }
  }
  return diffs == 1 && likely;
}

std::vector<std::string> CorrectYears(std::vector<std::string> lines, int latest_year) {
  if (latest_year <= 0) return lines;
  // Every four-digit year the page writes, with its count.
  std::map<std::string, int> years;
  for (const std::string& line : lines) {
    for (size_t i = 0; i + 4 <= line.size(); ++i) {
      bool bounded = (i == 0 || !isdigit(static_cast<unsigned char>(line[i - 1]))) &&
                     (i + 4 == line.size() || !isdigit(static_cast<unsigned char>(line[i + 4])));
      std::string y = line.substr(i, 4);
      if (bounded && std::all_of(y.begin(), y.end(), ::isdigit) && InRange(y, 1900, 2100)) {
        ++years[y];
      }
    }
  }
  for (const auto& [year, count] : years) {
    if (std::atoi(year.c_str()) <= latest_year) continue;
    std::optional<std::string> replacement;
    int candidates = 0;
    for (const auto& [other, other_count] : years) {
      if (std::atoi(other.c_str()) <= latest_year && OneLikelySlip(year, other)) {
        replacement = other;
        ++candidates;
      }
    }
    if (candidates != 1) continue;
    for (std::string& line : lines) {
      // Only in dates: after "năm " or after "/", "." or "-" of d/m/yyyy.
      for (std::string_view before : {std::string_view("năm "), std::string_view("/"),
                                      std::string_view("."), std::string_view("-")}) {
        std::string from = std::string(before) + year, to = std::string(before) + *replacement;
        for (size_t at = line.find(from); at != std::string::npos; at = line.find(from, at + 1)) {
          line.replace(at, from.size(), to);
        }
      }
    }
  }
  return lines;
}

std::vector<std::string> SplitLines(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '\n') {
      lines.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return lines;
}

}  // namespace

std::string CorrectOcrText(std::string_view page_text, const OcrCorrectionOptions& options) {
  std::u32string s = DecodeUtf8(text::ToNfc(page_text));
  CorrectLetters(s);
  CorrectMarks(s);
  std::vector<std::string> lines = SplitLines(EncodeUtf8(s));
  for (std::string& line : lines) {
    line = ocr_fixes::SymbolDigits(ocr_fixes::TildeDash(ocr_fixes::RuleLine(line)));
    line = CorrectNumberLine(CorrectDates(line));
  }
  ocr_fixes::CitedNumbers(lines);
  ocr_fixes::HeaderNoise(lines);
  lines = CorrectYears(std::move(lines), options.latest_year);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += lines[i];
  }
  return text::ToNfc(out);
}

}  // namespace doithoai::documents
