#include "documents/read/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <unicode/ustring.h>

#include <climits>
#include <memory>
#include <mutex>

#include "documents/read/ocr.h"
#include "documents/read/page_image.h"
#include "text/normalize.h"

namespace doithoai::documents::read {
namespace {

// A page whose text layer has fewer visible characters than this is taken for a scan (a
// scanner's stamp or a page number alone is not the page's text).
constexpr size_t kMinTextLayerChars = 24;

void Silence(const std::string&, void*) {}

// poppler builds its global tables (GlobalParams: the poppler-data name-to-Unicode and CMap
// directories read from disk, the CMap and Unicode map caches) when a document opens and no
// other is open, and frees them when the last one closes. Opened one after another, every PDF
// paid for them again: ~4 M instructions, a sixth of reading and parsing a two-page notice.
// This empty one-page PDF stays open for the life of the process and keeps them.
constexpr char kKeepOpenPdf[] =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>>endobj\n"
    "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n"
    "0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n160\n%%EOF\n";

void SetUpPoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function(Silence, nullptr);
    static const poppler::document* const kept =
        poppler::document::load_from_raw_data(kKeepOpenPdf, sizeof kKeepOpenPdf - 1);
    (void)kept;
  });
}

Result<std::unique_ptr<poppler::document>> Open(std::string_view bytes) {
  SetUpPoppler();
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Error::TooLarge("file", "Tệp PDF quá lớn");
  }
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    return Error::Invalid("file", "Tệp PDF bị hỏng hoặc không đầy đủ, không mở được");
  }
  if (doc->is_locked()) {
    return Error::Invalid("file",
                          "Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại");
  }
  if (doc->pages() <= 0) return Error::Invalid("file", "Tệp PDF không có trang nào");
  return doc;
}

// UTF-16 to UTF-8 with ICU: poppler's ustring::to_utf8 goes through iconv and cost a third as
// much again as the page's text layout itself. A lone surrogate becomes U+FFFD.
std::string Utf8(const poppler::ustring& s) {
  static_assert(sizeof(poppler::ustring::value_type) == sizeof(UChar));
  if (s.empty() || s.size() > static_cast<size_t>(INT32_MAX / 3)) return {};
  std::string out(s.size() * 3, '\0');
  int32_t written = 0;
  int32_t substitutions = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &written,
                     reinterpret_cast<const UChar*>(s.data()), static_cast<int32_t>(s.size()),
                     0xFFFD, &substitutions, &status);
  if (U_FAILURE(status)) return {};
  out.resize(static_cast<size_t>(written));
  return out;
}

// The text layer's lines, trailing spaces and empty lines dropped, NFC.
std::string CleanLayerText(const std::string& raw) {
  std::string out, line;
  auto flush = [&] {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
      line.pop_back();
    }
    if (line.find_first_not_of(" \t") != std::string::npos) {
      out += line;
      out += '\n';
    }
    line.clear();
  };
  for (char c : raw) {
    if (c == '\n' || c == '\f') {
      flush();
    } else {
      line += c;
    }
  }
  flush();
  if (!out.empty()) out.pop_back();
  return text::IsValidUtf8(out) ? text::ToNfc(out) : std::string();
}

size_t VisibleChars(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if (c > ' ' && (c & 0xC0) != 0x80) ++n;
  }
  return n;
}

// Characters a font without a Unicode map gives: U+FFFD and the private use area
// (U+E000–U+F8FF). A page with many is unreadable as text, though it has a text layer.
size_t UnmappedChars(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b0 == 0xEF && b1 == 0xBF && static_cast<unsigned char>(s[i + 2]) == 0xBD) ||
        (b0 == 0xEE) || (b0 == 0xEF && b1 < 0xA4)) {
      ++n;
    }
  }
  return n;
}

// Whether the page's text layer cannot stand for the page: (almost) no text, as on a scan,
// or more than one character in ten unmapped.
bool NeedsOcr(const std::string& text) {
  const size_t visible = VisibleChars(text);
  return visible < kMinTextLayerChars || UnmappedChars(text) * 10 > visible;
}

std::string PageName(int index) { return "trang " + std::to_string(index + 1); }

}  // namespace

Result<ReadDocument> ReadPdf(std::string_view bytes, const ReadLimits& limits,
                             const ReadProgress& progress) {
  auto doc = Open(bytes);
  if (!doc.ok()) return doc.error();
  ReadDocument out;
  out.kind = SourceKind::kPdfText;
  out.page_count = (*doc)->pages();
  const int to_read = std::min(out.page_count, std::max(0, limits.max_pages));
  if (to_read < out.page_count) {
    out.partial = true;
    out.warnings.push_back("Chỉ đọc " + std::to_string(to_read) + " trang đầu trong " +
                           std::to_string(out.page_count) + " trang của tệp PDF");
  }
  // A whole PDF ends with "%%EOF" (trailing junk aside); poppler repairs a cut one as far as
  // it can, so what it read may lack pages or the end of one.
  if (bytes.substr(bytes.size() - std::min<size_t>(bytes.size(), 1024)).find("%%EOF") ==
      std::string_view::npos) {
    out.partial = true;
    out.warnings.push_back(
        "Tệp PDF không đầy đủ (bị cắt ngắn khi tải hoặc sao chép): có thể thiếu trang hoặc nội "
        "dung; hãy tải lên lại tệp gốc");
  }
  if (progress) progress(0, to_read);  // the page count is known before the first page is read
  for (int i = 0; i < to_read; ++i) {
    std::unique_ptr<poppler::page> page((*doc)->create_page(i));
    ReadPage read;
    if (!page) {
      out.partial = true;
      out.warnings.push_back("Không đọc được " + PageName(i) + " (trang bị hỏng)");
      out.pages.push_back(read);
      if (progress) progress(i + 1, to_read);
      continue;
    }
    read.text = CleanLayerText(
        Utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)));
    if (NeedsOcr(read.text) && limits.ocr_dpi > 0) {
      double dpi = FittingDpi(*page, limits.ocr_dpi, limits);
      Result<PixPtr> pix = RenderPage(*page, dpi, /*grey=*/true);
      Result<ReadPage> ocr =
          pix.ok() ? OcrPage(pix->get(), static_cast<int>(dpi)) : Result<ReadPage>(pix.error());
      if (!ocr.ok()) {
        if (ocr.error().code() == ErrorCode::kInternal && pix.ok()) return ocr.error();
        out.partial = true;
        out.warnings.push_back("Không nhận dạng được chữ ở " + PageName(i));
      } else {
        if (VisibleChars(ocr->text) == 0) {
          out.warnings.push_back("Không thấy chữ nào ở " + PageName(i));
        }
        // An empty reading does not replace a text layer, however poor.
        if (VisibleChars(ocr->text) > 0 || VisibleChars(read.text) == 0) {
          read = std::move(*ocr);
          out.kind = SourceKind::kPdfScan;
        }
      }
    }
    out.pages.push_back(std::move(read));
    if (progress) progress(i + 1, to_read);
  }
  return out;
}

Result<std::string> RenderPdfPagePng(std::string_view bytes, int page, int dpi,
                                     const ReadLimits& limits) {
  auto doc = Open(bytes);
  if (!doc.ok()) return doc.error();
  if (page < 0 || page >= (*doc)->pages()) {
    return Error::NotFound(PageName(page));
  }
  std::unique_ptr<poppler::page> p((*doc)->create_page(page));
  if (!p) return Error::Invalid("file", "Không đọc được " + PageName(page) + " (trang bị hỏng)");
  ReadLimits view = limits;
  view.max_image_pixels = std::min(view.max_image_pixels, kMaxViewPixels);
  Result<PixPtr> pix = RenderPage(*p, FittingDpi(*p, std::max(1, dpi), view), /*grey=*/false);
  if (!pix.ok()) return pix.error();
  return EncodePng(pix->get());
}

}  // namespace doithoai::documents::read
