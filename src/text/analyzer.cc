#include "text/analyzer.h"

#include <unicode/utf8.h>

#include "text/abbreviations.h"
#include "text/fold.h"
#include "text/normalize.h"

namespace doithoai::text {

bool IsObviouslyNfc(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;  // invalid bytes are separators either way
    if (c >= 0x300 && FoldVietnamese(static_cast<char32_t>(c)) == 0) return false;
  }
  return true;
}

std::vector<Token> Analyze(std::string_view text) {
  if (IsObviouslyNfc(text)) return ExpandAbbreviations(Tokenize(text));
  if (!IsValidUtf8(text)) return ExpandAbbreviations(Tokenize(text));
  std::string nfc = ToNfc(text);
  return ExpandAbbreviations(Tokenize(nfc));
}

}  // namespace doithoai::text
