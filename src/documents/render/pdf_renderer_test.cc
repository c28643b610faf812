#include "documents/render/pdf_renderer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "documents/render/render_samples.h"
#include "documents/render/render_test_support.h"

namespace doithoai::documents {
namespace {

using test_support::CollapseSpaces;
using test_support::HasTool;
using test_support::RunCommand;
using test_support::ScratchDir;
using ::testing::HasSubstr;

// HasSubstr prints the whole text on failure, escaped; this prints only what is missing.
#define EXPECT_HAS(text, needle) \
  EXPECT_NE((text).find(needle), std::string::npos) << "missing: " << (needle)
#define EXPECT_LACKS(text, needle) \
  EXPECT_EQ((text).find(needle), std::string::npos) << "unexpected: " << (needle)

OfficialDocument Build(const Result<OfficialDocument>& doc) {
  EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().message());
  return doc.ok() ? *doc : OfficialDocument{};
}

std::string RenderOk(const OfficialDocument& doc) {
  Result<std::string> pdf = RenderPdf(doc);
  EXPECT_TRUE(pdf.ok()) << (pdf.ok() ? "" : pdf.error().message());
  return pdf.ok() ? *pdf : std::string();
}

class PdfReadBack : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HasTool("pdftotext") || !HasTool("pdffonts") || !HasTool("pdfinfo")) {
      GTEST_SKIP() << "poppler-utils (pdftotext, pdffonts, pdfinfo) not installed";
    }
  }
  // The PDF's text as pdftotext -layout gives it.
  std::string Text(const std::string& path, int first = 0, int last = 0) {
    std::string pages;
    if (first > 0) pages = " -f " + std::to_string(first) + " -l " + std::to_string(last);
    return RunCommand("pdftotext -layout -enc UTF-8" + pages + " '" + path + "' -").out;
  }
  ScratchDir dir_{"pdf"};
};

// C8: the generated PDF, read back by a real reader, holds the Decree 30 header, number,
// type, summary, a body sentence in full Vietnamese, and the signer.
TEST_F(PdfReadBack, ConclusionNoticeTextSurvives) {
  const std::string path =
      dir_.Write("tb.pdf", RenderOk(Build(BuildConclusionNotice(samples::ConclusionNotice()))));
  const std::string text = CollapseSpaces(Text(path));
  // pdftotext -layout reads the two header columns line by line, side by side.
  EXPECT_HAS(text, "ỦY BAN NHÂN DÂN");
  EXPECT_HAS(text, "TỈNH HƯNG YÊN");
  EXPECT_HAS(text, "VĂN PHÒNG");
  EXPECT_HAS(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_HAS(text, "Độc lập - Tự do - Hạnh phúc");
  EXPECT_HAS(text, "Số: 18/TB-VP");
  EXPECT_HAS(text, "Hưng Yên, ngày 02 tháng 4 năm 2025");
  EXPECT_HAS(text, "THÔNG BÁO");
  EXPECT_HAS(text, "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Minh Đức");
  EXPECT_HAS(text, samples::kDiacriticSentence);
  EXPECT_HAS(text, "1. Các vấn đề thanh niên nêu tại Chương trình đối thoại");
  EXPECT_HAS(text,
             "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và Tỉnh đoàn "
             "Hưng Yên nghiên cứu");
  EXPECT_HAS(text, "TL. CHỦ TỊCH");
  EXPECT_HAS(text, "PHÓ CHÁNH VĂN PHÒNG");
  EXPECT_HAS(text, "Trần Thị Hồng Nhung");
  EXPECT_HAS(text, "Nơi nhận:");
  EXPECT_HAS(text, "- Lưu: VT, VX.");
}

// Appendix I: Times New Roman, or its metric twin Liberation Serif, embedded — never the
// DejaVu that Pango falls back to when a font lacks the Vietnamese letters.
TEST_F(PdfReadBack, EmbedsASerifFontAndNoFallback) {
  const std::string path =
      dir_.Write("tb.pdf", RenderOk(Build(BuildConclusionNotice(samples::ConclusionNotice()))));
  const std::string fonts = RunCommand("pdffonts '" + path + "'").out;
  EXPECT_THAT(fonts, ::testing::AnyOf(HasSubstr("LiberationSerif"), HasSubstr("TimesNewRoman")));
  EXPECT_HAS(fonts, "Bold");
  EXPECT_HAS(fonts, "Italic");
  EXPECT_LACKS(fonts, "DejaVu");
  // Every font line says "emb yes".
  std::istringstream lines(fonts);
  std::string line;
  int font_lines = 0;
  while (std::getline(lines, line)) {
    if (line.find("TrueType") == std::string::npos && line.find("Type 1") == std::string::npos &&
        line.find("CID") == std::string::npos) {
      continue;
    }
    ++font_lines;
    EXPECT_THAT(line, ::testing::ContainsRegex("yes +yes +(yes|no)")) << line;
  }
  EXPECT_GE(font_lines, 3);
}

// A4 portrait is 595 x 842 points.
TEST_F(PdfReadBack, PageIsA4) {
  const std::string path =
      dir_.Write("tb.pdf", RenderOk(Build(BuildConclusionNotice(samples::ConclusionNotice()))));
  const std::string info = RunCommand("pdfinfo '" + path + "'").out;
  EXPECT_THAT(info,
              ::testing::ContainsRegex("Page size: +595\\.[0-9]+ x 841\\.[0-9]+ pts \\(A4\\)"));
  EXPECT_THAT(info, ::testing::ContainsRegex("PDF version: +1\\.[4-7]"));
}

// A plan: the task table survives, and page numbers appear from page 2 only, at the top.
TEST_F(PdfReadBack, PlanWithTableAndPageNumbers) {
  const std::string path =
      dir_.Write("kh.pdf", RenderOk(Build(BuildDialoguePlan(samples::DialoguePlan()))));
  const std::string info = RunCommand("pdfinfo '" + path + "'").out;
  ASSERT_THAT(info, ::testing::ContainsRegex("Pages: +[2-9]"));
  const std::string all = CollapseSpaces(Text(path));
  EXPECT_HAS(all, "KẾ HOẠCH");
  EXPECT_HAS(all, "Số: 36/KH-UBND");
  EXPECT_HAS(all, "Hưng Yên, ngày 05 tháng 02 năm 2025");
  EXPECT_HAS(all, "Căn cứ Nghị định số 13/2021/NĐ-CP");
  EXPECT_HAS(all, "IV. TIẾN ĐỘ THỰC HIỆN");
  EXPECT_HAS(all, "Tổng hợp câu hỏi, ý kiến, kiến nghị của");  // a table cell's first line
  EXPECT_HAS(all, "28/02/2025");
  EXPECT_HAS(all, samples::kDiacriticSentence);
  EXPECT_HAS(all, "Nguyễn Minh Đức");
  const std::string page1 = Text(path, 1, 1);
  const std::string page2 = Text(path, 2, 2);
  EXPECT_THAT(CollapseSpaces(page1), ::testing::StartsWith("ỦY BAN NHÂN DÂN"));
  EXPECT_THAT(CollapseSpaces(page2), ::testing::StartsWith("2 "));
}

// A công văn: "V/v" under a blank number, "Kính gửi:" and "Như trên" first among copies.
TEST_F(PdfReadBack, RelayLetterDraft) {
  const std::string path =
      dir_.Write("cv.pdf", RenderOk(Build(BuildRelayLetter(samples::RelayLetter()))));
  const std::string text = CollapseSpaces(Text(path));
  EXPECT_HAS(text, "Số: /UBND-VX");
  EXPECT_HAS(text, "V/v triển khai thực hiện Kết luận");
  EXPECT_HAS(text, "Hưng Yên, ngày tháng năm 2025");
  EXPECT_HAS(text, "Kính gửi:");
  EXPECT_HAS(text, "- Tỉnh đoàn Hưng Yên;");
  EXPECT_HAS(text, "2. Đề nghị Tỉnh đoàn Hưng Yên");
  EXPECT_HAS(text, "- Như trên;");
  EXPECT_LACKS(text, "CÔNG VĂN");
}

// Issue 13: a ward's Party committee writes the Party's header (no state title or motto, a
// star under the issuer), "Số 15-CV/ĐU", and signs T/M BAN THƯỜNG VỤ / K/T BÍ THƯ, the name
// under the position; the copies before "Lưu".
TEST_F(PdfReadBack, PartyRelayLetter) {
  const std::string path =
      dir_.Write("cv-du.pdf", RenderOk(Build(BuildRelayLetter(samples::PartyRelayLetter()))));
  const std::string text = CollapseSpaces(Text(path));
  EXPECT_HAS(text, "ĐẢNG BỘ TỈNH HƯNG YÊN");
  EXPECT_HAS(text, "ĐẢNG ỦY PHƯỜNG PHỐ HIẾN");
  EXPECT_HAS(text, "ĐẢNG CỘNG SẢN VIỆT NAM");
  EXPECT_HAS(text, "Số 15-CV/ĐU");
  EXPECT_HAS(text, "Đảng ủy phường Phố Hiến");
  EXPECT_LACKS(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_LACKS(text, "Độc lập - Tự do - Hạnh phúc");
  EXPECT_LACKS(text, "UBND");
  // Reading order (no -layout): each column whole, the block's lines in order.
  const std::string flow = CollapseSpaces(RunCommand("pdftotext -enc UTF-8 '" + path + "' -").out);
  EXPECT_HAS(flow, "T/M BAN THƯỜNG VỤ K/T BÍ THƯ PHÓ BÍ THƯ Trần Thị Hòa");
  EXPECT_HAS(flow,
             "Nơi nhận: - Như trên; - Ban Thường vụ Tỉnh ủy Hưng Yên (để báo cáo); - Ủy ban "
             "nhân dân phường Phố Hiến; - Lưu: VT.");
}

// A report to a superior: one addressee on the "Kính gửi:" line; questions grouped by issue.
TEST_F(PdfReadBack, CompiledAnswers) {
  const std::string path =
      dir_.Write("bc.pdf", RenderOk(Build(BuildCompiledAnswers(samples::CompiledAnswers()))));
  const std::string text = CollapseSpaces(Text(path));
  EXPECT_HAS(text, "SỞ NỘI VỤ");
  EXPECT_HAS(text, "Số: 45/BC-SNV");
  EXPECT_HAS(text, "BÁO CÁO");
  EXPECT_HAS(text, "Tổng hợp ý kiến trả lời câu hỏi, kiến nghị của thanh niên tại Chương trình");
  EXPECT_HAS(text, "Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên.");
  EXPECT_HAS(text, "b) Trả lời của Chi nhánh Ngân hàng Chính sách xã hội tỉnh");
  EXPECT_HAS(text, samples::kDiacriticSentence);
  EXPECT_HAS(text, "KT. GIÁM ĐỐC");
  EXPECT_HAS(text, "Lê Văn Hùng");
}

// Bad input: every missing field is named, nothing is drawn.
TEST(RenderPdf, RefusesADocumentWithoutIssuerOrType) {
  OfficialDocument doc = Build(BuildConclusionNotice(samples::ConclusionNotice()));
  doc.issuer.clear();
  doc.type_name.clear();
  Result<std::string> pdf = RenderPdf(doc);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code(), ErrorCode::kInvalid);
  std::vector<std::string> fields;
  for (const FieldError& f : pdf.error().fields()) fields.push_back(f.field);
  EXPECT_THAT(fields, ::testing::UnorderedElementsAre("issuer", "type_name"));
}

// Very long content — thousands of paragraphs, a long table, a cell longer than a page, a
// long list of recipients — paginates without crashing, every page numbered.
TEST_F(PdfReadBack, VeryLongContentPaginates) {
  OfficialDocument doc = Build(BuildConclusionNotice(samples::ConclusionNotice()));
  for (int i = 0; i < 400; ++i) {
    doc.body.push_back(Block::Paragraph(std::to_string(i) + ". " + samples::kDiacriticSentence));
  }
  Table table;
  table.columns = {"STT", "Nội dung", "Cơ quan"};
  table.column_weights = {1, 8, 4};
  for (int i = 0; i < 200; ++i) {
    table.rows.push_back({std::to_string(i + 1), samples::kDiacriticSentence, "Sở Nội vụ"});
  }
  std::string huge;
  for (int i = 0; i < 150; ++i) huge += std::string(samples::kDiacriticSentence) + " ";
  table.rows.push_back({"201", huge, "Sở Tài chính"});
  table.rows.push_back({"202", "Dòng sau ô rất dài", "Tỉnh đoàn"});
  doc.body.push_back(Block::TableBlock(table));
  doc.body.push_back(Block::Paragraph(std::string(20000, 'x')));  // one unbreakable word
  for (int i = 0; i < 120; ++i)
    doc.copies.push_back("Ủy ban nhân dân phường số " + std::to_string(i));
  doc.appendices.push_back({"Danh mục nhiệm vụ", {Block::TableBlock(table)}});
  const std::string path = dir_.Write("long.pdf", RenderOk(doc));
  const std::string info = RunCommand("pdfinfo '" + path + "'").out;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(info, m, std::regex("Pages: +([0-9]+)")));
  const int pages = std::stoi(m[1]);
  EXPECT_GT(pages, 30);
  const std::string last = CollapseSpaces(Text(path, pages, pages));
  EXPECT_THAT(last, ::testing::StartsWith(std::to_string(pages) + " "));
  const std::string text = CollapseSpaces(Text(path));
  EXPECT_HAS(text, "Dòng sau ô rất dài");
  EXPECT_HAS(text, "Ủy ban nhân dân phường số 119;");
  EXPECT_HAS(text, "Phụ lục I");
}

}  // namespace
}  // namespace doithoai::documents
