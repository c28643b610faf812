// Agency names as official documents write them, reduced to words that can be compared.
//
// A document names a body in many ways: "Ủy ban nhân dân phường Hồng Bàng", "UBND phường",
// "Sở LĐ-TB&XH", "Phòng VH-XH", "Đoàn phường", "UBMTTQVN". Each step here removes one kind of
// difference, so the matcher (agency_match.h) can say which one it needed:
//
//   NameWords         fold (no accents, đ→d, lower case), split at punctuation, drop "và"/"của",
//                     a leading office-holder ("Giám đốc", "Chủ tịch", "Lãnh đạo"…) and
//                     a parenthesised remark ("(để b/c)");
//   ExpandAbbreviations  the shorthand of the table in agency_abbreviations.cc, longest first;
//   StripPlace        the unit's own name and kind at the end ("… phường Hồng Bàng", "… tỉnh");
//   GenericBody       one name for a body every unit has, however it is called ("Đoàn phường",
//                     "Thành đoàn", "Đoàn Thanh niên Cộng sản Hồ Chí Minh" → "doan thanh nien").
//
// Pure functions over strings; no I/O.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace doithoai {

using Words = std::vector<std::string>;

// Folded words of `name` (see the file comment). Empty for a name with no letters or digits.
Words NameWords(std::string_view name);

// Each run of words that is a known abbreviation replaced by its long form's words.
Words ExpandAbbreviations(const Words& words);

// Where a unit is: its kind ("phuong", "thanh pho") and proper name ("hong bang") as words.
struct PlaceWords {
  Words kind;
  Words proper;
};

// The place of a unit named `unit_name` ("Phường Hồng Bàng") of kind `unit_kind` ("phường").
PlaceWords PlaceOf(std::string_view unit_name, std::string_view unit_kind);

// `words` without the place's proper name and kind at the end ("doan phuong" → "doan",
// "cong an phuong hong bang" → "cong an"), and without a trailing "viet nam".
Words StripPlace(Words words, const PlaceWords& place);

// True when `words` ends with the place's proper name (so the name is about that unit).
bool EndsWithPlace(const Words& words, const PlaceWords& place);

// The one key of a body every unit has under several names, or the words joined by spaces.
std::string GenericBody(const Words& words);

std::string Join(const Words& words);

// True when `needle` occurs in `words` as consecutive words.
bool ContainsRun(const Words& words, std::string_view needle);

}  // namespace doithoai
