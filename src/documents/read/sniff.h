// What the bytes of an upload are, from their first bytes (the file name only breaks ties):
// the formats ReadDocumentBytes reads, and the look-alikes it refuses with a clear reason (an
// HTML page saved as .pdf, UTF-16 text, a spreadsheet, other binaries). Internal to
// src/documents/read.
#pragma once

#include <string_view>

#include "core/result.h"

namespace doithoai::documents::read {

enum class ByteFormat { kText, kPdf, kPng, kJpeg, kZip };

// ErrorCode::kInvalid, field "file", for anything that is none of the formats: HTML, UTF-16,
// a binary file, an empty file.
Result<ByteFormat> SniffFormat(std::string_view bytes, std::string_view file_name);

}  // namespace doithoai::documents::read
