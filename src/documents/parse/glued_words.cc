#include "documents/parse/glued_words.h"

#include "documents/parse/text_util.h"
#include "documents/read/lexicon.h"

namespace doithoai::documents::parse {
namespace {

// A letter of Vietnamese text: ASCII letters and the Latin letters with marks (U+00C0 on,
// without × and ÷, up to the Vietnamese block U+1EF9).
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return c >= 0xC0 && c <= 0x1EF9 && c != 0xD7 && c != 0xF7;
}

// Where to put the space back in the run, or 0 for none. Two syllables at most: a run of
// three glued syllables is left alone rather than guessed.
size_t SplitPoint(std::u32string_view run) {
  if (run.size() < 4 || run.size() > 14) return 0;
  std::string lower = LowerSameLength(EncodeUtf8(run));
  if (IsVietnameseSyllable(lower)) return 0;
  std::u32string lower32 = DecodeUtf8(lower);
  // "chứcHĐND", "tỉnhQuảng": a small letter then a capital is where a word ended, when what
  // comes before is a syllable and what follows one or an abbreviation in capitals.
  for (size_t k = 2; k < run.size(); ++k) {
    bool small_then_capital = lower32[k - 1] == run[k - 1] && lower32[k] != run[k];
    if (!small_then_capital) continue;
    std::string first = EncodeUtf8(std::u32string_view(lower32).substr(0, k));
    std::string rest = EncodeUtf8(run.substr(k));
    if (IsVietnameseSyllable(first) &&
        (IsVietnameseSyllable(LowerSameLength(rest)) || IsUpperText(rest))) {
      return k;
    }
  }
  for (size_t k = 1; k < lower32.size(); ++k) {
    std::string first = EncodeUtf8(std::u32string_view(lower32).substr(0, k));
    std::string second = EncodeUtf8(std::u32string_view(lower32).substr(k));
    if (IsVietnameseSyllable(first) && IsVietnameseSyllable(second) && IsKnownPair(first, second)) {
      return k;
    }
  }
  return 0;
}

}  // namespace

std::string SplitGluedSyllables(std::string_view text) {
  std::u32string in = DecodeUtf8(text);
  std::u32string out;
  out.reserve(in.size() + 16);
  size_t i = 0;
  while (i < in.size()) {
    if (!IsLetter(in[i])) {
      out += in[i++];
      continue;
    }
    size_t j = i;
    while (j < in.size() && IsLetter(in[j])) j++;
    std::u32string_view run = std::u32string_view(in).substr(i, j - i);
    size_t k = SplitPoint(run);
    if (k == 0) {
      out += run;
    } else {
      out += run.substr(0, k);
      out += U' ';
      out += run.substr(k);
    }
    i = j;
  }
  return EncodeUtf8(out);
}

}  // namespace doithoai::documents::parse
