#include "import/question_sheet.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "import/test_files.h"

namespace doithoai::import {
namespace {

using test_files::WriteXlsx;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

std::vector<QuestionRow> ReadOk(std::string_view bytes, std::string_view filename,
                                const ReadLimits& limits = {}) {
  Result<std::vector<QuestionRow>> rows = ReadQuestionSheet(bytes, filename, limits);
  EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message());
  return rows.ok() ? *rows : std::vector<QuestionRow>();
}

// The field and reason of the single field error of a failed read.
FieldError ErrorOf(const Result<std::vector<QuestionRow>>& rows) {
  EXPECT_FALSE(rows.ok());
  if (rows.ok() || rows.error().fields().size() != 1) return {};
  return rows.error().fields()[0];
}

void WriteRow(lxw_worksheet* sheet, int row, std::initializer_list<const char*> cells) {
  int column = 0;
  for (const char* cell : cells) {
    if (*cell) worksheet_write_string(sheet, row, column, cell, nullptr);
    ++column;
  }
}

TEST(ReadQuestionSheet, ReadsTheYouthUnionTemplateWithTitleAboveTheHeader) {
  std::string bytes = WriteXlsx([](lxw_workbook*, lxw_worksheet* sheet) {
    WriteRow(sheet, 0, {"TỔNG HỢP CÂU HỎI CỦA THANH NIÊN PHƯỜNG BẾN NGHÉ"});
    WriteRow(sheet, 2,
             {"STT", "Nội dung câu hỏi", "Đơn vị", "Người tổng hợp", "Số thanh niên", "Tuổi",
              "Ghi chú"});
    worksheet_write_number(sheet, 3, 0, 1, nullptr);
    WriteRow(sheet, 3,
             {"", "Thành phố có chính sách gì cho thanh niên khởi nghiệp?", "Chi đoàn khu phố 1",
              "Nguyễn Văn An", "", "", "đã gộp 3 ý kiến"});
    worksheet_write_number(sheet, 3, 4, 3, nullptr);
    worksheet_write_number(sheet, 3, 5, 24, nullptr);
    worksheet_write_number(sheet, 4, 0, 2, nullptr);  // an STT with nothing else: skipped
    worksheet_write_number(sheet, 5, 0, 3, nullptr);
    WriteRow(sheet, 5, {"", "Khi nào sửa đèn đường hẻm 12?", "Chi đoàn khu phố 2", "Lê Thị Bình"});
  });
  std::vector<QuestionRow> rows = ReadOk(bytes, "cau-hoi-ben-nghe.xlsx");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].row_number, 4);
  EXPECT_EQ(rows[0].input.text, "Thành phố có chính sách gì cho thanh niên khởi nghiệp?");
  EXPECT_EQ(rows[0].input.branch, "Chi đoàn khu phố 1");
  EXPECT_EQ(rows[0].input.compiled_by, "Nguyễn Văn An");
  EXPECT_EQ(rows[0].input.represents, "3");
  EXPECT_EQ(rows[0].input.age, "24");
  EXPECT_EQ(rows[1].row_number, 6);
  EXPECT_EQ(rows[1].input.represents, "");
  EXPECT_EQ(rows[1].input.age, "");
}

TEST(ReadQuestionSheet, ReadsAnExcelCsvWithSemicolonsAndEnglishHeaders) {
  std::vector<QuestionRow> rows = ReadOk(
      "\xEF\xBB\xBFtext;branch;compiled_by;represents;age\r\n"
      "\"Xin hỏi, khi nào có \"\"điểm học tập cộng đồng\"\"?\";Chi đoàn A;Phạm C;10;19\r\n",
      "questions.CSV");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].row_number, 2);
  EXPECT_EQ(rows[0].input.text, "Xin hỏi, khi nào có \"điểm học tập cộng đồng\"?");
  EXPECT_EQ(rows[0].input.branch, "Chi đoàn A");
  EXPECT_EQ(rows[0].input.compiled_by, "Phạm C");
  EXPECT_EQ(rows[0].input.represents, "10");
  EXPECT_EQ(rows[0].input.age, "19");
}

TEST(ReadQuestionSheet, MatchesHeadersWithoutAccentsCaseOrDecoration) {
  std::vector<QuestionRow> rows = ReadOk(
      "TT,NOI DUNG CAU HOI (*),Chi Đoàn:,Người tổng hợp câu hỏi,Số lượng thanh niên,"
      "Độ tuổi (16-30)\n"
      "1,câu hỏi,cđ,người,5,20\n",
      "x.csv");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].input.text, "câu hỏi");
  EXPECT_EQ(rows[0].input.branch, "cđ");
  EXPECT_EQ(rows[0].input.compiled_by, "người");
  EXPECT_EQ(rows[0].input.represents, "5");
  EXPECT_EQ(rows[0].input.age, "20");
}

TEST(ReadQuestionSheet, RecognisesEveryDocumentedAlias) {
  struct Case {
    const char* header;
    std::string BatchRowInput::*field;
  };
  const Case cases[] = {
      {"Nội dung câu hỏi", &BatchRowInput::text},
      {"Nội dung", &BatchRowInput::text},
      {"Câu hỏi", &BatchRowInput::text},
      {"Ý kiến", &BatchRowInput::text},
      {"Nội dung ý kiến", &BatchRowInput::text},
      {"Question", &BatchRowInput::text},
      {"Đơn vị", &BatchRowInput::branch},
      {"Chi đoàn", &BatchRowInput::branch},
      {"Cơ sở Đoàn", &BatchRowInput::branch},
      {"Tên đơn vị", &BatchRowInput::branch},
      {"Tên chi đoàn", &BatchRowInput::branch},
      {"Branch", &BatchRowInput::branch},
      {"Người tổng hợp", &BatchRowInput::compiled_by},
      {"Compiled by", &BatchRowInput::compiled_by},
      {"Số thanh niên", &BatchRowInput::represents},
      {"Thay mặt số thanh niên", &BatchRowInput::represents},
      {"Represents", &BatchRowInput::represents},
      {"Tuổi", &BatchRowInput::age},
      {"Age", &BatchRowInput::age},
      {"text", &BatchRowInput::text},
      {"compiled_by", &BatchRowInput::compiled_by},
      {"Người tổng hợp câu hỏi", &BatchRowInput::compiled_by},
      {"Số lượng thanh niên", &BatchRowInput::represents},
      {"Độ tuổi", &BatchRowInput::age},
  };
  for (const Case& c : cases) {
    // The tested header comes first, so it wins over the English one naming the same field.
    std::vector<QuestionRow> rows = ReadOk(
        std::string(c.header) + ",text,branch,compiled_by,represents,age\nx,t,b,c,r,a\n", "f.csv");
    ASSERT_EQ(rows.size(), 1u) << c.header;
    EXPECT_EQ(rows[0].input.*c.field, "x") << c.header;
  }
}

TEST(ReadQuestionSheet, HeaderTypedDecomposedStillMatchesAndCellsStayRaw) {
  const std::string nfd_header = "No\xCC\xA3\xCC\x82i dung";  // "Nội dung" as NFD
  const std::string nfd_text =
      "Vie\xCC\xA3\xCC\x82"
      "c làm cho thanh niên?";
  std::vector<QuestionRow> rows =
      ReadOk(nfd_header + ",Đơn vị,Người tổng hợp\n" + nfd_text + ",A,B\n", "f.csv");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].input.text, nfd_text);
}

TEST(ReadQuestionSheet, DoesNotValidateCellContents) {
  std::vector<QuestionRow> rows =
      ReadOk("Nội dung câu hỏi,Đơn vị,Người tổng hợp,Số thanh niên,Tuổi\nngắn,,,nhiều,mười chín\n",
             "f.csv");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].input.text, "ngắn");
  EXPECT_EQ(rows[0].input.branch, "");
  EXPECT_EQ(rows[0].input.represents, "nhiều");
  EXPECT_EQ(rows[0].input.age, "mười chín");
}

TEST(ReadQuestionSheet, SkipsRowsWhoseMappedCellsAreBlank) {
  std::vector<QuestionRow> rows = ReadOk(
      "STT,Nội dung câu hỏi,Đơn vị,Người tổng hợp,Ghi chú\n"
      "1,Câu một,A,B,\n"
      "2,  , ,\t,chỉ có ghi chú\n"
      ",,,,\n"
      "4,Câu bốn,A,B,\n",
      "f.csv");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].row_number, 2);
  EXPECT_EQ(rows[1].row_number, 5);
}

TEST(ReadQuestionSheet, NamesEveryMissingRequiredColumn) {
  FieldError error = ErrorOf(ReadQuestionSheet("Nội dung câu hỏi,Tuổi\nCâu hỏi,20\n", "f.csv"));
  EXPECT_EQ(error.field, "columns");
  EXPECT_THAT(error.reason, AllOf(HasSubstr("Đơn vị"), HasSubstr("Người tổng hợp"),
                                  Not(HasSubstr("Nội dung câu hỏi"))));

  error = ErrorOf(ReadQuestionSheet("Đơn vị,Người tổng hợp\nA,B\n", "f.csv"));
  EXPECT_EQ(error.field, "columns");
  EXPECT_THAT(error.reason, AllOf(HasSubstr("Nội dung câu hỏi"), Not(HasSubstr("Đơn vị"))));

  error = ErrorOf(ReadQuestionSheet("a,b,c\n1,2,3\n", "f.csv"));
  EXPECT_EQ(error.field, "columns");
  EXPECT_THAT(error.reason, AllOf(HasSubstr("Nội dung câu hỏi"), HasSubstr("Đơn vị"),
                                  HasSubstr("Người tổng hợp")));
}

TEST(ReadQuestionSheet, LooksForTheHeaderOnlyInTheFirstTenRows) {
  std::string title_rows;
  for (int i = 1; i <= 10; ++i) title_rows += "Ghi chú " + std::to_string(i) + "\n";
  const std::string header = "Nội dung câu hỏi,Đơn vị,Người tổng hợp\nCâu hỏi,A,B\n";
  EXPECT_EQ(ErrorOf(ReadQuestionSheet(title_rows + header, "f.csv")).field, "columns");
  EXPECT_EQ(ReadOk(title_rows.substr(title_rows.find('\n') + 1) + header, "f.csv").size(), 1u);
}

TEST(ReadQuestionSheet, RefusesAFileWithoutQuestions) {
  FieldError error =
      ErrorOf(ReadQuestionSheet("Nội dung câu hỏi,Đơn vị,Người tổng hợp\n", "f.csv"));
  EXPECT_EQ(error.field, "file");
  EXPECT_EQ(error.reason, "tệp không có câu hỏi nào");

  std::string header_only = WriteXlsx([](lxw_workbook*, lxw_worksheet* sheet) {
    WriteRow(sheet, 0, {"Nội dung câu hỏi", "Đơn vị", "Người tổng hợp"});
  });
  EXPECT_EQ(ErrorOf(ReadQuestionSheet(header_only, "f.xlsx")).reason, "tệp không có câu hỏi nào");

  std::string blank = WriteXlsx([](lxw_workbook*, lxw_worksheet*) {});
  EXPECT_EQ(ErrorOf(ReadQuestionSheet(blank, "f.xlsx")).reason, "tệp không có câu hỏi nào");
  EXPECT_EQ(ErrorOf(ReadQuestionSheet("\xEF\xBB\xBF\r\n", "f.csv")).reason,
            "tệp không có câu hỏi nào");
}

TEST(ReadQuestionSheet, RefusesAnEmptyFile) {
  EXPECT_EQ(ErrorOf(ReadQuestionSheet("", "f.csv")).reason, "tệp rỗng");
  EXPECT_EQ(ErrorOf(ReadQuestionSheet("", "f.xlsx")).reason, "tệp rỗng");
}

TEST(ReadQuestionSheet, PicksTheReaderByExtensionIgnoringCase) {
  const std::string csv = "text,branch,compiled_by\nCâu hỏi,A,B\n";
  EXPECT_EQ(ReadOk(csv, "Danh Sach.CSV").size(), 1u);
  std::string xlsx = WriteXlsx([](lxw_workbook*, lxw_worksheet* sheet) {
    WriteRow(sheet, 0, {"text", "branch", "compiled_by"});
    WriteRow(sheet, 1, {"Câu hỏi", "A", "B"});
  });
  EXPECT_EQ(ReadOk(xlsx, "C:\\Users\\doan\\Câu hỏi.XLSX").size(), 1u);
}

TEST(ReadQuestionSheet, RefusesOtherExtensions) {
  const std::string csv = "text,branch,compiled_by\nCâu hỏi,A,B\n";
  for (const char* name : {"f.xls", "f.txt", "f.ods", "f", "", "csv", "f.csv.exe", "f.xlsx."}) {
    FieldError error = ErrorOf(ReadQuestionSheet(csv, name));
    EXPECT_EQ(error.field, "filename") << name;
  }
}

TEST(ReadQuestionSheet, RefusesBytesThatDoNotMatchTheExtension) {
  std::string xlsx = WriteXlsx([](lxw_workbook*, lxw_worksheet* sheet) {
    WriteRow(sheet, 0, {"text", "branch", "compiled_by"});
    WriteRow(sheet, 1, {"Câu hỏi", "A", "B"});
  });
  FieldError error = ErrorOf(ReadQuestionSheet(xlsx, "f.csv"));
  EXPECT_EQ(error.field, "file");
  EXPECT_THAT(error.reason, HasSubstr(".csv"));

  error = ErrorOf(ReadQuestionSheet("text,branch,compiled_by\nCâu hỏi,A,B\n", "f.xlsx"));
  EXPECT_EQ(error.field, "file");
  EXPECT_THAT(error.reason, HasSubstr(".xlsx"));
}

TEST(ReadQuestionSheet, RefusesBinaryJunkUnderEitherName) {
  std::string junk;
  for (int i = 0; i < 2048; ++i) junk += static_cast<char>((i * 7919 + 13) % 251);
  for (const char* name : {"f.csv", "f.xlsx"}) {
    Result<std::vector<QuestionRow>> rows = ReadQuestionSheet(junk, name);
    ASSERT_FALSE(rows.ok()) << name;
    EXPECT_EQ(rows.error().code(), ErrorCode::kInvalid) << name;
    EXPECT_EQ(ErrorOf(rows).field, "file") << name;
  }
}

TEST(ReadQuestionSheet, PassesReaderLimitsThrough) {
  std::string csv = "text,branch,compiled_by\n";
  for (int i = 0; i < 5; ++i) csv += "Câu hỏi số " + std::to_string(i) + ",A,B\n";
  ReadLimits limits;
  limits.max_rows = 5;
  Result<std::vector<QuestionRow>> rows = ReadQuestionSheet(csv, "f.csv", limits);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kTooLarge);

  limits = {};
  limits.max_bytes = 64;
  rows = ReadQuestionSheet(csv, "f.csv", limits);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kTooLarge);
}

}  // namespace
}  // namespace doithoai::import
