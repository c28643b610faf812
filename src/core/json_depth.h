// How deeply a JSON text nests, measured without building it. Untrusted bodies are checked
// with this before any parser or recursive walk sees them: nlohmann::json's copy, dump and
// comparison recurse once per level, so a 200 KB body of "[[[[…" would exhaust the stack.
#pragma once

#include <cstddef>
#include <string_view>

namespace doithoai {

// The greatest nesting of arrays and objects in `text`, counting only brackets outside
// strings; stops counting (and returns limit + 1) as soon as the limit is passed, so the scan
// is one pass over the bytes and never deeper than a counter. Malformed text gives some
// number: the parser that runs afterwards reports it.
std::size_t JsonDepth(std::string_view text, std::size_t limit);

}  // namespace doithoai
