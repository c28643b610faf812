// Names of bodies (agencies) inside running text: "Giao Sở Thông tin và Truyền thông tổ chức…",
// "phối hợp với Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh, Sở Nội vụ xây dựng…".
//
// A name starts with a head word ("Sở", "Ủy ban", "Thành đoàn", "các cơ quan"…) and runs
// until the first lower-case word that begins an action ("tổ chức", "chủ trì", "xây dựng"…)
// or a preposition that cannot be part of a name ("về", "để", "trong"…), or until ":", ";",
// "(" or the end of a sentence. Capitalised words never stop a name ("Ban Tổ chức Tỉnh ủy",
// "Sở Nông nghiệp và Phát triển nông thôn"), so proper names survive. Internal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace doithoai::documents::parse {

// True if `s` starts with a head word that names a body. `strict` accepts only capitalised
// heads ("Sở", "Ban"…), as used to split lists; otherwise "các cơ quan", "các sở", "cơ quan"
// and "đơn vị" count too.
bool StartsWithAgencyHead(std::string_view s, bool strict = false);

// The length of the name at the start of `s` (see the file comment), trailing punctuation
// excluded; 0 when `s` is empty. Does not check the head word.
size_t ScanAgency(std::string_view s);

// True if `lower` (lower-cased text) starts with a word that begins an action or a
// preposition that ends a name ("tổ chức", "theo dõi", "về"…), at a word boundary.
bool StartsWithStopWord(std::string_view lower);

// True if `lower` starts with an action verb or adverb ("theo dõi", "chủ trì", "tổ chức",
// "thường xuyên"…): the first words of a task's content.
bool StartsWithActionWord(std::string_view lower);

// The bodies listed in a name phrase: split at ";" and at ", " or " và " before a capitalised
// head ("Sở Thông tin và Truyền thông, Sở Nội vụ, Đài Phát thanh và Truyền hình Hưng Yên" →
// three), each normalised by NormalizeAgency.
std::vector<std::string> SplitAgencies(std::string_view phrase);

// Trimmed, without trailing punctuation, a stuttered "các các" made "các", first letter
// capitalised: "các các cơ quan, đơn vị;" → "Các cơ quan, đơn vị".
std::string NormalizeAgency(std::string_view name);

}  // namespace doithoai::documents::parse
