#include "import/csv_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace doithoai::import {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Cells(std::initializer_list<std::string> cells) { return cells; }

std::vector<SheetRow> ReadOk(std::string_view bytes, const ReadLimits& limits = {}) {
  Result<std::vector<SheetRow>> rows = ReadCsv(bytes, limits);
  EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message());
  return rows.ok() ? *rows : std::vector<SheetRow>();
}

// The reason of the single field error, or "" when `result` succeeded.
std::string ReasonOf(const Result<std::vector<SheetRow>>& result) {
  if (result.ok() || result.error().fields().empty()) return "";
  return result.error().fields().front().reason;
}

TEST(ReadCsv, Rfc4180QuotedFieldsEscapedQuotesAndLineBreaks) {
  std::vector<SheetRow> rows = ReadOk(
      "Nội dung câu hỏi,Đơn vị\n"
      "\"Vì sao \"\"chuyển đổi số\"\" ở xã\nlại chậm, thưa anh?\",Chi đoàn Phường 1\n"
      "Câu hỏi tiếp theo,\"Chi đoàn, khu phố 2\"\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].row_number, 1);
  EXPECT_EQ(rows[1].row_number, 2);
  EXPECT_EQ(rows[1].cells,
            Cells({"Vì sao \"chuyển đổi số\" ở xã\nlại chậm, thưa anh?", "Chi đoàn Phường 1"}));
  // A line break inside quotes does not start a new spreadsheet row.
  EXPECT_EQ(rows[2].row_number, 3);
  EXPECT_EQ(rows[2].cells, Cells({"Câu hỏi tiếp theo", "Chi đoàn, khu phố 2"}));
}

TEST(ReadCsv, StripsBomAndAcceptsCrlfLfAndLoneCr) {
  std::vector<SheetRow> rows = ReadOk("\xEF\xBB\xBFText,Branch\r\na,b\nc,d\re,f");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].cells, Cells({"Text", "Branch"}));  // no BOM left on the first header
  EXPECT_EQ(rows[3].cells, Cells({"e", "f"}));
  EXPECT_EQ(rows[3].row_number, 4);
}

TEST(ReadCsv, KeepsCrlfInsideQuotesAsWritten) {
  std::vector<SheetRow> rows = ReadOk("a\r\n\"dòng 1\r\ndòng 2\"\r\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].cells, Cells({"dòng 1\r\ndòng 2"}));
}

TEST(ReadCsv, DetectsSemicolonFromExcelInVietnameseLocaleDespiteCommasInText) {
  // Excel with a comma decimal mark writes ';' and leaves commas in prose unquoted.
  std::vector<SheetRow> rows = ReadOk(
      "Nội dung câu hỏi;Đơn vị;Người tổng hợp;Số thanh niên\n"
      "Xin hỏi, khi nào, ở đâu, bằng cách nào thanh niên được hỗ trợ vay vốn?;Chi đoàn "
      "A;Lê Văn B;12\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].cells.size(), 4u);
  EXPECT_EQ(rows[1].cells[0],
            "Xin hỏi, khi nào, ở đâu, bằng cách nào thanh niên được hỗ trợ vay vốn?");
  EXPECT_EQ(rows[1].cells[3], "12");
}

TEST(ReadCsv, DetectsSemicolonWhenTheHeaderFollowsAPaddedTitleRow) {
  std::vector<SheetRow> rows =
      ReadOk("DANH SÁCH CÂU HỎI, ĐỢT 1;;\n;;\nNội dung;Đơn vị;Người tổng hợp\nx, y;z;t\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells, Cells({"DANH SÁCH CÂU HỎI, ĐỢT 1"}));
  EXPECT_EQ(rows[1].row_number, 3);
  EXPECT_EQ(rows[2].cells, Cells({"x, y", "z", "t"}));
}

TEST(ReadCsv, DetectsTab) {
  std::vector<SheetRow> rows = ReadOk("text\tbranch\nmột, hai; ba\tChi đoàn\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].cells, Cells({"một, hai; ba", "Chi đoàn"}));
}

TEST(ReadCsv, KeepsCommaWhenSemicolonsAreOnlyInsideQuotes) {
  std::vector<SheetRow> rows = ReadOk("text,branch\n\"a; b; c; d\",Chi đoàn\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].cells, Cells({"a; b; c; d", "Chi đoàn"}));
}

TEST(ReadCsv, SingleColumnFileUsesComma) {
  std::vector<SheetRow> rows = ReadOk("text\nmột câu hỏi\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].cells, Cells({"một câu hỏi"}));
}

TEST(ReadCsv, SkipsEmptyRowsButKeepsTheirNumbers) {
  std::vector<SheetRow> rows = ReadOk("a,b\n\n,,\n\"\",\nc,d\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].row_number, 5);
  EXPECT_EQ(rows[1].cells, Cells({"c", "d"}));
}

TEST(ReadCsv, KeepsInnerEmptyCellsAndDropsTrailingOnes) {
  std::vector<SheetRow> rows = ReadOk("a,,c,,,\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells, Cells({"a", "", "c"}));
}

TEST(ReadCsv, KeepsStrayQuotesLiterally) {
  std::vector<SheetRow> rows = ReadOk("5\" màn hình,\"a\"b\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells, Cells({"5\" màn hình", "ab"}));
}

TEST(ReadCsv, EmptyInputHasNoRows) {
  EXPECT_TRUE(ReadOk("").empty());
  EXPECT_TRUE(ReadOk("\xEF\xBB\xBF").empty());
  EXPECT_TRUE(ReadOk("\n\r\n,,,\n").empty());
}

TEST(ReadCsv, ReturnsDecomposedVietnameseUntouched) {
  // "Việc" typed on macOS arrives as NFD; composing is CleanText's job, later.
  const std::string nfd =
      "Vie\xCC\xA3\xCC\x82"
      "c làm";
  std::vector<SheetRow> rows = ReadOk("text\n" + nfd + "\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].cells, Cells({nfd}));
}

TEST(ReadCsv, RejectsInvalidUtf8NamingTheRow) {
  // "Thanh niên" saved as Windows-1258 instead of UTF-8.
  Result<std::vector<SheetRow>> rows = ReadCsv("text,branch\nThanh ni\xEAn,Chi \xF0oàn\n", {});
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(rows.error().fields().front().field, "file");
  EXPECT_THAT(ReasonOf(rows), HasSubstr("dòng 2"));
  EXPECT_THAT(ReasonOf(rows), HasSubstr("UTF-8"));
}

TEST(ReadCsv, InvalidUtf8RowNumberCountsRecordsNotLines) {
  Result<std::vector<SheetRow>> rows = ReadCsv("a\n\"x\ny\"\n\xC3\x28\n", {});
  ASSERT_FALSE(rows.ok());
  EXPECT_THAT(ReasonOf(rows), HasSubstr("dòng 3"));
}

TEST(ReadCsv, RejectsUtf16AndBinary) {
  Result<std::vector<SheetRow>> utf16 = ReadCsv(std::string("\xFF\xFEt\0e\0x\0t\0", 10), {});
  ASSERT_FALSE(utf16.ok());
  EXPECT_THAT(ReasonOf(utf16), HasSubstr("UTF-16"));

  Result<std::vector<SheetRow>> binary = ReadCsv(std::string("GIF89a\0\x01\x02\xFF\xFE", 11), {});
  ASSERT_FALSE(binary.ok());
  EXPECT_EQ(binary.error().code(), ErrorCode::kInvalid);

  Result<std::vector<SheetRow>> junk = ReadCsv("\x89PNG\r\n\x1A\n\xDE\xAD\xBE\xEF", {});
  ASSERT_FALSE(junk.ok());
  EXPECT_EQ(junk.error().code(), ErrorCode::kInvalid);
}

TEST(ReadCsv, RejectsAnUnterminatedQuoteNamingTheRowWhereItOpened) {
  Result<std::vector<SheetRow>> rows =
      ReadCsv("text,branch\nđúng,Chi đoàn\n\"Câu hỏi chưa đóng ngoặc,Chi đoàn\nhết tệp\n", {});
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kInvalid);
  EXPECT_THAT(ReasonOf(rows), HasSubstr("dòng 3"));
}

TEST(ReadCsv, EnforcesMaxBytes) {
  ReadLimits limits;
  limits.max_bytes = 16;
  EXPECT_TRUE(ReadCsv("text\n0123456789\n", limits).ok());  // exactly 16 bytes
  Result<std::vector<SheetRow>> rows = ReadCsv("text\n0123456789a\n", limits);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kTooLarge);
  EXPECT_EQ(rows.error().fields().front().field, "file");
}

TEST(ReadCsv, EnforcesMaxRowsCountingOnlyNonEmptyRows) {
  ReadLimits limits;
  limits.max_rows = 3;
  EXPECT_EQ(ReadOk("h\n1\n\n\n2\n", limits).size(), 3u);
  Result<std::vector<SheetRow>> rows = ReadCsv("h\n1\n2\n3\n", limits);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kTooLarge);
}

TEST(ReadCsv, EnforcesMaxColumnsIgnoringTrailingPadding) {
  ReadLimits limits;
  limits.max_columns = 3;
  EXPECT_EQ(ReadOk("a,b,c,,,,,,\n", limits).size(), 1u);
  Result<std::vector<SheetRow>> rows = ReadCsv("a,b,c\na,b,c,d\n", limits);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kTooLarge);
  EXPECT_THAT(ReasonOf(rows), HasSubstr("dòng 2"));
}

}  // namespace
}  // namespace doithoai::import
