#include "documents/parse/provenance.h"

#include <gtest/gtest.h>

#include "documents/parse/parse_document.h"

namespace doithoai::documents {
namespace {

const FieldSource* Source(const std::vector<FieldSource>& all, const std::string& field) {
  for (const auto& s : all) {
    if (s.field == field) return &s;
  }
  return nullptr;
}

ReadPage TextPage(std::string text) {
  ReadPage p;
  p.text = std::move(text);
  return p;
}

ReadPage OcrPage(std::string text, std::vector<float> lines) {
  ReadPage p;
  p.text = std::move(text);
  p.ocr = true;
  p.confidence = 0.9;
  p.line_confidence = std::move(lines);
  return p;
}

TEST(FindFieldSources, NamesPageAndNonBlankLineOfEachValueFoldedAndAcrossLineBreaks) {
  std::vector<ReadPage> pages = {
      TextPage("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n\nSố: 36/KH-UBND\n"
               "Hưng Yên, ngày 15 tháng 3 năm 2025"),
      TextPage("KẾ HOẠCH\nTổ chức đối thoại giữa\nlãnh đạo tỉnh với thanh niên\n"
               "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Khắc Nam")};
  ParsedDocument d;
  d.type = "Kế hoạch";
  d.number_symbol = "36/KH-UBND";
  d.issuer = "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN";
  d.place = "Hưng Yên";
  d.date = Date(2025, 3, 15);
  d.summary = "Tổ chức đối thoại giữa lãnh đạo tỉnh với thanh niên";
  d.signer.position = "PHÓ CHỦ TỊCH";
  d.signer.name = "lê khac nam";  // case and a lost diacritic are folded away
  auto all = FindFieldSources(pages, d);

  const FieldSource* issuer = Source(all, "issuer");
  ASSERT_NE(issuer, nullptr) << "wrapped over two lines, found at the first";
  EXPECT_EQ(issuer->page, 1);
  EXPECT_EQ(issuer->line, 1);
  EXPECT_DOUBLE_EQ(issuer->confidence, 1.0);
  const FieldSource* number = Source(all, "number_symbol");
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->line, 3) << "the blank line is not counted";
  EXPECT_EQ(number->text, "Số: 36/KH-UBND");
  const FieldSource* date = Source(all, "date");
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->line, 4);
  const FieldSource* place = Source(all, "place");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->line, 2) << "the first line where the words occur";
  const FieldSource* summary = Source(all, "summary");
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->page, 2);
  EXPECT_EQ(summary->line, 2);
  const FieldSource* position = Source(all, "signer.position");
  ASSERT_NE(position, nullptr);
  EXPECT_EQ(position->line, 5) << "not the CHỦ TỊCH inside KT. CHỦ TỊCH";
  ASSERT_NE(Source(all, "signer.name"), nullptr);
  EXPECT_EQ(Source(all, "signer.name")->line, 6);
  EXPECT_EQ(Source(all, "type")->page, 2);
}

TEST(FindFieldSources, ConfidenceIsTheOcrLinesTimesTheShareOfWordsFound) {
  // OCR lost two words of the summary and misread the year.
  std::vector<ReadPage> pages = {
      OcrPage("Số: 12/TB-VP\nV/v tổ chức hội nghị tuyên truyền pháp\nluật cho đoàn viên\n"
              "ngày 2 tháng 5 năm 2039",
              {0.95f, 0.8f, 0.6f, 0.7f})};
  ParsedDocument d;
  d.number_symbol = "12/TB-VP";
  d.summary = "Tổ chức hội nghị tuyên truyền phổ biến pháp luật cho đoàn viên thanh niên";
  d.date = Date(2030, 5, 2);
  auto all = FindFieldSources(pages, d);
  const FieldSource* number = Source(all, "number_symbol");
  ASSERT_NE(number, nullptr);
  EXPECT_NEAR(number->confidence, 0.95, 1e-6);
  const FieldSource* summary = Source(all, "summary");
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->line, 2);
  // Its first 12 words (of 15), "phổ biến" lost: 10 found.
  EXPECT_NEAR(summary->match, 10.0 / 12.0, 1e-9);
  EXPECT_NEAR(summary->confidence, 0.8 * 10.0 / 12.0, 1e-6);
  EXPECT_EQ(Source(all, "date"), nullptr) << "a misread year is not a source";
}

TEST(FindFieldSources, TasksAndBasesAreNamedByTheirPathAndMissingValuesHaveNoSource) {
  std::string text =
      "ỦY BAN NHÂN DÂN QUẬN LÊ CHÂN\nSố: 5/TB-UBND\nLê Chân, ngày 02 tháng 4 năm 2025\n"
      "THÔNG BÁO\nKết luận của Chủ tịch tại buổi đối thoại với thanh niên\n"
      "Căn cứ Nghị định số 13/2021/NĐ-CP ngày 01/3/2021 của Chính phủ;\n"
      "1. Giao Phòng Văn hóa và Thông tin chủ trì tổ chức tuyên truyền Luật Thanh niên, "
      "hoàn thành trước ngày 30/6/2025.\n"
      "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n";
  auto parsed = ParseDocument(text);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  auto all = FindFieldSources({TextPage(text)}, *parsed);
  ASSERT_FALSE(parsed->bases.empty());
  const FieldSource* basis = Source(all, "bases[0]");
  ASSERT_NE(basis, nullptr);
  EXPECT_EQ(basis->line, 6);
  ASSERT_FALSE(parsed->tasks.empty());
  const FieldSource* content = Source(all, "tasks[0].content");
  ASSERT_NE(content, nullptr);
  EXPECT_EQ(content->line, 7);
  EXPECT_EQ(Source(all, "parent_issuer"), nullptr);
  for (const auto& s : all) {
    EXPECT_GT(s.confidence, 0) << s.field;
    EXPECT_LE(s.confidence, 1) << s.field;
  }
}

}  // namespace
}  // namespace doithoai::documents
