#include "documents/read/read_document.h"

#include "documents/read/docx_reader.h"
#include "documents/read/ocr.h"
#include "documents/read/page_image.h"
#include "documents/read/pdf_reader.h"
#include "documents/read/sniff.h"
#include "text/normalize.h"

namespace doithoai::documents {
namespace {

Error FileTooLarge(const ReadLimits& limits) {
  return Error::TooLarge("file", "Tệp quá lớn: tối đa " +
                                     std::to_string(limits.max_file_bytes / (1024 * 1024)) + " MB");
}

Result<ReadDocument> OnePage(SourceKind kind, std::string text) {
  ReadDocument doc;
  doc.kind = kind;
  doc.page_count = 1;
  doc.pages.push_back(ReadPage{std::move(text), false, 1.0, {}});
  return doc;
}

Result<ReadDocument> ReadPlainText(std::string_view bytes) {
  std::string_view body = bytes;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  if (!text::IsValidUtf8(body)) {
    return Error::Invalid("file",
                          "Tệp không phải văn bản UTF-8 (có thể là bảng mã TCVN3/VNI cũ hoặc tệp "
                          "nhị phân); hãy lưu lại dạng văn bản thuần UTF-8");
  }
  if (body.find('\0') != std::string_view::npos) {
    return Error::Invalid("file", "Tệp nhị phân, không phải văn bản thuần (.txt, UTF-8)");
  }
  return OnePage(SourceKind::kText, text::ToNfc(body));
}

Result<ReadDocument> ReadImage(std::string_view bytes, const ReadLimits& limits,
                               const ReadProgress& progress) {
  Result<read::PixPtr> pix = read::DecodeImage(bytes, limits);
  if (!pix.ok()) return pix.error();
  int dpi = pixGetXRes(pix->get());
  Result<ReadPage> page = read::OcrPage(pix->get(), dpi >= 70 && dpi <= 1200 ? dpi : 0);
  if (!page.ok()) return page.error();
  if (page->text.empty()) {
    return Error::Invalid("file", "Không nhận ra chữ nào trong ảnh; hãy chụp hoặc quét lại rõ hơn");
  }
  ReadDocument doc;
  doc.kind = SourceKind::kImage;
  doc.page_count = 1;
  doc.pages.push_back(std::move(*page));
  if (progress) progress(1, 1);
  return doc;
}

}  // namespace

std::string_view SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kText:
      return "text";
    case SourceKind::kDocx:
      return "docx";
    case SourceKind::kPdfText:
      return "pdf_text";
    case SourceKind::kPdfScan:
      return "pdf_scan";
    case SourceKind::kImage:
      return "image";
  }
  return "text";
}

std::string ReadDocument::Text() const {
  std::string out;
  for (const ReadPage& page : pages) {
    if (page.text.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += page.text;
  }
  return out;
}

Result<ReadDocument> ReadDocumentBytes(std::string_view bytes, std::string_view file_name,
                                       const ReadLimits& limits, const ReadProgress& progress) {
  if (bytes.size() > limits.max_file_bytes) return FileTooLarge(limits);
  Result<read::ByteFormat> format = read::SniffFormat(bytes, file_name);
  if (!format.ok()) return format.error();
  switch (*format) {
    case read::ByteFormat::kText: {
      Result<ReadDocument> doc = ReadPlainText(bytes);
      if (doc.ok() && progress) progress(1, 1);
      return doc;
    }
    case read::ByteFormat::kZip: {
      Result<std::string> text = read::ReadDocxText(bytes, limits);
      if (!text.ok()) return text.error();
      if (progress) progress(1, 1);
      return OnePage(SourceKind::kDocx, std::move(*text));
    }
    case read::ByteFormat::kPdf:
      return read::ReadPdf(bytes, limits, progress);
    case read::ByteFormat::kPng:
    case read::ByteFormat::kJpeg:
      return ReadImage(bytes, limits, progress);
  }
  return Error::Internal("Không nhận ra loại tệp");
}

Result<std::string> RenderPagePng(std::string_view bytes, int page, int dpi,
                                  const ReadLimits& limits) {
  if (bytes.size() > limits.max_file_bytes) return FileTooLarge(limits);
  Result<read::ByteFormat> format = read::SniffFormat(bytes, "");
  if (!format.ok()) return format.error();
  switch (*format) {
    case read::ByteFormat::kPdf:
      return read::RenderPdfPagePng(bytes, page, dpi, limits);
    case read::ByteFormat::kPng:
    case read::ByteFormat::kJpeg: {
      if (page != 0) return Error::NotFound("trang " + std::to_string(page + 1));
      Result<read::PixPtr> pix = read::DecodeImage(bytes, limits);
      if (!pix.ok()) return pix.error();
      read::PixPtr view = read::FitPixels(pix->get(), read::kMaxViewPixels);
      if (!view) return Error::Internal("Không thu nhỏ được ảnh");
      return read::EncodePng(view.get());
    }
    case read::ByteFormat::kText:
    case read::ByteFormat::kZip:
      break;
  }
  return Error::Invalid("file", "Tệp văn bản hoặc DOCX không có ảnh trang để hiển thị");
}

}  // namespace doithoai::documents
