// Rebuilds the paragraphs of a document body from lines broken anywhere. A line starts a new
// paragraph when it carries a marker ("IV.", "2.", "a)", "- ", "+ "), when it opens a known
// block ("Kính gửi", "Nơi nhận", "TM. …"), at an upper-case heading, after a line that ends a
// sentence (".", ";", ":", "!", "?") when it starts with a capital, after a base ("Căn cứ …,")
// that ends with a comma, and right after a one-line numbered heading when it starts with a
// capitalised action ("6. Giao Sở Nội vụ" / "Theo dõi, đôn đốc…"). Otherwise lines are joined
// with one space, or with none after a symbol broken at its hyphen ("123/KH-" / "UBND").
// Internal to src/documents/parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace doithoai::documents::parse {

enum class Marker {
  kNone,    // running text
  kRoman,   // "I.", "IV."
  kNumber,  // "1.", "2)", "1.2.", "Điều 3."
  kLetter,  // "a)", "b."
  kDash,    // "- "
  kPlus,    // "+ "
};

struct Paragraph {
  Marker marker = Marker::kNone;
  std::string text;  // without the marker
};

// The marker at the start of `line` and its length including the following space; kNone and
// 0 when there is none.
Marker DetectMarker(std::string_view line, size_t* length);

// True for a line of the signature block's authority: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
// "TL.", "TUQ.", "Q." followed by upper case.
bool IsAuthorityLine(std::string_view line);

// Paragraphs of lines[begin, end).
std::vector<Paragraph> BuildParagraphs(const std::vector<std::string>& lines, size_t begin,
                                       size_t end);

// Joins `next` to `text` as one line break would: a space, or nothing after a dangling
// hyphen of a symbol ("123/KH-" + "UBND").
void JoinLine(std::string& text, std::string_view next);

}  // namespace doithoai::documents::parse
