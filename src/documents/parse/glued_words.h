// Words a copy glued together by losing the space between them ("BANHÀNH KẾ HOẠCH", "Hội
// đồngnhân dân", "Phổbiến"): PDF text and some portals drop spaces at their line breaks.
// Internal to src/documents/parse; pure.
#pragma once

#include <string>
#include <string_view>

namespace doithoai::documents::parse {

// `text` with a space put back inside every run of letters that is no Vietnamese syllable but
// is two syllables known to stand side by side ("BANHÀNH" → "BAN HÀNH", "cơquan" → "cơ
// quan"). Abbreviations ("UBND", "HĐND"), foreign words and runs that split no known way are
// left as they are.
std::string SplitGluedSyllables(std::string_view text);

}  // namespace doithoai::documents::parse
