// E-mail addresses as people type them into an account or the question form (issue 14, "bad
// input"). Only plain addresses are accepted: an ASCII local part and a DNS domain, no display
// name, no comments, no quoted local part — nothing that could carry a line break into a mail
// header or a second recipient.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace doithoai {

inline constexpr size_t kEmailMaxChars = 254;  // RFC 5321 §4.5.3.1.3 (path less the brackets)
inline constexpr size_t kEmailLocalMaxChars = 64;

// The address trimmed, its domain lower-cased; otherwise invalid `field` with the reason in
// Vietnamese ("địa chỉ e-mail không hợp lệ: thiếu @", ...).
Result<std::string> ValidateEmailAddress(std::string_view field, std::string_view text);

// True when `text` is a valid address (a contact field may also hold a phone number).
bool LooksLikeEmailAddress(std::string_view text);

}  // namespace doithoai
