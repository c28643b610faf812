#include "documents/read/lexicon.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <span>

#include "text/fold.h"
#include "text/tokenizer.h"

namespace doithoai::documents {
namespace {

constexpr std::string_view kSyllables[] = {
#include "documents/read/lexicon_syllables.inc"
};
constexpr std::string_view kPairs[] = {
#include "documents/read/lexicon_pairs.inc"
};

// The lists in the one spelling text::CanonicalSyllable gives ("hoá" and "hòa", "kỹ" and "kĩ"
// are written both ways), sorted; made on first use (a few milliseconds).
std::vector<std::string> Canonical(std::span<const std::string_view> entries) {
  std::vector<std::string> out;
  out.reserve(entries.size());
  for (std::string_view entry : entries) {
    size_t space = entry.find(' ');
    if (space == std::string_view::npos) {
      out.push_back(text::CanonicalSyllable(entry));
    } else {
      out.push_back(text::CanonicalSyllable(entry.substr(0, space)) + " " +
                    text::CanonicalSyllable(entry.substr(space + 1)));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const std::vector<std::string>& Syllables() {
  static const std::vector<std::string> kAll = Canonical(kSyllables);
  return kAll;
}

const std::vector<std::string>& Pairs() {
  static const std::vector<std::string> kAll = Canonical(kPairs);
  return kAll;
}

bool Contains(const std::vector<std::string>& sorted, const std::string& key) {
  return std::binary_search(sorted.begin(), sorted.end(), key);
}

// The vowels of one family, every tone of every quality: a letter may become any other
// letter of its family by one OCR slip of its marks.
constexpr std::array<std::u32string_view, 5> kVowelFamilies = {
    U"aàáảãạăằắẳẵặâầấẩẫậ", U"eèéẻẽẹêềếểễệ", U"iìíỉĩị", U"oòóỏõọôồốổỗộơờớởỡợ",
    U"uùúủũụưừứửữựyỳýỷỹỵ"};

std::u32string_view FamilyOf(char32_t c) {
  for (std::u32string_view family : kVowelFamilies) {
    if (family.find(c) != std::u32string_view::npos) {
      // u and y are different letters: keep each to its own six (or twelve) forms.
      if (family[0] == U'u') {
        size_t at = family.find(c);
        return at < 12 ? family.substr(0, 12) : family.substr(12);
      }
      return family;
    }
  }
  return {};
}

}  // namespace

bool IsVietnameseSyllable(std::string_view lower) {
  return Contains(Syllables(), text::CanonicalSyllable(lower));
}

bool IsKnownPair(std::string_view first, std::string_view second) {
  return Contains(Pairs(), text::CanonicalSyllable(first) + " " + text::CanonicalSyllable(second));
}

std::vector<std::string> SyllablesOneMarkAway(std::string_view lower) {
  std::vector<std::string> out;
  std::u32string letters = DecodeUtf8(lower);
  for (size_t i = 0; i < letters.size(); ++i) {
    const char32_t original = letters[i];
    for (char32_t other : FamilyOf(original)) {
      if (other == original) continue;
      letters[i] = other;
      std::string candidate = EncodeUtf8(letters);
      if (IsVietnameseSyllable(candidate)) out.push_back(std::move(candidate));
    }
    letters[i] = original;
  }
  return out;
}

std::u32string DecodeUtf8(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
    for (int k = 1; k < len && i + k < s.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(c);
    i += len;
  }
  return out;
}

std::string EncodeUtf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) text::AppendUtf8(c, out);
  return out;
}

}  // namespace doithoai::documents
