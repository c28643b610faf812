// Optical character recognition of one page image with Tesseract's Vietnamese model, through
// its C++ API: one engine per thread, made on first use (loading the model costs about 0.3 s)
// and reused for every later page of that thread; one page uses one core.
//
// Before recognition the image is made grey and straightened (Leptonica's skew search, up to
// a few degrees: a sheet laid crooked on the scanner). Output is UTF-8 NFC, a line per text
// line Tesseract finds (the two-column header column by column: ocr_layout.h), with each
// line's confidence, then repaired by CorrectOcrText (ocr_correction.h). Internal to
// src/documents/read.
#pragma once

#include <leptonica/allheaders.h>

#include "core/result.h"
#include "documents/read/read_document.h"

namespace doithoai::documents::read {

// The page as read by OCR (ocr = true). A page with no text gives an empty `text` and
// confidence 0. kInternal when the Vietnamese model is not installed.
// `dpi` is the image's resolution (a photo without one: 0, Tesseract estimates it).
Result<ReadPage> OcrPage(Pix* pix, int dpi);

}  // namespace doithoai::documents::read
