#include "documents/render/official_document.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace doithoai::documents {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

OfficialDocument Minimal() {
  OfficialDocument doc;
  doc.issuer = "ỦY BAN NHÂN DÂN PHƯỜNG PHỐ HIẾN";
  doc.number = "05";
  doc.symbol = "KH-UBND";
  doc.place = "Phố Hiến";
  doc.date = Date(2025, 1, 5);
  doc.type_name = "KẾ HOẠCH";
  doc.summary = "Tổ chức đối thoại với thanh niên năm 2025";
  doc.signer = {{"TM. ỦY BAN NHÂN DÂN"}, "CHỦ TỊCH", "Phạm Văn Bình"};
  return doc;
}

std::vector<std::string> FieldsOf(const Status& status) {
  std::vector<std::string> fields;
  if (!status.ok()) {
    for (const FieldError& f : status.error().fields()) fields.push_back(f.field);
  }
  return fields;
}

TEST(ValidateDocument, AcceptsACompleteDocument) { EXPECT_TRUE(ValidateDocument(Minimal()).ok()); }

// Bad input names every failing field at once.
TEST(ValidateDocument, NamesEveryMissingField) {
  OfficialDocument doc = Minimal();
  doc.issuer.clear();
  doc.type_name.clear();
  doc.symbol.clear();
  doc.signer.position.clear();
  Status status = ValidateDocument(doc);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kInvalid);
  EXPECT_THAT(FieldsOf(status),
              UnorderedElementsAre("issuer", "type_name", "symbol", "signer.position"));
}

// Decree 30: a công văn has no type name; any other document must have one.
TEST(ValidateDocument, LetterHasNoTypeName) {
  OfficialDocument doc = Minimal();
  doc.letter = true;
  EXPECT_THAT(FieldsOf(ValidateDocument(doc)), ElementsAre("type_name"));
  doc.type_name.clear();
  EXPECT_TRUE(ValidateDocument(doc).ok());
}

TEST(ValidateDocument, RefusesBadNumbersDatesTablesAndBytes) {
  OfficialDocument doc = Minimal();
  doc.number = "3a";
  doc.date.reset();  // and no year for the blank date
  doc.summary = "\xC3\x28";
  Table ragged;
  ragged.columns = {"STT", "Nội dung"};
  ragged.rows = {{"1"}};
  doc.body = {Block::Paragraph("ổn"), Block::TableBlock(ragged)};
  EXPECT_THAT(FieldsOf(ValidateDocument(doc)),
              UnorderedElementsAre("number", "year", "summary", "body[1].table"));
}

TEST(NumberLine, PrintsNumberOrLeavesTheBlank) {
  OfficialDocument doc = Minimal();
  EXPECT_EQ(NumberLine(doc), "Số: 05/KH-UBND");
  EXPECT_EQ(NumberSymbol(doc), "05/KH-UBND");
  doc.number.clear();
  EXPECT_EQ(NumberLine(doc), "Số:      /KH-UBND");
}

// Decree 30, Appendix I: days below 10 and months 1–2 take a leading zero.
TEST(PlaceDateLine, LeadingZerosOnlyWhereTheDecreeWantsThem) {
  OfficialDocument doc = Minimal();
  EXPECT_EQ(PlaceDateLine(doc), "Phố Hiến, ngày 05 tháng 01 năm 2025");
  doc.date = Date(2025, 2, 19);
  EXPECT_EQ(PlaceDateLine(doc), "Phố Hiến, ngày 19 tháng 02 năm 2025");
  doc.date = Date(2025, 3, 8);
  EXPECT_EQ(PlaceDateLine(doc), "Phố Hiến, ngày 08 tháng 3 năm 2025");
  doc.date = Date(2025, 12, 31);
  EXPECT_EQ(PlaceDateLine(doc), "Phố Hiến, ngày 31 tháng 12 năm 2025");
  doc.date.reset();
  doc.year = 2026;
  EXPECT_EQ(PlaceDateLine(doc), "Phố Hiến, ngày      tháng      năm 2026");
}

TEST(CopyLines, PunctuatedAndEndingWithTheArchive) {
  OfficialDocument doc = Minimal();
  doc.copies = {"Như trên", "Thường trực HĐND phường"};
  doc.archive = "VT, VHXH";
  EXPECT_THAT(CopyLines(doc),
              ElementsAre("- Như trên;", "- Thường trực HĐND phường;", "- Lưu: VT, VHXH."));
}

TEST(AddressedLines, OneOnTheLineOrAList) {
  OfficialDocument doc = Minimal();
  doc.addressed = {"Chủ tịch Ủy ban nhân dân tỉnh"};
  EXPECT_THAT(AddressedLines(doc), ElementsAre("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh."));
  doc.addressed = {"Các sở, ngành tỉnh", "Tỉnh đoàn"};
  EXPECT_THAT(AddressedLines(doc), ElementsAre("- Các sở, ngành tỉnh;", "- Tỉnh đoàn."));
}

TEST(AppendixLabel, RomanNumerals) {
  EXPECT_EQ(AppendixLabel(0), "Phụ lục I");
  EXPECT_EQ(AppendixLabel(3), "Phụ lục IV");
  EXPECT_EQ(AppendixLabel(25), "Phụ lục 26");
  OfficialDocument doc = Minimal();
  EXPECT_EQ(AppendixAttachedLine(doc), "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2025)");
}

TEST(Text, VietnameseCase) {
  EXPECT_EQ(ToUpperVietnamese("Ủy ban nhân dân phường Đồng Hòa"),
            "ỦY BAN NHÂN DÂN PHƯỜNG ĐỒNG HÒA");
  EXPECT_EQ(ToUpperVietnamese("đội"), "ĐỘI");
  EXPECT_EQ(CapitalizeFirst("ưu tiên"), "Ưu tiên");
  EXPECT_EQ(LowercaseFirst("Đẩy mạnh"), "đẩy mạnh");
  EXPECT_EQ(PrintableText("a\x01"
                          "b\nc\td"),
            "ab\nc\td");
}

}  // namespace
}  // namespace doithoai::documents
