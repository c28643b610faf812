#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#include "text/fold.h"
#include "text/normalize.h"

namespace doithoai::text {
namespace {

bool IsTokenChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (FoldVietnamese(c) != 0) return true;
  if (u_isalnum(static_cast<UChar32>(c))) return true;
  int32_t category = u_charType(static_cast<UChar32>(c));
  return category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK;
}

// The six tones of a plain vowel, in the order none, grave, acute, hook, tilde, dot below.
using ToneRow = std::array<char32_t, 6>;
constexpr ToneRow kA = {U'a', U'à', U'á', U'ả', U'ã', U'ạ'};
constexpr ToneRow kE = {U'e', U'è', U'é', U'ẻ', U'ẽ', U'ẹ'};
constexpr ToneRow kI = {U'i', U'ì', U'í', U'ỉ', U'ĩ', U'ị'};
constexpr ToneRow kO = {U'o', U'ò', U'ó', U'ỏ', U'õ', U'ọ'};
constexpr ToneRow kU = {U'u', U'ù', U'ú', U'ủ', U'ũ', U'ụ'};
constexpr ToneRow kY = {U'y', U'ỳ', U'ý', U'ỷ', U'ỹ', U'ỵ'};

int ToneOf(const ToneRow& row, char32_t c) {
  for (int t = 0; t < 6; ++t) {
    if (row[t] == c) return t;
  }
  return -1;
}

bool IsVowel(char32_t folded) {
  return folded == 'a' || folded == 'e' || folded == 'i' || folded == 'o' || folded == 'u' ||
         folded == 'y';
}

// Moves the tone of an open "oa", "oe" or "uy" (not "quy") to the first vowel: "hoà" →
// "hòa", "khoẻ" → "khỏe", "thuý" → "thúy". Rewrites "ky, ly, my, sy, ty, hy, quy" with i:
// "kỹ" → "kĩ", "quý" → "quí".
void Canonicalize(std::vector<char32_t>& cps) {
  const size_t n = cps.size();
  if (n < 2) return;
  char32_t last = cps[n - 1];
  char32_t prev = cps[n - 2];
  char32_t last_base = FoldVietnamese(last);
  char32_t prev_base = FoldVietnamese(prev);
  // i/y after a single consonant or "qu".
  if (last_base == 'y') {
    bool single = n == 2 && (prev == 'k' || prev == 'l' || prev == 'm' || prev == 's' ||
                             prev == 't' || prev == 'h');
    bool qu = n == 3 && cps[0] == 'q' && prev_base == 'u' && prev == 'u';
    if (single || qu) {
      cps[n - 1] = kI[ToneOf(kY, last)];
      return;
    }
  }
  const ToneRow* second = nullptr;
  const ToneRow* first = nullptr;
  if (prev == 'o' && last_base == 'a' && ToneOf(kA, last) > 0) {
    first = &kO, second = &kA;
  } else if (prev == 'o' && last_base == 'e' && ToneOf(kE, last) > 0) {
    first = &kO, second = &kE;
  } else if (prev == 'u' && last_base == 'y' && ToneOf(kY, last) > 0 &&
             !(n >= 3 && cps[n - 3] == 'q')) {
    first = &kU, second = &kY;
  }
  if (first == nullptr) return;
  if (n >= 3 && IsVowel(FoldVietnamese(cps[n - 3]))) return;  // "ngoài"-like triphthongs
  int tone = ToneOf(*second, last);
  cps[n - 2] = (*first)[tone];
  cps[n - 1] = (*second)[0];
}

void FinishToken(std::vector<char32_t>& cps, bool all_table, int letters, int upper_letters,
                 uint32_t begin, uint32_t end, std::vector<Token>& out) {
  if (cps.empty()) return;
  Canonicalize(cps);
  Token t;
  t.begin = begin;
  t.end = end;
  t.upper = letters >= 2 && upper_letters == letters;
  for (char32_t c : cps) AppendUtf8(c, t.text);
  if (t.text.size() > kMaxTokenBytes) {
    cps.clear();
    return;
  }
  if (all_table) {
    t.folded.reserve(cps.size());
    for (char32_t c : cps) t.folded.push_back(static_cast<char>(FoldVietnamese(c)));
  } else {
    t.folded = Fold(t.text);
  }
  out.push_back(std::move(t));
  cps.clear();
}

}  // namespace

std::string CanonicalSyllable(std::string_view lower) {
  std::vector<char32_t> cps;
  const auto* p = reinterpret_cast<const uint8_t*>(lower.data());
  const auto n = static_cast<int32_t>(lower.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0) cps.push_back(static_cast<char32_t>(c));
  }
  Canonicalize(cps);
  std::string out;
  for (char32_t c : cps) AppendUtf8(c, out);
  return out;
}

std::vector<Token> Tokenize(std::string_view nfc) {
  std::vector<Token> out;
  std::vector<char32_t> cps;
  bool all_table = true;
  int letters = 0;
  int upper_letters = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(nfc.data());
  const auto n = static_cast<int32_t>(nfc.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 raw;
    U8_NEXT(p, i, n, raw);
    char32_t c = raw < 0 ? U' ' : static_cast<char32_t>(raw);
    bool joiner = false;
    if (c == '&' && !cps.empty() && i < n) {
      int32_t j = i;
      UChar32 next;
      U8_NEXT(p, j, n, next);
      joiner = next >= 0 && IsTokenChar(static_cast<char32_t>(next));
    }
    if (!joiner && !IsTokenChar(c)) {
      FinishToken(cps, all_table, letters, upper_letters, begin, end, out);
      continue;
    }
    if (cps.empty()) {
      begin = static_cast<uint32_t>(start);
      all_table = true;
      letters = upper_letters = 0;
    }
    end = static_cast<uint32_t>(i);
    char32_t lower = LowerLetter(c);
    if (lower != c) ++upper_letters;
    if (u_isalpha(static_cast<UChar32>(c))) ++letters;
    if (FoldVietnamese(lower) == 0 && lower != '&') all_table = false;
    cps.push_back(lower);
  }
  FinishToken(cps, all_table, letters, upper_letters, begin, end, out);
  return out;
}

}  // namespace doithoai::text
