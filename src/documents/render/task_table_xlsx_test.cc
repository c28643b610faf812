#include "documents/render/task_table_xlsx.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "documents/render/conclusion_notice.h"
#include "documents/render/relay_letter.h"
#include "documents/render/render_samples.h"
#include "documents/render/render_test_support.h"
#include "import/xlsx_reader.h"

namespace doithoai::documents {
namespace {

using ::testing::ElementsAre;
using Cells = std::vector<std::string>;

std::vector<import::SheetRow> ReadBack(const TaskTable& table) {
  Result<std::string> bytes = RenderTaskTableXlsx(table);
  EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : bytes.error().message());
  if (!bytes.ok()) return {};
  Result<std::vector<import::SheetRow>> rows = import::ReadXlsx(*bytes, import::ReadLimits{});
  EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message());
  return rows.ok() ? *rows : std::vector<import::SheetRow>();
}

// C8: the XLSX read back by doithoai's own reader holds the title, the columns, every task in
// Vietnamese, and the totals as values.
TEST(RenderTaskTableXlsx, ReadsBackCellForCell) {
  TaskTable table = ConclusionTasks(samples::ConclusionNotice());
  table.tasks[1].status = "Đang thực hiện";
  table.tasks[2].content = samples::kDiacriticSentence;
  const std::vector<import::SheetRow> rows = ReadBack(table);
  ASSERT_EQ(rows.size(), 9u);
  EXPECT_EQ(rows[0].row_number, 1);
  EXPECT_THAT(rows[0].cells, ElementsAre(table.title));
  EXPECT_THAT(rows[1].cells, ElementsAre("(Kèm theo Thông báo số 18/TB-VP ngày 02/04/2025)"));
  EXPECT_EQ(rows[2].row_number, 4);
  EXPECT_THAT(rows[2].cells, ElementsAre("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
                                         "Cơ quan phối hợp", "Thời hạn", "Trạng thái"));
  EXPECT_THAT(rows[3].cells, ElementsAre("1",
                                         "Nghiên cứu, tham mưu cơ chế hỗ trợ thanh niên khởi "
                                         "nghiệp xanh",
                                         "Sở Tài chính", "Sở Nội vụ;\nTỉnh đoàn Hưng Yên",
                                         "trước ngày 30/6/2025", "Chưa thực hiện"));
  EXPECT_EQ(rows[5].cells[1], samples::kDiacriticSentence);
  EXPECT_EQ(rows[5].cells[3], "");
  // Totals: values a non-calculating reader sees, not formulas showing 0.
  EXPECT_EQ(rows[6].row_number, 9);
  EXPECT_THAT(rows[6].cells, ElementsAre("", "Tổng số nhiệm vụ", "3"));
  EXPECT_THAT(rows[7].cells, ElementsAre("", "Chưa thực hiện", "2"));
  EXPECT_THAT(rows[8].cells, ElementsAre("", "Đang thực hiện", "1"));
}

// The header row is frozen, the text wraps, the columns have fixed widths.
TEST(RenderTaskTableXlsx, FreezesTheHeaderAndWraps) {
  Result<std::string> bytes = RenderTaskTableXlsx(ConclusionTasks(samples::ConclusionNotice()));
  ASSERT_TRUE(bytes.ok());
  std::optional<std::string> sheet = test_support::ZipEntry(*bytes, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet.has_value());
  EXPECT_THAT(*sheet,
              ::testing::HasSubstr(
                  R"(<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>)"));
  EXPECT_THAT(*sheet, ::testing::HasSubstr(R"(<col min="2" max="2" width="55.7109375")"));
  EXPECT_THAT(*sheet, ::testing::HasSubstr("<f>COUNTA(B5:B7)</f><v>3</v>"));
  std::optional<std::string> styles = test_support::ZipEntry(*bytes, "xl/styles.xml");
  ASSERT_TRUE(styles.has_value());
  EXPECT_THAT(*styles, ::testing::HasSubstr("wrapText=\"1\""));
  EXPECT_THAT(*styles, ::testing::HasSubstr("Times New Roman"));
}

TEST(RenderTaskTableXlsx, EmptyListStillHasItsHeaderAndAZeroTotal) {
  TaskTable table;
  table.title = "DANH MỤC NHIỆM VỤ";
  const std::vector<import::SheetRow> rows = ReadBack(table);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_THAT(rows[2].cells, ElementsAre("", "Tổng số nhiệm vụ", "0"));
}

TEST(RenderTaskTableXlsx, NamesBadFields) {
  TaskTable table;
  table.tasks.push_back({"", "", {}, "", ""});
  table.tasks.push_back({"Nội dung", "Sở Nội vụ", {"\xFF"}, "", ""});
  Result<std::string> bytes = RenderTaskTableXlsx(table);
  ASSERT_FALSE(bytes.ok());
  std::vector<std::string> fields;
  for (const FieldError& f : bytes.error().fields()) fields.push_back(f.field);
  EXPECT_THAT(fields, ::testing::UnorderedElementsAre("title", "tasks[0].content", "tasks[0].lead",
                                                      "tasks[1].coordinating"));
}

TEST(ToBodyTable, DropsTheStatusColumnWhenNothingIsTracked) {
  TaskTable table = RelayTasks(samples::RelayLetter());
  Table with_status = ToBodyTable(table);
  EXPECT_EQ(with_status.columns.size(), 6u);
  for (TaskRow& t : table.tasks) t.status.clear();
  Table without = ToBodyTable(table);
  EXPECT_EQ(without.columns.size(), 5u);
  EXPECT_EQ(without.column_weights.size(), 5u);
  EXPECT_THAT(without.rows[0],
              ElementsAre("1", "Tổ chức các lớp bồi dưỡng kỹ năng số cho thanh niên",
                          "Sở Khoa học và Công nghệ", "", "thường xuyên"));
}

}  // namespace
}  // namespace doithoai::documents
