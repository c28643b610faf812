// `doithoai document parse FILE`: reads a document given as plain text and prints the JSON
// of ParseDocument (document_json.h) for a person to confirm.
#pragma once

#include <ostream>
#include <string>

namespace doithoai::documents {

// Reads `file` (refusing, before reading, one over kMaxDocumentBytes), parses it and writes
// pretty JSON (2-space indent, UTF-8 as is, not \u-escaped) and a newline to `out`. Returns 0;
// on failure writes "lỗi: <message>" and one "  - <field>: <reason>" line per field to `err`
// and returns 1 for bad input, 2 when the file cannot be read.
int RunParseCommand(const std::string& file, std::ostream& out, std::ostream& err);

}  // namespace doithoai::documents
