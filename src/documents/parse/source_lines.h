// From the bytes of an uploaded text file to the lines the importer reads: checks that the
// bytes are a plain UTF-8 text (not empty, not binary, not UTF-16 or a legacy Vietnamese
// encoding, not over the size limit), then cleans them (NFC, one space between words, no
// control characters), drops blank lines, page numbers and rules ("-----", "***"), and strips
// Markdown (headings "#", emphasis "**", bullets "*", table rows "| … |", one cell per line).
// Internal to src/documents/parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace doithoai::documents::parse {

// ErrorCode::kTooLarge (field "file") over `max_bytes`; ErrorCode::kInvalid (field "file")
// for an empty, binary, UTF-16 or non-UTF-8 file. Reasons are in Vietnamese.
Status CheckTextBytes(std::string_view bytes, size_t max_bytes);

// REQUIRES: CheckTextBytes(bytes, …).ok(). The non-blank lines, cleaned as above; a bullet
// is always written "- " ("* ", "• ", "– " become "- "), a sub-bullet "+ ".
std::vector<std::string> SourceLines(std::string_view bytes);

// A line holding only "|": a copy of a table from a legal portal puts one between the cells
// of the header (issuer | title | number | place and date), each cell's text wrapped anywhere.
inline constexpr std::string_view kCellBreak = "|";

// As SourceLines, but each "|" line is kept (as kCellBreak, once between two cells), for the
// header to join a cell's wrapped lines.
std::vector<std::string> SourceLinesWithCells(std::string_view bytes);

}  // namespace doithoai::documents::parse
