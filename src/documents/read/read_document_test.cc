// ReadDocumentBytes on real files of each form, made at test time from the project's own
// renderers (scan_fixture.h): what the parser then reads from each must be the same document.
#include "documents/read/read_document.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <utility>
#include <vector>

#include "documents/parse/parse_document.h"
#include "documents/read/scan_fixture.h"
#include "documents/render/conclusion_notice.h"
#include "documents/render/docx_renderer.h"
#include "documents/render/pdf_renderer.h"
#include "documents/render/render_samples.h"

namespace doithoai::documents {
namespace {

OfficialDocument Sample() {
  auto doc = BuildConclusionNotice(samples::ConclusionNotice());
  EXPECT_TRUE(doc.ok());
  return *doc;
}

const std::string& SamplePdf() {
  static const std::string pdf = *RenderPdf(Sample());
  return pdf;
}

void Dump(const std::string& name, const std::string& bytes) {
  if (const char* dir = std::getenv("DOITHOAI_DUMP_DIR")) {
    std::ofstream(std::string(dir) + "/" + name, std::ios::binary) << bytes;
  }
}

// The fields every form must give: number/symbol, date, issuer.
void ExpectSampleFields(const ReadDocument& read) {
  Dump("text_" + std::string(SourceKindName(read.kind)) + ".txt", read.Text());
  Result<ParsedDocument> parsed = ParseDocument(read.Text());
  ASSERT_TRUE(parsed.ok()) << parsed.error().message() << "\n" << read.Text();
  OfficialDocument want = Sample();
  EXPECT_EQ(parsed->number_symbol, NumberSymbol(want)) << read.Text();
  EXPECT_EQ(parsed->date, want.date) << read.Text();
  EXPECT_EQ(parsed->issuer, want.issuer) << read.Text();
}

TEST(ReadDocumentTest, TextPdf) {
  Dump("sample.pdf", SamplePdf());
  auto read = ReadDocumentBytes(SamplePdf(), "thong-bao.pdf");
  ASSERT_TRUE(read.ok()) << read.error().message();
  EXPECT_EQ(read->kind, SourceKind::kPdfText);
  EXPECT_FALSE(read->partial);
  EXPECT_EQ(read->page_count, static_cast<int>(read->pages.size()));
  EXPECT_FALSE(read->pages[0].ocr);
  ExpectSampleFields(*read);
}

TEST(ReadDocumentTest, Docx) {
  auto docx = RenderDocx(Sample());
  ASSERT_TRUE(docx.ok());
  int calls = 0;
  auto read = ReadDocumentBytes(*docx, "thong-bao.docx", {}, [&](int done, int total) {
    EXPECT_EQ(done, 1);
    EXPECT_EQ(total, 1);
    ++calls;
  });
  ASSERT_TRUE(read.ok()) << read.error().message();
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(read->kind, SourceKind::kDocx);
  ExpectSampleFields(*read);
}

TEST(ReadDocumentTest, PlainTextIsNfc) {
  // "Hòa" typed decomposed (o + combining grave) comes back precomposed.
  auto read = ReadDocumentBytes(
      "Ho\xCC\x80"
      "a",
      "a.txt");
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->Text(),
            "H\xC3\xB2"
            "a");
  EXPECT_EQ(read->kind, SourceKind::kText);
}

TEST(ReadDocumentTest, ScannedPdf) {
  std::string scan = scan_fixture::ScannedPdf(SamplePdf());
  Dump("scan.pdf", scan);
  // Progress: the page count before the first page is read, then each page done.
  std::vector<std::pair<int, int>> calls;
  auto read = ReadDocumentBytes(scan, "scan.pdf", {},
                                [&](int done, int total) { calls.emplace_back(done, total); });
  ASSERT_TRUE(read.ok()) << read.error().message();
  EXPECT_EQ(read->kind, SourceKind::kPdfScan);
  EXPECT_EQ(calls, (std::vector<std::pair<int, int>>{{0, 1}, {1, 1}}));
  ASSERT_EQ(read->pages.size(), 1u);
  EXPECT_TRUE(read->pages[0].ocr);
  EXPECT_GT(read->pages[0].confidence, 0.7);
  ExpectSampleFields(*read);
}

// A scan of the page as PNG: read by OCR, shown back as PNG. (JPEG: LargePhotoIsScaledDown.)
TEST(ReadDocumentTest, PngImage) {
  read::PixPtr scan = scan_fixture::ScanPage(SamplePdf(), 0);
  ASSERT_TRUE(scan);
  for (int format : {IFF_PNG}) {
    std::string image = scan_fixture::Encode(scan.get(), format);
    auto read = ReadDocumentBytes(image, format == IFF_PNG ? "anh.png" : "anh.jpg");
    ASSERT_TRUE(read.ok()) << read.error().message();
    EXPECT_EQ(read->kind, SourceKind::kImage);
    ASSERT_EQ(read->pages.size(), 1u);
    EXPECT_TRUE(read->pages[0].ocr);
    size_t lines = std::count(read->pages[0].text.begin(), read->pages[0].text.end(), '\n') + 1;
    EXPECT_EQ(read->pages[0].line_confidence.size(), lines);
    ExpectSampleFields(*read);
    auto png = RenderPagePng(image, 0, 150);
    ASSERT_TRUE(png.ok()) << png.error().message();
    EXPECT_EQ(png->substr(0, 4), "\x89PNG");
  }
}

// A photo larger than an A4 page at 300 dpi (here 450 dpi, 3,720 × 5,262) is scaled down
// before OCR and still read right.
TEST(ReadDocumentTest, LargePhotoIsScaledDown) {
  scan_fixture::ScanOptions options;
  options.dpi = 450;
  options.blur = 2;
  read::PixPtr scan = scan_fixture::ScanPage(SamplePdf(), 0, options);
  ASSERT_TRUE(scan);
  ASSERT_GT(pixGetHeight(scan.get()), 5000);
  const std::string jpeg = scan_fixture::Encode(scan.get(), IFF_JFIF_JPEG);
  auto read = ReadDocumentBytes(jpeg, "anh.jpg");
  ASSERT_TRUE(read.ok()) << read.error().message();
  ExpectSampleFields(*read);
  // Its page view is scaled down too (19.6 M pixels → at most 12 M).
  auto png = RenderPagePng(jpeg, 0, 150);
  ASSERT_TRUE(png.ok()) << png.error().message();
  read::PixPtr view(pixReadMem(reinterpret_cast<const l_uint8*>(png->data()), png->size()));
  ASSERT_TRUE(view);
  EXPECT_LE(static_cast<long long>(pixGetWidth(view.get())) * pixGetHeight(view.get()), 12'000'000);
  EXPECT_GT(pixGetWidth(view.get()), 2000);
}

// A photo taken sideways is turned upright (Tesseract's orientation detector) and read.
TEST(ReadDocumentTest, SidewaysPhotoIsTurned) {
  read::PixPtr scan = scan_fixture::ScanPage(SamplePdf(), 0);
  ASSERT_TRUE(scan);
  read::PixPtr sideways(pixRotateOrth(scan.get(), 1));  // a quarter turn clockwise
  auto read = ReadDocumentBytes(scan_fixture::Encode(sideways.get(), IFF_PNG), "anh.png");
  ASSERT_TRUE(read.ok()) << read.error().message();
  EXPECT_GT(read->pages[0].confidence, 0.8);
  ExpectSampleFields(*read);
  // Upright, the header's columns are told apart: the issuer is a line of its own.
  EXPECT_EQ(read->pages[0].text.substr(0, read->pages[0].text.find('\n')), "ỦY BAN NHÂN DÂN");
}

TEST(ReadDocumentTest, SourceKindNames) {
  EXPECT_EQ(SourceKindName(SourceKind::kText), "text");
  EXPECT_EQ(SourceKindName(SourceKind::kDocx), "docx");
  EXPECT_EQ(SourceKindName(SourceKind::kPdfText), "pdf_text");
  EXPECT_EQ(SourceKindName(SourceKind::kPdfScan), "pdf_scan");
  EXPECT_EQ(SourceKindName(SourceKind::kImage), "image");
}

TEST(ReadDocumentTest, TextJoinsPagesWithABlankLine) {
  ReadDocument doc;
  doc.pages = {ReadPage{"a", false, 1, {}}, ReadPage{"", true, 0, {}}, ReadPage{"b", false, 1, {}}};
  EXPECT_EQ(doc.Text(), "a\n\nb");
}

}  // namespace
}  // namespace doithoai::documents
