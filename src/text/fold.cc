#include "text/fold.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/normalize.h"

namespace doithoai::text {
namespace {

// U+00C0..U+00FF: the Vietnamese letters among them (À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their
// lower cases); '.' marks code points Vietnamese does not use.
constexpr char kLatin1[] =
    "aaaa....eee.ii....oooo...uu..y.."   // U+00C0..U+00DF
    "aaaa....eee.ii....oooo...uu..y..";  // U+00E0..U+00FF

// U+1EA0..U+1EF9 (Latin Extended Additional, Vietnamese block): upper/lower pairs of
// a-with-marks (24), e (16), i (4), o (24), u (14), y (8).
constexpr char kExtendedAdditional[] =
    "aaaaaaaaaaaaaaaaaaaaaaaa"
    "eeeeeeeeeeeeeeee"
    "iiii"
    "oooooooooooooooooooooooo"
    "uuuuuuuuuuuuuu"
    "yyyyyyyy";
static_assert(sizeof(kExtendedAdditional) - 1 == 0x1EF9 - 0x1EA0 + 1);
static_assert(sizeof(kLatin1) - 1 == 0x100 - 0xC0);

}  // namespace

char32_t FoldVietnamese(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xFF) {
    char f = kLatin1[c - 0xC0];
    return f == '.' ? 0 : static_cast<char32_t>(f);
  }
  switch (c) {
    case 0x102:  // Ă
    case 0x103:  // ă
      return 'a';
    case 0x110:  // Đ
    case 0x111:  // đ
      return 'd';
    case 0x128:  // Ĩ
    case 0x129:  // ĩ
      return 'i';
    case 0x168:  // Ũ
    case 0x169:  // ũ
      return 'u';
    case 0x1A0:  // Ơ
    case 0x1A1:  // ơ
      return 'o';
    case 0x1AF:  // Ư
    case 0x1B0:  // ư
      return 'u';
    default:
      break;
  }
  if (c >= 0x1EA0 && c <= 0x1EF9) return static_cast<char32_t>(kExtendedAdditional[c - 0x1EA0]);
  return 0;
}

char32_t LowerLetter(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0xDF && c <= 0xFF) return c;
  if (c == 0x102 || c == 0x110 || c == 0x128 || c == 0x168 || c == 0x1A0) return c + 1;
  if (c == 0x1AF) return 0x1B0;
  if (c >= 0x1EA0 && c <= 0x1EF9) return c | 1;  // even code points are the upper cases
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string FastFold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      char c = static_cast<char>(p[i++]);
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    char32_t f = c < 0 ? 0 : FoldVietnamese(static_cast<char32_t>(c));
    if (f == 0) return Fold(s);  // outside the tables: let ICU decide, byte for byte
    out.push_back(static_cast<char>(f));
  }
  return out;
}

}  // namespace doithoai::text
