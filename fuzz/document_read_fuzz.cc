// Reading uploaded documents (src/documents/read/): ReadDocumentBytes on any bytes — PDF
// through poppler, DOCX through the zip reader and pugixml, PNG/JPEG headers and decoding,
// UTF-8 text — and RenderPagePng on the first page. Bounds keep each input quick: PDF pages
// are not sent to OCR (ocr_dpi 0), three pages at most, images of at most 250,000 pixels.
// Oracles: a refusal is a clear 4xx on "file"; a result is UTF-8, within its page bound, with
// one confidence per OCR'd line, and marked partial whenever pages were skipped.
#include <algorithm>
#include <cstdint>
#include <string>

#include "documents/read/read_document.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  documents::ReadLimits limits;
  limits.ocr_dpi = 0;
  limits.max_pages = 3;
  limits.max_image_pixels = 250'000;
  limits.max_unpacked_bytes = 4u << 20;
  const std::string_view bytes = fuzz::Bytes(data, size);
  auto read = documents::ReadDocumentBytes(bytes, "upload", limits);
  if (!read.ok()) {
    fuzz::CheckRefusal(read.error());
  } else {
    FUZZ_CHECK(static_cast<int>(read->pages.size()) <= limits.max_pages);
    FUZZ_CHECK(read->page_count >= static_cast<int>(read->pages.size()));
    if (read->page_count > static_cast<int>(read->pages.size())) FUZZ_CHECK(read->partial);
    for (const documents::ReadPage& page : read->pages) {
      fuzz::CheckText(page.text);
      if (page.ocr && !page.text.empty()) {
        FUZZ_CHECK(page.line_confidence.size() ==
                   static_cast<size_t>(std::count(page.text.begin(), page.text.end(), '\n') + 1));
      }
    }
    for (const std::string& warning : read->warnings) fuzz::CheckText(warning);
  }
  auto png = documents::RenderPagePng(bytes, 0, 20, limits);
  if (!png.ok() && !png.error().Is(ErrorCode::kNotFound)) fuzz::CheckRefusal(png.error());
  return 0;
}
