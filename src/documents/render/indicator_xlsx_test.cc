#include "documents/render/indicator_xlsx.h"

#include <gtest/gtest.h>

#include "import/indicator_sheet.h"

namespace doithoai::documents {
namespace {

// The template written here is what import/indicator_sheet.h reads back: a downloaded,
// filled and uploaded template round-trips.
TEST(IndicatorXlsx, TheTemplateReadsBackWithItsPrefilledValues) {
  ValueTemplate t;
  t.programme_title = "Phát triển thanh niên thành phố Hải Phòng đến năm 2030";
  t.period_year = 2025;
  t.due_on = "30/11/2025";
  Indicator ratio;
  ratio.id = IndicatorId(1);
  ratio.code = "1.1";
  ratio.name = "Tỷ lệ thanh niên được tư vấn hướng nghiệp";
  ratio.measure = "%";
  Indicator count = ratio;
  count.id = IndicatorId(2);
  count.code = "2.1";
  count.kind = IndicatorKind::kCount;
  count.measure = "câu lạc bộ";
  t.indicators = {ratio, count};
  IndicatorValue v;
  v.numerator = 30;
  v.denominator = 300;
  v.comment = "Số liệu Đoàn phường";
  t.units = {{"11311", "Phường Hồng Bàng", {{IndicatorId(1), v}}}, {"11312", "Phường Lê Chân", {}}};
  auto bytes = RenderSheetsXlsx({ValueTemplateSheet(t)});
  ASSERT_TRUE(bytes.ok());
  auto read = import::ReadIndicatorSheet(*bytes, "mau.xlsx", {});
  ASSERT_TRUE(read.ok()) << read.error().message();
  ASSERT_EQ(read->size(), 1u);
  EXPECT_EQ((*read)[0].unit_code, "11311");
  EXPECT_EQ((*read)[0].indicator_code, "1.1");
  EXPECT_EQ(*(*read)[0].denominator, 300);
  EXPECT_EQ((*read)[0].comment, "Số liệu Đoàn phường");
  EXPECT_EQ((*read)[0].numerator_cell, "C6");  // title, two notes, human header, keys
}

}  // namespace
}  // namespace doithoai::documents

#include "documents/render/docx_renderer.h"
#include "documents/render/indicator_report.h"
#include "documents/render/pdf_renderer.h"

namespace doithoai::documents {
namespace {

IndicatorReportInput Report() {
  IndicatorReportInput in;
  in.issuance.issuer = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG";
  in.issuance.issuer_code = "UBND";
  in.issuance.place = "Hải Phòng";
  in.issuance.year = 2025;
  in.issuance.signer = {{"TM. ỦY BAN NHÂN DÂN"}, "CHỦ TỊCH", ""};
  in.host = "Ủy ban nhân dân thành phố Hải Phòng";
  in.programme_title = "Phát triển thanh niên thành phố Hải Phòng đến năm 2030";
  in.period_year = 2025;
  in.addressed = {"Bộ Nội vụ"};
  in.expected = 10;
  in.reported = 7;
  in.on_time = 6;
  in.units = 5;
  in.indicators = {{"1.1", "Tỷ lệ thanh niên được tư vấn hướng nghiệp", "%", "≥", "50 (2024)", "60",
                    "85 (2030)", "62,5", "Đạt"}};
  in.tasks = {{"Mở điểm tư vấn hướng nghiệp tại phường", "Sở Nội vụ", "Trước 30/11/2025",
               "Đang thực hiện"}};
  return in;
}

TEST(IndicatorReport, BuildsTheReportWithBothAppendicesInEveryFormat) {
  auto doc = BuildIndicatorReport(Report());
  ASSERT_TRUE(doc.ok()) << doc.error().message();
  EXPECT_EQ(doc->type_name, "BÁO CÁO");
  EXPECT_EQ(doc->symbol, "BC-UBND");
  ASSERT_EQ(doc->appendices.size(), 2u);
  EXPECT_EQ(doc->appendices[0].blocks[0].table.rows[0][6], "62,5");
  EXPECT_TRUE(ValidateDocument(*doc).ok());
  auto docx = RenderDocx(*doc);
  ASSERT_TRUE(docx.ok());
  EXPECT_EQ(docx->substr(0, 2), "PK");
  auto pdf = RenderPdf(*doc);
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf->substr(0, 5), "%PDF-");
  auto xlsx = RenderSheetsXlsx(IndicatorReportSheets(Report()));
  ASSERT_TRUE(xlsx.ok());
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
}

TEST(IndicatorReport, MissingPartsAreNamed) {
  IndicatorReportInput in;
  auto doc = BuildIndicatorReport(in);
  ASSERT_FALSE(doc.ok());
  std::vector<std::string> fields;
  for (const auto& f : doc.error().fields()) fields.push_back(f.field);
  EXPECT_NE(std::find(fields.begin(), fields.end(), "programme_title"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "period_year"), fields.end());
}

}  // namespace
}  // namespace doithoai::documents
