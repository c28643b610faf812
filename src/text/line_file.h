// Reading a text file of one question per line, for the `doithoai text …` commands.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace doithoai::text {

// Files larger than this are refused (a national round is about 10⁶ questions of a few
// hundred bytes).
inline constexpr size_t kMaxLineFileBytes = size_t{1} << 30;

// The lines of the file at `path`, without their "\n" or "\r\n". A last line without a
// newline counts; a final newline does not start another line. Bytes are not checked: callers
// decide what an invalid line means. NotFound if the file cannot be opened, TooLarge if it
// exceeds kMaxLineFileBytes.
Result<std::vector<std::string>> ReadLines(const std::string& path);

}  // namespace doithoai::text
