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
