#include "documents/read/page_image.h"

#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace doithoai::documents::read {
namespace {

Error TooManyPixels(long long pixels, const ReadLimits& limits) {
  return Error::TooLarge("file", "Ảnh quá lớn: " + std::to_string(pixels / 1'000'000) +
                                     " triệu điểm ảnh, tối đa " +
                                     std::to_string(limits.max_image_pixels / 1'000'000) +
                                     " triệu; hãy chụp hoặc quét ở độ phân giải thấp hơn");
}

}  // namespace

Result<PixPtr> DecodeImage(std::string_view bytes, const ReadLimits& limits) {
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
  if (pixReadHeaderMem(data, bytes.size(), &format, &w, &h, &bps, &spp, &cmap) != 0 || w <= 0 ||
      h <= 0) {
    return Error::Invalid("file", "Tệp ảnh bị hỏng, không đọc được");
  }
  long long pixels = static_cast<long long>(w) * h;
  if (pixels > limits.max_image_pixels) return TooManyPixels(pixels, limits);
  PixPtr pix(pixReadMem(data, bytes.size()));
  if (!pix) return Error::Invalid("file", "Tệp ảnh bị hỏng, không đọc được");
  return pix;
}

PixPtr FitPixels(Pix* pix, long long max_pixels) {
  const double pixels = static_cast<double>(pixGetWidth(pix)) * pixGetHeight(pix);
  if (pixels <= static_cast<double>(max_pixels)) return PixPtr(pixClone(pix));
  // Leptonica rounds the new sides to the nearest pixel: aim a little under.
  const auto scale =
      static_cast<float>(0.998 * std::sqrt(static_cast<double>(max_pixels) / pixels));
  return PixPtr(pixScale(pix, scale, scale));
}

double FittingDpi(const poppler::page& page, double dpi, const ReadLimits& limits) {
  poppler::rectf box = page.page_rect();
  double points = std::max(1.0, box.width()) * std::max(1.0, box.height());
  double pixels = points * (dpi / 72.0) * (dpi / 72.0);
  if (pixels > static_cast<double>(limits.max_image_pixels)) {
    dpi *= std::sqrt(static_cast<double>(limits.max_image_pixels) / pixels);
  }
  return std::max(1.0, std::floor(dpi));
}

Result<PixPtr> RenderPage(const poppler::page& page, double dpi, bool grey) {
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(grey ? poppler::image::format_gray8 : poppler::image::format_argb32);
  poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
    return Error::Invalid("file", "Không dựng được ảnh trang PDF (trang bị hỏng)");
  }
  const int w = image.width(), h = image.height();
  PixPtr pix(pixCreate(w, h, grey ? 8 : 32));
  if (!pix) return Error::Internal("Không đủ bộ nhớ cho ảnh trang PDF");
  const char* src = image.const_data();
  const int stride = image.bytes_per_row();
  l_uint32* dst = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < h; ++y) {
    const auto* row = reinterpret_cast<const unsigned char*>(src + static_cast<size_t>(y) * stride);
    l_uint32* line = dst + static_cast<size_t>(y) * wpl;
    if (grey) {
      for (int x = 0; x < w; ++x) SET_DATA_BYTE(line, x, row[x]);
    } else {
      // poppler's argb32 is one native-endian 0xAARRGGBB word per pixel (rgb24 is 3 bytes).
      const auto* words = reinterpret_cast<const uint32_t*>(row);
      for (int x = 0; x < w; ++x) {
        uint32_t p = words[x];
        composeRGBPixel((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff, line + x);
      }
    }
  }
  return pix;
}

Result<std::string> EncodePng(Pix* pix) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemPng(&data, &size, pix, 0.0f) != 0 || data == nullptr) {
    return Error::Internal("Không ghi được ảnh PNG");
  }
  std::string png(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return png;
}

}  // namespace doithoai::documents::read
