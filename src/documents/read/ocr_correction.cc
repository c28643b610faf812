#include "documents/read/ocr_correction.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

#include "documents/read/lexicon.h"
#include "documents/read/ocr_line_fixes.h"
#include "documents/read/ocr_numbers.h"
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
// tilde may be lost; a horn may be added. Other changes of a valid syllable are not made: adding an
// acute or a grave ("Văn" → "Vấn"), or another vowel under the tone ("số" → "sở"), is not a slip
// OCR makes often enough to outweigh the risk.
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
    line = ocr_fixes::NumberLine(ocr_fixes::Dates(line));
  }
  ocr_fixes::CitedNumbers(lines);
  ocr_fixes::HeaderNoise(lines);
  lines = ocr_fixes::Years(std::move(lines), options.latest_year);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += lines[i];
  }
  return text::ToNfc(out);
}

}  // namespace doithoai::documents
