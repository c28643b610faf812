#include "import/xlsx_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <random>

#include "import/test_files.h"
#include "import/zip_archive.h"
#include "text/normalize.h"

namespace doithoai::import {
namespace {

using test_files::MinimalXlsx;
using test_files::MinimalXlsxEntries;
using test_files::WriteXlsx;
using test_files::ZipOf;
using ::testing::HasSubstr;

using Cells = std::vector<std::string>;

std::vector<SheetRow> ReadOk(std::string_view bytes, const ReadLimits& limits = {}) {
  Result<std::vector<SheetRow>> rows = ReadXlsx(bytes, limits);
  EXPECT_TRUE(rows.ok()) << (rows.ok() ? "" : rows.error().message());
  return rows.ok() ? *rows : std::vector<SheetRow>();
}

void ExpectInvalidFile(const Result<std::vector<SheetRow>>& rows, std::string_view reason_part) {
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kInvalid);
  ASSERT_EQ(rows.error().fields().size(), 1u);
  EXPECT_EQ(rows.error().fields()[0].field, "file");
  EXPECT_THAT(rows.error().fields()[0].reason, HasSubstr(std::string(reason_part)));
}

void ExpectTooLarge(const Result<std::vector<SheetRow>>& rows) {
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code(), ErrorCode::kTooLarge);
  EXPECT_EQ(rows.error().fields().front().field, "file");
}

// The sheet the way a Youth Union office fills in the template: a title, a blank row, the
// header on row 3, then questions with numbers and a blank cell.
std::string TemplateWorkbook(bool constant_memory = false) {
  return WriteXlsx(
      [](lxw_workbook*, lxw_worksheet* sheet) {
        worksheet_write_string(sheet, 0, 0, "DANH SÁCH CÂU HỎI ĐỐI THOẠI 2025", nullptr);
        const char* headers[] = {
            "STT", "Nội dung câu hỏi", "Đơn vị", "Người tổng hợp", "Số thanh niên", "Tuổi"};
        for (int c = 0; c < 6; ++c) worksheet_write_string(sheet, 2, c, headers[c], nullptr);
        worksheet_write_number(sheet, 3, 0, 1, nullptr);
        worksheet_write_string(sheet, 3, 1, "Đề nghị thành phố hỗ trợ thanh niên khởi nghiệp?",
                               nullptr);
        worksheet_write_string(sheet, 3, 2, "Chi đoàn Phường Bến Nghé", nullptr);
        worksheet_write_string(sheet, 3, 3, "Trần Thị Ánh", nullptr);
        worksheet_write_number(sheet, 3, 4, 25, nullptr);
        worksheet_write_number(sheet, 3, 5, 22, nullptr);
        worksheet_write_number(sheet, 4, 0, 2, nullptr);
        worksheet_write_string(sheet, 4, 1, "Khi nào có sân chơi cho thiếu nhi?", nullptr);
        worksheet_write_string(sheet, 4, 2, "Chi đoàn Phường Bến Nghé", nullptr);
        worksheet_write_string(sheet, 4, 3, "Trần Thị Ánh", nullptr);
        worksheet_write_number(sheet, 4, 4, 2.5, nullptr);  // Tuổi left blank
      },
      constant_memory);
}

TEST(ReadXlsx, ReadsARealWorkbookWithSharedStrings) {
  std::string bytes = TemplateWorkbook();
  std::vector<SheetRow> rows = ReadOk(bytes);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].row_number, 1);
  EXPECT_EQ(rows[0].cells, Cells({"DANH SÁCH CÂU HỎI ĐỐI THOẠI 2025"}));
  EXPECT_EQ(rows[1].row_number, 3);
  EXPECT_EQ(rows[1].cells, Cells({"STT", "Nội dung câu hỏi", "Đơn vị", "Người tổng hợp",
                                  "Số thanh niên", "Tuổi"}));
  EXPECT_EQ(rows[2].row_number, 4);
  EXPECT_EQ(rows[2].cells, Cells({"1", "Đề nghị thành phố hỗ trợ thanh niên khởi nghiệp?",
                                  "Chi đoàn Phường Bến Nghé", "Trần Thị Ánh", "25", "22"}));
  EXPECT_EQ(rows[3].row_number, 5);
  EXPECT_EQ(rows[3].cells, Cells({"2", "Khi nào có sân chơi cho thiếu nhi?",
                                  "Chi đoàn Phường Bến Nghé", "Trần Thị Ánh", "2.5"}));
}

TEST(ReadXlsx, ReadsARealWorkbookWithInlineStrings) {
  std::string bytes = TemplateWorkbook(/*constant_memory=*/true);
  // Make sure the file really exercises t="inlineStr" rather than the shared string table.
  Result<ZipArchive> zip = ZipArchive::Open(bytes, {});
  ASSERT_TRUE(zip.ok());
  Result<std::optional<std::string>> sheet = zip->Read("xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet.ok() && sheet->has_value());
  ASSERT_THAT(**sheet, HasSubstr("t=\"inlineStr\""));

  EXPECT_EQ(ReadOk(bytes).size(), 4u);
  EXPECT_EQ(ReadOk(bytes)[2].cells, ReadOk(TemplateWorkbook())[2].cells);
}

TEST(ReadXlsx, PlacesCellsByReferenceLeavingGapsEmpty) {
  std::string bytes = WriteXlsx([](lxw_workbook*, lxw_worksheet* sheet) {
    worksheet_write_string(sheet, 6, 2, "C7", nullptr);
    worksheet_write_string(sheet, 6, 0, "A7", nullptr);
    worksheet_write_blank(sheet, 6, 5, nullptr);  // a formatted but empty cell
    worksheet_write_string(sheet, 9, 27, "AB10", nullptr);
  });
  std::vector<SheetRow> rows = ReadOk(bytes);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].row_number, 7);
  EXPECT_EQ(rows[0].cells, Cells({"A7", "", "C7"}));
  EXPECT_EQ(rows[1].row_number, 10);
  ASSERT_EQ(rows[1].cells.size(), 28u);
  EXPECT_EQ(rows[1].cells[27], "AB10");
}

TEST(ReadXlsx, ReadsBooleansFormulaResultsAndRichText) {
  std::string bytes = WriteXlsx([](lxw_workbook* workbook, lxw_worksheet* sheet) {
    worksheet_write_boolean(sheet, 0, 0, 1, nullptr);
    worksheet_write_boolean(sheet, 0, 1, 0, nullptr);
    worksheet_write_formula_str(sheet, 0, 2, "=\"Chi \"&\"đoàn\"", nullptr, "Chi đoàn");
    worksheet_write_formula_num(sheet, 0, 3, "=20+5", nullptr, 25);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_rich_string_tuple plain = {.format = nullptr, .string = (char*)"Vì sao "};
    lxw_rich_string_tuple strong = {.format = bold, .string = (char*)"thanh niên"};
    lxw_rich_string_tuple tail = {.format = nullptr, .string = (char*)" ít việc làm?"};
    lxw_rich_string_tuple* runs[] = {&plain, &strong, &tail, nullptr};
    worksheet_write_rich_string(sheet, 0, 4, runs, nullptr);
  });
  std::vector<SheetRow> rows = ReadOk(bytes);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells,
            Cells({"TRUE", "FALSE", "Chi đoàn", "25", "Vì sao thanh niên ít việc làm?"}));
}

TEST(ReadXlsx, ReadsHandMadeInlineRichTextAndStrCells) {
  std::string bytes = MinimalXlsx(
      "<row r=\"2\">"
      "<c r=\"A2\" t=\"inlineStr\"><is><r><t>Việc </t></r><r><rPr><b/></rPr>"
      "<t xml:space=\"preserve\">làm </t></r><r><t>cho ai?</t></r></is></c>"
      "<c r=\"B2\" t=\"str\"><f>A1</f><v>kết quả</v></c>"
      "<c r=\"C2\" t=\"e\"><v>#N/A</v></c>"
      "<c r=\"D2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  </t></is></c>"
      "<c r=\"E2\" t=\"inlineStr\"><is><t>dòng 1_x000D_\ndòng 2</t></is></c>"
      "</row>");
  std::vector<SheetRow> rows = ReadOk(bytes);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].row_number, 2);
  EXPECT_EQ(rows[0].cells,
            Cells({"Việc làm cho ai?", "kết quả", "#N/A", "  ", "dòng 1\r\ndòng 2"}));
}

TEST(ReadXlsx, SharedStringsJoinRunsAndSkipPhoneticText) {
  std::string bytes = MinimalXlsx(
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>",
      "<si><r><t>Đối </t></r><r><rPr><i/></rPr><t>thoại</t></r><rPh><t>PHONETIC</t></rPh></si>"
      "<si><t>Chi đoàn</t></si>");
  std::vector<SheetRow> rows = ReadOk(bytes);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells, Cells({"Đối thoại", "Chi đoàn"}));
}

TEST(ReadXlsx, CellsAndRowsWithoutReferencesFollowThePreviousOne) {
  std::string bytes = MinimalXlsx(
      "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c></row>"
      "<row r=\"5\"><c r=\"B5\"><v>2</v></c><c><v>3</v></c></row>"
      "<row><c><v>4</v></c></row>");
  std::vector<SheetRow> rows = ReadOk(bytes);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].row_number, 1);
  EXPECT_EQ(rows[0].cells, Cells({"a", "1"}));
  EXPECT_EQ(rows[1].cells, Cells({"", "2", "3"}));
  EXPECT_EQ(rows[2].row_number, 6);
}

TEST(ReadXlsx, ReadsTheFirstSheetInWorkbookOrderWithPrefixedNamesAndAbsoluteTargets) {
  std::string main_ns(test_files::kMainNs), rel_ns(test_files::kRelNs);
  auto sheet = [&](std::string_view text) {
    return "<x:worksheet xmlns:x=\"" + main_ns +
           "\"><x:sheetData><x:row r=\"1\">"
           "<x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>" +
           std::string(text) + "</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>";
  };
  std::string bytes = ZipOf({
      {"xl/workbook.xml",
       "<x:workbook xmlns:x=\"" + main_ns + "\" xmlns:rel=\"" + rel_ns +
           "\"><x:sheets><x:sheet name=\"Câu hỏi\" sheetId=\"7\" rel:id=\"rId9\"/>"
           "<x:sheet name=\"Hướng dẫn\" sheetId=\"1\" rel:id=\"rId1\"/></x:sheets></x:workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" +
           rel_ns +
           "/worksheet\" Target=\"worksheets/a.xml\"/>"
           "<Relationship Id=\"rId9\" Type=\"" +
           rel_ns + "/worksheet\" Target=\"/xl/worksheets/../worksheets/b.xml\"/></Relationships>"},
      {"xl/worksheets/a.xml", sheet("hướng dẫn")},
      {"xl/worksheets/b.xml", sheet("câu hỏi")},
  });
  std::vector<SheetRow> rows = ReadOk(bytes);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells, Cells({"câu hỏi"}));
}

TEST(ReadXlsx, ReturnsDecomposedVietnameseUntouched) {
  const std::string nfd =
      "Vie\xCC\xA3\xCC\x82"
      "c làm";
  std::string bytes = WriteXlsx([&](lxw_workbook*, lxw_worksheet* sheet) {
    worksheet_write_string(sheet, 0, 0, nfd.c_str(), nullptr);
  });
  std::vector<SheetRow> rows = ReadOk(bytes);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells, Cells({nfd}));
}

TEST(ReadXlsx, EmptySheetHasNoRows) {
  EXPECT_TRUE(ReadOk(WriteXlsx([](lxw_workbook*, lxw_worksheet*) {})).empty());
}

TEST(ReadXlsx, RejectsWhatIsNotAZip) {
  ExpectInvalidFile(ReadXlsx("", {}), "không phải XLSX");
  ExpectInvalidFile(ReadXlsx("text,branch\nCâu hỏi,Chi đoàn\n", {}), "không phải XLSX");
  std::mt19937 random(42);
  std::string junk(4096, '\0');
  for (char& c : junk) c = static_cast<char>(random());
  ExpectInvalidFile(ReadXlsx(junk, {}), "không phải XLSX");
  ExpectInvalidFile(ReadXlsx("PK\x03\x04" + junk, {}), "không phải XLSX");
}

TEST(ReadXlsx, ExplainsAnOldXlsOrPasswordProtectedFile) {
  std::string ole = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + std::string(504, '\0');
  ExpectInvalidFile(ReadXlsx(ole, {}), "mật khẩu");
}

TEST(ReadXlsx, RejectsAZipThatIsNotAWorkbook) {
  std::string docx =
      ZipOf({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
  ExpectInvalidFile(ReadXlsx(docx, {}), "không phải XLSX");
}

TEST(ReadXlsx, RejectsAWorkbookWithoutSheets) {
  std::string bytes = ZipOf({{"xl/workbook.xml", "<workbook><sheets/></workbook>"}});
  ExpectInvalidFile(ReadXlsx(bytes, {}), "không có trang tính");
}

TEST(ReadXlsx, RejectsAWorkbookWhoseSheetPartIsMissing) {
  test_files::Entries entries = MinimalXlsxEntries("");
  std::erase_if(entries,
                [](const auto& entry) { return entry.first.starts_with("xl/worksheets"); });
  ExpectInvalidFile(ReadXlsx(ZipOf(entries), {}), "xl/worksheets/sheet1.xml");
}

TEST(ReadXlsx, RejectsATruncatedFile) {
  std::string bytes = TemplateWorkbook();
  for (size_t keep : {bytes.size() / 2, bytes.size() - 30, size_t{100}}) {
    ExpectInvalidFile(ReadXlsx(bytes.substr(0, keep), {}), "XLSX");
  }
}

TEST(ReadXlsx, RejectsACorruptedSheet) {
  std::string bytes = TemplateWorkbook();
  size_t name = bytes.find("xl/worksheets/sheet1.xml");
  ASSERT_NE(name, std::string::npos);
  for (size_t i = name + 40; i < name + 80; ++i) bytes[i] = static_cast<char>(~bytes[i]);
  ExpectInvalidFile(ReadXlsx(bytes, {}), "bị hỏng");
}

TEST(ReadXlsx, RejectsMalformedXmlAndBadReferences) {
  ExpectInvalidFile(ReadXlsx(MinimalXlsx("<row><c><v>1</v></row>"), {}), "bị hỏng");
  ExpectInvalidFile(ReadXlsx(MinimalXlsx("<row r=\"0\"><c><v>1</v></c></row>"), {}), "dòng 0");
  ExpectInvalidFile(ReadXlsx(MinimalXlsx("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"), {}),
                    "ô 1A");
  ExpectInvalidFile(ReadXlsx(MinimalXlsx("<row r=\"4\"><c r=\"B4\" t=\"s\"><v>3</v></c></row>",
                                         "<si><t>a</t></si>"),
                             {}),
                    "ô B4");
}

TEST(ReadXlsx, RejectsInvalidUtf8InACell) {
  ExpectInvalidFile(
      ReadXlsx(MinimalXlsx("<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>Thanh ni\xEAn</t>"
                           "</is></c></row>"),
               {}),
      "ô C2");
}

// Found by fuzz/xlsx_xml_fuzz.cc: the reader quoted a part name and references from the file
// as they were, so a Latin-1 byte in a relationship's Target gave an error message that was
// not UTF-8, which the JSON error body cannot hold (the import route answered 500).
TEST(ReadXlsx, ErrorsQuoteTheFileAsShortValidUtf8) {
  test_files::Entries entries = MinimalXlsxEntries("");
  for (auto& [name, content] : entries) {
    if (name == "xl/_rels/workbook.xml.rels") {
      content.replace(content.find("sheet1.xml"), 10, "sheet1.xm\xDD");
    }
  }
  Result<std::vector<SheetRow>> missing = ReadXlsx(ZipOf(entries), {});
  ExpectInvalidFile(missing, "xl/worksheets/sheet1.xm\uFFFD");
  EXPECT_TRUE(text::IsValidUtf8(missing.error().message() + missing.error().fields()[0].reason));

  Result<std::vector<SheetRow>> row = ReadXlsx(MinimalXlsx("<row r=\"7\xFF\"/>"), {});
  ExpectInvalidFile(row, "dòng 7\uFFFD");
  Result<std::vector<SheetRow>> cell =
      ReadXlsx(MinimalXlsx("<row r=\"1\"><c r=\"" + std::string(500, 'A') + "\xC3\"/></row>"), {});
  ExpectInvalidFile(cell, "ô AAAA");
  EXPECT_TRUE(text::IsValidUtf8(cell.error().fields()[0].reason));
  EXPECT_LT(cell.error().fields()[0].reason.size(), 200u) << "a reference is quoted short";
}

// Found by fuzz/xlsx_xml_fuzz.cc: rows 1, 3, 4, 2 were read in that order, and a cell given
// twice was overwritten, so two rows could share a number in the errors ("rows[2].age").
TEST(ReadXlsx, RejectsRowsAndCellsOutOfOrder) {
  ExpectInvalidFile(ReadXlsx(MinimalXlsx("<row r=\"4\"><c><v>1</v></c></row>"
                                         "<row r=\"2\"><c><v>2</v></c></row>"),
                             {}),
                    "dòng 2");
  ExpectInvalidFile(ReadXlsx(MinimalXlsx("<row r=\"3\"><c><v>1</v></c></row>"
                                         "<row r=\"3\"><c><v>2</v></c></row>"),
                             {}),
                    "dòng 3");
  ExpectInvalidFile(
      ReadXlsx(MinimalXlsx("<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>"),
               {}),
      "ô B1");
  ExpectInvalidFile(
      ReadXlsx(MinimalXlsx("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>"),
               {}),
      "ô B1");
  ExpectInvalidFile(ReadXlsx(MinimalXlsx("<row r=\"1048576\"><c><v>1</v></c></row><row><c><v>2</v>"
                                         "</c></row>"),
                             {}),
                    "dòng 1048577");
}

TEST(ReadXlsx, EnforcesMaxBytesBeforeOpening) {
  std::string bytes = TemplateWorkbook();
  ReadLimits limits;
  limits.max_bytes = bytes.size() - 1;
  ExpectTooLarge(ReadXlsx(bytes, limits));
  limits.max_bytes = bytes.size();
  EXPECT_TRUE(ReadXlsx(bytes, limits).ok());
}

TEST(ReadXlsx, EnforcesMaxRows) {
  std::string bytes = TemplateWorkbook();
  ReadLimits limits;
  limits.max_rows = 3;  // title + header + one question; the file has two questions
  ExpectTooLarge(ReadXlsx(bytes, limits));
  limits.max_rows = 4;
  EXPECT_TRUE(ReadXlsx(bytes, limits).ok());
}

TEST(ReadXlsx, EnforcesMaxColumnsOnlyForCellsWithValues) {
  std::string bytes = WriteXlsx([](lxw_workbook*, lxw_worksheet* sheet) {
    worksheet_write_string(sheet, 0, 0, "a", nullptr);
    worksheet_write_blank(sheet, 0, 30, nullptr);
    worksheet_write_string(sheet, 1, 5, "ngoài", nullptr);
  });
  ReadLimits limits;
  limits.max_columns = 5;
  Result<std::vector<SheetRow>> rows = ReadXlsx(bytes, limits);
  ExpectTooLarge(rows);
  EXPECT_THAT(rows.error().fields().front().reason, HasSubstr("ô F2"));
  limits.max_columns = 6;
  EXPECT_TRUE(ReadXlsx(bytes, limits).ok());
}

TEST(ReadXlsx, StopsAZipBombAtTheUncompressedLimit) {
  // 4 MB of rows that deflate to a few kilobytes.
  std::string rows_xml;
  while (rows_xml.size() < (4u << 20)) rows_xml += "<row><c><v>1</v></c></row>";
  std::string bytes = MinimalXlsx(rows_xml);
  ASSERT_LT(bytes.size(), 64u << 10);
  ReadLimits limits;
  limits.max_uncompressed = 1 << 20;
  limits.max_rows = 1 << 30;
  Result<std::vector<SheetRow>> rows = ReadXlsx(bytes, limits);
  ExpectTooLarge(rows);
  EXPECT_THAT(rows.error().fields().front().reason, HasSubstr("1 MB"));
}

TEST(ReadXlsx, TheUncompressedLimitCoversAllPartsTogether) {
  std::string strings;
  for (int i = 0; i < 2000; ++i)
    strings += "<si><t>chuỗi dùng chung số " + std::to_string(i) + "</t></si>";
  std::string bytes = MinimalXlsx("<row><c t=\"s\"><v>0</v></c></row>", strings);
  Result<ZipArchive> zip = ZipArchive::Open(bytes, {});
  ASSERT_TRUE(zip.ok());
  size_t total = 0;
  for (const char* part : {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
                           "xl/worksheets/sheet1.xml"}) {
    total += (*zip->Read(part))->size();
  }
  ReadLimits limits;
  limits.max_uncompressed = total;
  EXPECT_TRUE(ReadXlsx(bytes, limits).ok());
  limits.max_uncompressed = total - 1;
  ExpectTooLarge(ReadXlsx(bytes, limits));
}

}  // namespace
}  // namespace doithoai::import
