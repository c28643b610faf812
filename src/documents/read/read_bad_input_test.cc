// Bad input (issue 11, "Bad input"): each gets a clear error naming field "file" or a partial
// result clearly marked, within bounded time and memory. The files are made here, real.
#include <cairo-pdf.h>
#include <cairo.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <chrono>
#include <string>

#include "documents/read/read_document.h"
#include "documents/read/scan_fixture.h"
#include "documents/render/conclusion_notice.h"
#include "documents/render/pdf_renderer.h"
#include "documents/render/render_samples.h"
#include "documents/render/zip_writer.h"

namespace doithoai::documents {
namespace {

// The error's one field is "file" and its reason contains `words`.
void ExpectFileError(const Result<ReadDocument>& read, ErrorCode code, const std::string& words) {
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), code) << read.error().message();
  ASSERT_EQ(read.error().fields().size(), 1u) << read.error().message();
  EXPECT_EQ(read.error().fields()[0].field, "file");
  EXPECT_NE(read.error().fields()[0].reason.find(words), std::string::npos)
      << read.error().fields()[0].reason;
}

const std::string& SamplePdf() {
  static const std::string pdf = *RenderPdf(*BuildConclusionNotice(samples::ConclusionNotice()));
  return pdf;
}

// A PDF of `pages` pages, each with one line of text, written with Cairo.
std::string ManyPagePdf(int pages) {
  std::string out;
  auto write = [](void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  };
  cairo_surface_t* pdf = cairo_pdf_surface_create_for_stream(write, &out, 595, 842);
  cairo_t* cr = cairo_create(pdf);
  cairo_select_font_face(cr, "Liberation Serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 12);
  for (int i = 0; i < pages; ++i) {
    cairo_move_to(cr, 72, 100);
    const std::string line = "Trang so " + std::to_string(i + 1) + " cua van ban dai ve ke hoach";
    cairo_show_text(cr, line.c_str());
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  cairo_surface_destroy(pdf);
  return out;
}

// A minimal PDF whose trailer names a standard security handler: opening it needs a password
// that the empty one does not match.
std::string EncryptedPdf() {
  std::string body = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  auto object = [&](const std::string& text) {
    offsets.push_back(body.size());
    body += std::to_string(offsets.size()) + " 0 obj\n" + text + "\nendobj\n";
  };
  object("<< /Type /Catalog /Pages 2 0 R >>");
  object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
  const std::string o(64, 'A'), u(64, 'B');
  object("<< /Filter /Standard /V 1 /R 2 /O <" + o + "> /U <" + u + "> /P -44 >>");
  const size_t xref = body.size();
  body += "xref\n0 5\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    body += line;
  }
  body +=
      "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
      "<0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n" +
      std::to_string(xref) + "\n%%EOF\n";
  return body;
}

// The first bytes of a PNG declaring `w` × `h` pixels (no image data follows).
std::string PngHeader(uint32_t w, uint32_t h) {
  auto be32 = [](uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                       static_cast<char>(v >> 8), static_cast<char>(v)};
  };
  std::string chunk = "IHDR" + be32(w) + be32(h) + std::string("\x08\x00\x00\x00\x00", 5);
  uLong crc = crc32(0, reinterpret_cast<const Bytef*>(chunk.data()), chunk.size());
  std::string png = "\x89PNG\r\n\x1A\n";
  png += be32(13) + chunk + be32(static_cast<uint32_t>(crc));
  png += std::string(64, '\0');
  return png;
}

TEST(ReadBadInputTest, EncryptedPdfIsRefused) {
  ExpectFileError(ReadDocumentBytes(EncryptedPdf(), "mat-khau.pdf"), ErrorCode::kInvalid,
                  "mật khẩu");
}

TEST(ReadBadInputTest, HtmlNamedPdfIsRefused) {
  ExpectFileError(
      ReadDocumentBytes("<!DOCTYPE html>\n<html><body>Văn bản</body></html>", "van-ban.pdf"),
      ErrorCode::kInvalid, "HTML");
}

TEST(ReadBadInputTest, NotAPdfAtAll) {
  ExpectFileError(ReadDocumentBytes("%PDF-1.7\ngarbage without objects", "x.pdf"),
                  ErrorCode::kInvalid, "PDF");
}

// A PDF cut short: an error, or pages read and the result marked partial — never a silent
// whole document.
TEST(ReadBadInputTest, TruncatedPdfIsRefusedOrMarkedPartial) {
  for (double share : {0.3, 0.6, 0.95}) {
    std::string cut = SamplePdf().substr(0, static_cast<size_t>(SamplePdf().size() * share));
    ReadLimits limits;
    limits.ocr_dpi = 0;  // a page that lost its fonts is not sent to OCR here
    auto read = ReadDocumentBytes(cut, "cut.pdf", limits);
    if (read.ok()) {
      EXPECT_TRUE(read->partial) << share;
      ASSERT_FALSE(read->warnings.empty());
      EXPECT_NE(read->warnings.back().find("không đầy đủ"), std::string::npos)
          << read->warnings.back();
    } else {
      EXPECT_EQ(read.error().fields()[0].field, "file");
    }
  }
}

TEST(ReadBadInputTest, TwoHundredPagesArePartialAndQuick) {
  const std::string pdf = ManyPagePdf(200);
  auto start = std::chrono::steady_clock::now();
  int last_done = 0, last_total = 0;
  auto read = ReadDocumentBytes(pdf, "dai.pdf", {}, [&](int done, int total) {
    last_done = done;
    last_total = total;
  });
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(read.ok()) << read.error().message();
  EXPECT_EQ(read->page_count, 200);
  EXPECT_EQ(read->pages.size(), 60u);
  EXPECT_TRUE(read->partial);
  EXPECT_EQ(read->kind, SourceKind::kPdfText);
  ASSERT_EQ(read->warnings.size(), 1u);
  EXPECT_NE(read->warnings[0].find("60 trang đầu trong 200"), std::string::npos);
  EXPECT_EQ(last_done, 60);
  EXPECT_EQ(last_total, 60);
  EXPECT_NE(read->pages[59].text.find("Trang so 60"), std::string::npos);
  EXPECT_LT(seconds, 10);
}

TEST(ReadBadInputTest, FiftyMegapixelPngIsRefusedBeforeDecoding) {
  // 8000 × 6250 declared; the pixel data is absent, so decoding would fail: the refusal must
  // come from the header alone.
  ExpectFileError(ReadDocumentBytes(PngHeader(8000, 6250), "anh.png"), ErrorCode::kTooLarge,
                  "50 triệu điểm ảnh");
  auto png = RenderPagePng(PngHeader(8000, 6250), 0, 150);
  ASSERT_FALSE(png.ok());
  EXPECT_EQ(png.error().code(), ErrorCode::kTooLarge);
}

TEST(ReadBadInputTest, BlankImageHasNoText) {
  read::PixPtr white(pixCreate(1240, 1754, 8));
  pixSetAll(white.get());
  ExpectFileError(ReadDocumentBytes(scan_fixture::Encode(white.get(), IFF_PNG), "trang.png"),
                  ErrorCode::kInvalid, "Không nhận ra chữ");
}

TEST(ReadBadInputTest, BlankScannedPageIsKeptEmptyWithAWarning) {
  read::PixPtr white(pixCreate(1240, 1754, 8));
  pixSetAll(white.get());
  auto read = ReadDocumentBytes(scan_fixture::ImagePdf({white.get()}, 150), "trang.pdf");
  ASSERT_TRUE(read.ok()) << read.error().message();
  EXPECT_EQ(read->kind, SourceKind::kPdfScan);
  EXPECT_TRUE(read->pages[0].text.empty());
  ASSERT_EQ(read->warnings.size(), 1u);
  EXPECT_NE(read->warnings[0].find("Không thấy chữ"), std::string::npos);
}

// A text layer of characters no font maps to Unicode (here the private use area, as a font
// without a ToUnicode map gives) is not taken for the page's text: the page goes to OCR.
TEST(ReadBadInputTest, UnmappedTextLayerGoesToOcr) {
  std::string content = "BT /F1 12 Tf 72 770 Td (" + std::string(60, 'A') + ") Tj ET";
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  auto object = [&](const std::string& text) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + text + "\nendobj\n";
  };
  object("<< /Type /Catalog /Pages 2 0 R >>");
  object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  object(
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>");
  object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
         "\nendstream");
  object(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
      "/Differences [65 /uniE041] >> >>");
  const size_t xref = pdf.size();
  pdf += "xref\n0 6\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char line[24];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
    pdf += line;
  }
  pdf += "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";

  ReadLimits no_ocr;
  no_ocr.ocr_dpi = 0;
  auto layer = ReadDocumentBytes(pdf, "a.pdf", no_ocr);
  ASSERT_TRUE(layer.ok()) << layer.error().message();
  EXPECT_NE(layer->pages[0].text.find("\xEE\x81\x81"), std::string::npos);  // U+E041
  auto read = ReadDocumentBytes(pdf, "a.pdf");
  ASSERT_TRUE(read.ok()) << read.error().message();
  ASSERT_EQ(read->warnings.size(), 1u);  // OCR tried it, and found nothing drawn
  EXPECT_NE(read->warnings[0].find("Không thấy chữ"), std::string::npos);
  EXPECT_FALSE(read->pages[0].text.empty());  // the layer is kept rather than nothing
}

TEST(ReadBadInputTest, Utf16TextIsRefused) {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("Cong van so 12")) utf16 += std::string{c, '\0'};
  ExpectFileError(ReadDocumentBytes(utf16, "a.txt"), ErrorCode::kInvalid, "UTF-16");
  utf16.erase(0, 2);  // without its byte-order mark too
  ExpectFileError(ReadDocumentBytes(utf16, "a.txt"), ErrorCode::kInvalid, "UTF-16");
}

TEST(ReadBadInputTest, LegacyEncodingIsRefused) {
  ExpectFileError(ReadDocumentBytes("C\xF4ng v\xE3n", "a.txt"), ErrorCode::kInvalid, "UTF-8");
}

TEST(ReadBadInputTest, DocxZipBombIsRefusedWhileInflating) {
  // 8 MiB of one letter deflates to a few KiB; the budget here is 1 MiB.
  auto bomb = ZipEntries(
      {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", std::string(8u << 20, 'a')}});
  ASSERT_TRUE(bomb.ok());
  ASSERT_LT(bomb->size(), 100'000u);
  ReadLimits limits;
  limits.max_unpacked_bytes = 1u << 20;
  ExpectFileError(ReadDocumentBytes(*bomb, "bom.docx", limits), ErrorCode::kTooLarge, "bom zip");
}

TEST(ReadBadInputTest, ZipsThatAreNotDocx) {
  auto xlsx = ZipEntries({{"xl/workbook.xml", "<workbook/>"}});
  ASSERT_TRUE(xlsx.ok());
  ExpectFileError(ReadDocumentBytes(*xlsx, "bang.docx"), ErrorCode::kInvalid, "XLSX");
  auto other = ZipEntries({{"readme.txt", "hello"}});
  ASSERT_TRUE(other.ok());
  ExpectFileError(ReadDocumentBytes(*other, "a.zip"), ErrorCode::kInvalid, "không phải DOCX");
  ExpectFileError(ReadDocumentBytes(std::string("PK\x03\x04", 4) + "broken", "a.docx"),
                  ErrorCode::kInvalid, "DOCX");
}

TEST(ReadBadInputTest, MislabelledFiles) {
  ExpectFileError(ReadDocumentBytes(std::string("\0\1\2binary", 9), "a.pdf"), ErrorCode::kInvalid,
                  ".pdf");
  ExpectFileError(ReadDocumentBytes("just text", "a.png"), ErrorCode::kInvalid, "PNG");
  ExpectFileError(ReadDocumentBytes("", "a.txt"), ErrorCode::kInvalid, "rỗng");
}

TEST(ReadBadInputTest, FileOverTheLimit) {
  ReadLimits limits;
  limits.max_file_bytes = 10;
  ExpectFileError(ReadDocumentBytes("0123456789A", "a.txt", limits), ErrorCode::kTooLarge,
                  "quá lớn");
}

TEST(ReadBadInputTest, RenderPagePngRefusesTextAndPastTheEnd) {
  auto text = RenderPagePng("Công văn", 0, 100);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().code(), ErrorCode::kInvalid);
  auto past = RenderPagePng(SamplePdf(), 9, 100);
  ASSERT_FALSE(past.ok());
  EXPECT_EQ(past.error().code(), ErrorCode::kNotFound);
  auto page = RenderPagePng(SamplePdf(), 0, 50);
  ASSERT_TRUE(page.ok()) << page.error().message();
  EXPECT_EQ(page->substr(0, 4), "\x89PNG");
  // 2,000 dpi would be 266 M pixels: the view is rendered smaller instead.
  auto big = RenderPagePng(SamplePdf(), 0, 2000);
  ASSERT_TRUE(big.ok()) << big.error().message();
  read::PixPtr huge(pixReadMem(reinterpret_cast<const l_uint8*>(big->data()), big->size()));
  ASSERT_TRUE(huge);
  EXPECT_LE(static_cast<long long>(pixGetWidth(huge.get())) * pixGetHeight(huge.get()), 12'000'000);
}

}  // namespace
}  // namespace doithoai::documents
