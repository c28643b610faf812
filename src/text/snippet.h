// HTML snippets of search hits: the part of a document with the most matched words,
// HTML-escaped, matched words wrapped in <mark>. Internal to the search index.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace doithoai::text::search {

// & < > " ' as entities.
std::string EscapeHtml(std::string_view text);

// `marks` are byte spans [begin, end) of `text` to highlight (any order, may repeat).
// Texts longer than `max_bytes` are cut to the window with the most marks, at spaces, with
// "…" where cut. Adjacent marks separated only by spaces share one <mark>.
std::string MakeSnippet(std::string_view text, std::vector<std::pair<uint32_t, uint32_t>> marks,
                        size_t max_bytes = 240);

}  // namespace doithoai::text::search
