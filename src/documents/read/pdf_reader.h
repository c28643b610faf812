// A PDF through poppler: each page's text layer, in the reading order poppler finds (columns
// apart, so the two-column Decree 30 header reads column by column, as a copy from a PDF
// viewer gives); a page with no text layer (a scanned page) is rendered at limits.ocr_dpi and
// read by OCR. Encrypted and unreadable files are refused; pages past limits.max_pages, or a
// page that fails, make the result partial with a warning. Internal to src/documents/read.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "documents/read/read_document.h"

namespace doithoai::documents::read {

// ErrorCode::kInvalid, field "file": not a PDF poppler can open (corrupt, truncated beyond
// repair), password-protected, or no page.
Result<ReadDocument> ReadPdf(std::string_view bytes, const ReadLimits& limits,
                             const ReadProgress& progress);

// Page `page` (0-based) as PNG at `dpi`, lowered to fit limits.max_image_pixels and 12 M pixels.
Result<std::string> RenderPdfPagePng(std::string_view bytes, int page, int dpi,
                                     const ReadLimits& limits);

}  // namespace doithoai::documents::read
