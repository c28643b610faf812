// Reading an official document as it really arrives (issue 11): plain text, a DOCX
// attachment, a PDF from the e-office system (text layer or scanned), or a photo of a paper
// letter, into the plain text that ParseDocument reads, page by page, with how sure the
// reader is of each page.
//
// The kind is sniffed from the bytes (the file name only breaks ties); nothing here touches
// storage. OCR is slow (seconds per page): callers off the network threads pass a progress
// callback and run it as a background job.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace doithoai::documents {

enum class SourceKind {
  kText,     // .txt / .md, UTF-8
  kDocx,     // WordprocessingML
  kPdfText,  // a PDF whose pages carry a text layer
  kPdfScan,  // a PDF of page images, read by OCR (also a PDF with some scanned pages)
  kImage,    // a PNG or JPEG photo or scan, read by OCR
};

// "text", "docx", "pdf_text", "pdf_scan", "image".
std::string_view SourceKindName(SourceKind kind);

struct ReadPage {
  // The page's text, lines joined by "\n", NFC; for an OCR page, already repaired by
  // CorrectOcrText (ocr_correction.h): do not correct it again.
  std::string text;
  bool ocr = false;         // read by OCR rather than from a text layer
  double confidence = 1.0;  // 0..1: Tesseract's mean word confidence; 1 for a text layer
  // For OCR pages, one entry per line of `text` (0..1); empty for a text layer.
  std::vector<float> line_confidence;
};

struct ReadDocument {
  SourceKind kind = SourceKind::kText;
  std::vector<ReadPage> pages;  // one for text and DOCX
  int page_count = 0;           // pages in the file, which may exceed pages.size()
  // Set when only part of the file was read (page limit, a page that failed); `warnings`
  // says which part and why, in Vietnamese.
  bool partial = false;
  std::vector<std::string> warnings;

  // The pages' text joined by a blank line: what ParseDocument reads.
  std::string Text() const;
};

// Bounds on the work one upload can cause. Each broken bound is a clear error naming field
// "file" (ErrorCode::kTooLarge or kInvalid), or, for max_pages, a partial result.
struct ReadLimits {
  size_t max_file_bytes = 50u * 1024 * 1024;
  int max_pages = 60;                       // pages read; the rest is reported as partial
  long long max_image_pixels = 40'000'000;  // one page image or photo, checked before decoding
  size_t max_unpacked_bytes = 64u * 1024 * 1024;  // DOCX parts
  // Scanned PDF pages are rendered at this density for OCR; 0 turns OCR of PDF pages off.
  // 200: as accurate as 300 on 150–300 dpi scans, a quarter faster (decision 0005).
  int ocr_dpi = 200;
};

// Called after each page: pages done, pages to do. Must not throw.
using ReadProgress = std::function<void(int done, int total)>;

// Reads `bytes` (the whole file). `file_name` may be empty.
Result<ReadDocument> ReadDocumentBytes(std::string_view bytes, std::string_view file_name,
                                       const ReadLimits& limits = {},
                                       const ReadProgress& progress = {});

// A PNG of page `page` (0-based) of a PDF or image file, `dpi` for a PDF, for showing the page
// beside the extracted fields; kNotFound past the last page, kInvalid for text and DOCX.
Result<std::string> RenderPagePng(std::string_view bytes, int page, int dpi,
                                  const ReadLimits& limits = {});

}  // namespace doithoai::documents
