// The text of a DOCX attachment (WordprocessingML, ECMA-376): word/document.xml read as the
// importer reads pasted text — a paragraph per line, a tab as a space, a line break as a new
// line; a table read row by row, each cell's paragraphs in turn, so the two-column Decree 30
// header (issuer | motto, number and summary | place and date) comes out as the lines a copy
// from Word gives. Internal to src/documents/read.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "documents/read/read_document.h"

namespace doithoai::documents::read {

// The document's text (NFC, lines joined by "\n"). ErrorCode::kInvalid, field "file", for a
// zip that is not a DOCX (an XLSX is named as such) or a corrupt one; kTooLarge when the parts
// would inflate past limits.max_unpacked_bytes (a zip bomb is refused while inflating).
Result<std::string> ReadDocxText(std::string_view bytes, const ReadLimits& limits);

}  // namespace doithoai::documents::read
