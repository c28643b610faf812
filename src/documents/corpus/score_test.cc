#include "documents/corpus/score.h"

#include <gtest/gtest.h>

#include "documents/corpus/form_reader.h"
#include "documents/corpus/gold.h"

namespace doithoai::documents::corpus {
namespace {

TEST(NormalizeText, CollapsesSpacesAndDropsFinalPunctuation) {
  EXPECT_EQ(NormalizeText("  Sở  Nội\u00a0vụ;\n"), "Sở Nội vụ");
  EXPECT_EQ(NormalizeText("Lưu: VT, NCTH."), "Lưu: VT, NCTH");
  EXPECT_EQ(NormalizeText(""), "");
}

TEST(IsHeldOut, IdNumberDivisibleByThree) {
  EXPECT_TRUE(IsHeldOut("vb-003"));
  EXPECT_TRUE(IsHeldOut("vb-081"));
  EXPECT_FALSE(IsHeldOut("vb-001"));
  EXPECT_FALSE(IsHeldOut("vb-082"));
}

TEST(IdNumber, ReadsTheNumberOfAnId) {
  EXPECT_EQ(IdNumber("vb-083"), 83);
  EXPECT_EQ(IdNumber("vb-100"), 100);
  EXPECT_EQ(IdNumber("83"), 83);
  EXPECT_EQ(IdNumber("vb-"), std::nullopt);
  EXPECT_EQ(IdNumber(""), std::nullopt);
}

TEST(DeadlineCode, CodesEachKindAsTheGoldDoes) {
  ParsedDeadline none;
  EXPECT_EQ(DeadlineCode(none), std::nullopt);
  ParsedDeadline date{DeadlineKind::kDate, Date(2023, 12, 10), "trước ngày 10/12/2023"};
  EXPECT_EQ(DeadlineCode(date), "2023-12-10");
  ParsedDeadline yearly{DeadlineKind::kRecurring, std::nullopt, "trước ngày 30/11 hằng năm"};
  EXPECT_EQ(DeadlineCode(yearly), "yearly:11-30");
  ParsedDeadline monthly{DeadlineKind::kRecurring, std::nullopt, "chậm nhất là ngày 07 hàng tháng"};
  EXPECT_EQ(DeadlineCode(monthly), "monthly:07");
  ParsedDeadline month{DeadlineKind::kDate, std::nullopt, "trong tháng 6/2024"};
  EXPECT_EQ(DeadlineCode(month), "month:2024-06");
  ParsedDeadline ongoing{DeadlineKind::kOngoing, std::nullopt, "thường xuyên"};
  EXPECT_EQ(DeadlineCode(ongoing), "text:thường xuyên");
}

TEST(BasisNumberKey, TakesTheFirstNumberAfterSo) {
  EXPECT_EQ(BasisNumberKey("Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ"),
            "123/2015/NĐ-CP");
  EXPECT_EQ(BasisNumberKey("Quyết định số 101/QĐ-TTg ngày 23/01/2017"), "101/QĐ-TTG");
  EXPECT_EQ(BasisNumberKey("Luật Tổ chức Quốc hội số 57/2014/QH13"), "57/2014/QH13");
  EXPECT_EQ(BasisNumberKey("Hướng dẫn 36-HD/VPTW ngày 03/4/2018"), "36-HD/VPTW");
  EXPECT_EQ(BasisNumberKey("Luật Tổ chức chính quyền địa phương ngày 19/6/2015"), std::nullopt);
}

GoldDocument Gold() {
  GoldDocument g;
  g.id = "vb-001";
  g.family = "administrative";
  g.type = "Công văn";
  g.number_symbol = "454/UBND-NCTH";
  g.issuer = "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG";
  g.issued_on = "2011-04-06";
  g.bases = {"Luật Hộ tịch năm 2014", "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015"};
  g.recipients = {"Như trên", "Lưu: VT"};
  g.tasks = {GoldTask{"Sở Nội vụ", {}, "yearly:11-30"}};
  return g;
}

ParsedDocument Parsed() {
  ParsedDocument d;
  d.family = DocumentFamily::kAdministrative;
  d.type = "CÔNG VĂN";
  d.number_symbol = "454/UBND-NCTH";
  d.issuer = "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG";
  d.date = Date(2011, 4, 6);
  d.bases = {
      ParsedBasis{"Căn cứ", "Luật", std::nullopt, std::nullopt, std::nullopt, "Hộ tịch năm 2014"},
      ParsedBasis{"Căn cứ", "Nghị định", "123/2015/NĐ-CP", Date(2015, 11, 15), "Chính phủ",
                  "quy định"}};
  d.recipients.copies = {"Như trên;", "Lưu: VT."};
  ParsedTask t;
  t.lead = "sở Nội vụ";
  t.deadline = {DeadlineKind::kRecurring, std::nullopt, "trước ngày 30/11 hằng năm"};
  d.tasks = {t};
  return d;
}

TEST(ScoreDocument, AllRightWhenTheParseMatchesAfterNormalisation) {
  std::vector<FieldResult> r = ScoreDocument(Gold(), Parsed());
  ASSERT_EQ(r.size(), kScoredFields.size());
  for (const FieldResult& f : r) EXPECT_TRUE(f.right) << f.field << ": " << f.got;
}

TEST(ScoreDocument, EachWrongFieldCounts) {
  ParsedDocument d = Parsed();
  d.issuer = "ỦY BAN NHÂN DÂN";            // wrong
  d.bases.pop_back();                      // one basis missed: the list is wrong
  d.signer.name = "Trần Thành Lập";        // invented: gold has none
  d.tasks[0].deadline = ParsedDeadline{};  // the deadline lost
  int wrong = 0;
  for (const FieldResult& f : ScoreDocument(Gold(), d)) {
    if (!f.right) {
      ++wrong;
      EXPECT_TRUE(f.field == "issuer" || f.field == "bases" || f.field == "signer.name" ||
                  f.field == "tasks.deadlines")
          << f.field;
    }
  }
  EXPECT_EQ(wrong, 4);
}

TEST(ScoreDocument, ARefusedDocumentHasEveryFieldWrong) {
  Result<ParsedDocument> refused = Error::Invalid("file", "không phải văn bản hành chính");
  for (const FieldResult& f : ScoreDocument(Gold(), refused)) EXPECT_FALSE(f.right) << f.field;
}

TEST(ParseGold, ReadsTheFieldsItScores) {
  auto g = ParseGold(R"({"family":"party","type":"Hướng dẫn","number_symbol":"36-HD/VPTW",
    "issuer":"VĂN PHÒNG","place":"Hà Nội","issued_on":"2018-04-03","summary":"x","bases":["a"],
    "recipients":[],"signer":{"authority":"T/L BAN BÍ THƯ","position":null,"name":null},
    "tasks":[{"lead":"các cấp ủy","coordinating":[],"content":"c","deadline":null}]})",
                     "vb-014");
  ASSERT_TRUE(g.ok()) << g.error().message();
  EXPECT_EQ(g->family, "party");
  EXPECT_EQ(g->number_symbol, "36-HD/VPTW");
  EXPECT_EQ(g->authority, "T/L BAN BÍ THƯ");
  ASSERT_EQ(g->tasks.size(), 1u);
  EXPECT_EQ(g->tasks[0].deadline, std::nullopt);
  EXPECT_FALSE(ParseGold("[1]", "x").ok());
  EXPECT_FALSE(ParseGold(R"({"bases":"no"})", "x").ok());
}

TEST(FormFor, EachFormNamesItsFiles) {
  EXPECT_EQ(FormFor("txt")->extensions, std::vector<std::string>{".txt"});
  EXPECT_EQ(FormFor("docx")->extensions, std::vector<std::string>{".docx"});
  EXPECT_EQ(FormFor("pdf")->extensions, std::vector<std::string>{".pdf"});
  EXPECT_EQ(FormFor("scan")->extensions.front(), ".scan.pdf");
  auto bad = FormFor("odt");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().front().field, "form");
}

}  // namespace
}  // namespace doithoai::documents::corpus
