// Test support (header-only, for *_test.cc, fuzz seeds and benches): real files of each form
// an official document arrives in, made at test time from a text PDF — the page rendered by
// poppler at a scanner's density, grey, turned by about a degree and slightly blurred, as a
// PNG, a JPEG, or an image-only PDF written with Cairo (no text layer: OCR must read it).
#pragma once

#include <cairo-pdf.h>
#include <cairo.h>
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "documents/read/page_image.h"

namespace doithoai::documents::scan_fixture {

struct ScanOptions {
  int dpi = 150;              // the scanner's density
  double rotate_degrees = 1;  // a sheet laid crooked
  int blur = 1;               // box blur half-width in pixels (0: none)
};

// Page `page` of `pdf` as a grey scanned image, or nullptr when poppler cannot render it.
inline read::PixPtr ScanPage(std::string_view pdf, int page, const ScanOptions& options = {}) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc || page >= doc->pages()) return nullptr;
  std::unique_ptr<poppler::page> p(doc->create_page(page));
  if (!p) return nullptr;
  auto grey = read::RenderPage(*p, options.dpi, /*grey=*/true);
  if (!grey.ok()) return nullptr;
  read::PixPtr pix = std::move(*grey);
  if (options.rotate_degrees != 0) {
    const float radians = static_cast<float>(options.rotate_degrees * M_PI / 180.0);
    pix.reset(pixRotate(pix.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  }
  if (options.blur > 0 && pix) pix.reset(pixBlockconv(pix.get(), options.blur, options.blur));
  if (pix) pixSetResolution(pix.get(), options.dpi, options.dpi);
  return pix;
}

// Encodes `pix` with Leptonica: IFF_PNG or IFF_JFIF_JPEG.
inline std::string Encode(Pix* pix, int format) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMem(&data, &size, pix, format) != 0 || data == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return out;
}

// An image-only PDF: one A4-sized page per image, each painted at `dpi`.
inline std::string ImagePdf(const std::vector<Pix*>& pages, int dpi) {
  std::string out;
  auto write = [](void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  };
  cairo_surface_t* pdf = cairo_pdf_surface_create_for_stream(write, &out, 595.0, 842.0);
  cairo_t* cr = cairo_create(pdf);
  for (Pix* pix : pages) {
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    cairo_pdf_surface_set_size(pdf, w * 72.0 / dpi, h * 72.0 / dpi);
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_surface_flush(image);
    unsigned char* data = cairo_image_surface_get_data(image);
    const int stride = cairo_image_surface_get_stride(image);
    Pix* grey = pixConvertTo8(pix, 0);
    for (int y = 0; y < h; ++y) {
      const l_uint32* line = pixGetData(grey) + static_cast<size_t>(y) * pixGetWpl(grey);
      auto* row = reinterpret_cast<uint32_t*>(data + static_cast<size_t>(y) * stride);
      for (int x = 0; x < w; ++x) {
        uint32_t v = GET_DATA_BYTE(line, x);
        row[x] = (v << 16) | (v << 8) | v;
      }
    }
    pixDestroy(&grey);
    cairo_surface_mark_dirty(image);
    cairo_save(cr);
    cairo_scale(cr, 72.0 / dpi, 72.0 / dpi);
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_show_page(cr);
    cairo_surface_destroy(image);
  }
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  cairo_surface_destroy(pdf);
  return out;
}

// Every page of `pdf` scanned (at most `max_pages`), as an image-only PDF.
inline std::string ScannedPdf(std::string_view pdf, const ScanOptions& options = {},
                              int max_pages = 1) {
  std::vector<read::PixPtr> owned;
  std::vector<Pix*> pages;
  for (int i = 0; i < max_pages; ++i) {
    read::PixPtr pix = ScanPage(pdf, i, options);
    if (!pix) break;
    pages.push_back(pix.get());
    owned.push_back(std::move(pix));
  }
  return ImagePdf(pages, options.dpi);
}

}  // namespace doithoai::documents::scan_fixture
