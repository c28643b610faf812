// Page images between poppler, Leptonica and Tesseract: a rendered PDF page as a Leptonica
// image, an uploaded photo decoded only after its size is checked, and PNG bytes for the UI's
// page view. Internal to src/documents/read.
#pragma once

#include <leptonica/allheaders.h>

#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "documents/read/read_document.h"

namespace poppler {
class page;
}

namespace doithoai::documents::read {

struct PixDestroy {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDestroy>;

// The page view (RenderPagePng) is held to this many pixels, ample for a screen (A4 at 300 dpi
// is 8.7 M): in colour a pixel costs 4 bytes twice over (the decoded or rendered image, then
// Leptonica's copy).
inline constexpr long long kMaxViewPixels = 12'000'000;

// `pix` scaled down to at most `max_pixels` (itself, cloned, when it is no larger).
PixPtr FitPixels(Pix* pix, long long max_pixels);

// Decodes a PNG or JPEG, refusing (ErrorCode::kTooLarge, field "file") one over
// limits.max_image_pixels from its header, before any pixel is decoded; kInvalid when the
// bytes do not decode.
Result<PixPtr> DecodeImage(std::string_view bytes, const ReadLimits& limits);

// The dpi at which `page` renders within limits.max_image_pixels: `dpi`, or less for a huge
// page (never under 1).
double FittingDpi(const poppler::page& page, double dpi, const ReadLimits& limits);

// `page` rendered at `dpi`, in grey (for OCR) or colour (for the page view). kInvalid (field
// "file") when poppler cannot render it.
Result<PixPtr> RenderPage(const poppler::page& page, double dpi, bool grey);

// The PNG bytes of `pix`.
Result<std::string> EncodePng(Pix* pix);

}  // namespace doithoai::documents::read
