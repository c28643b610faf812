// The minutes of a dialogue (biên bản): the parts of the Decree 30 form in order, the fields
// refused, and the two signatures side by side in the DOCX and the PDF, read back.
#include "documents/render/minutes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <sstream>
#include <string_view>

#include "documents/render/docx_renderer.h"
#include "documents/render/pdf_renderer.h"
#include "documents/render/render_samples.h"
#include "documents/render/render_test_support.h"

namespace doithoai::documents {
namespace {

using test_support::CollapseSpaces;
using test_support::HasTool;
using test_support::RunCommand;
using test_support::ScratchDir;
using test_support::ZipEntry;
using ::testing::ElementsAre;
using ::testing::IsSupersetOf;
using ::testing::UnorderedElementsAre;

#define EXPECT_HAS(text, needle) \
  EXPECT_NE((text).find(needle), std::string::npos) << "missing: " << (needle)

std::vector<std::string> Texts(const OfficialDocument& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.body) out.push_back(b.text);
  return out;
}

std::vector<std::string> FieldsOf(const Error& error) {
  std::vector<std::string> fields;
  for (const FieldError& f : error.fields()) fields.push_back(f.field);
  return fields;
}

// The index of the first block whose text starts with `prefix` at or after `from`; -1 if none.
int Find(const std::vector<std::string>& texts, const std::string& prefix, int from = 0) {
  for (size_t i = from; i < texts.size(); ++i) {
    if (texts[i].rfind(prefix, 0) == 0) return static_cast<int>(i);
  }
  return -1;
}

TEST(BuildMinutes, HasThePartsOfTheDecree30FormInOrder) {
  Result<OfficialDocument> doc = BuildMinutes(samples::Minutes());
  ASSERT_TRUE(doc.ok()) << doc.error().message();
  EXPECT_TRUE(ValidateDocument(*doc).ok());
  EXPECT_EQ(doc->type_name, "BIÊN BẢN");
  EXPECT_EQ(NumberSymbol(*doc), "05/BB-UBND");
  EXPECT_EQ(doc->summary,
            "Hội nghị đối thoại giữa Lãnh đạo Ủy ban nhân dân tỉnh với thanh niên năm 2025");
  EXPECT_TRUE(doc->addressed.empty());
  // Two signatures: the secretary on the left, the chair on the right; no authority lines.
  ASSERT_TRUE(doc->left_signer.has_value());
  EXPECT_EQ(doc->left_signer->position, "THƯ KÝ");
  EXPECT_EQ(doc->left_signer->name, "Trần Thị Hồng Nhung");
  EXPECT_TRUE(doc->left_signer->authority.empty());
  EXPECT_EQ(doc->signer.position, "CHỦ TỌA");
  EXPECT_EQ(doc->signer.name, "Nguyễn Minh Đức");
  EXPECT_TRUE(doc->signer.authority.empty());
  EXPECT_EQ(doc->copies.size(), 4u);

  const std::vector<std::string> t = Texts(*doc);
  int at = 0;
  for (const char* part : {
           "Thời gian bắt đầu: 8 giờ 00, ngày 25 tháng 3 năm 2025.",
           "Địa điểm: Hội trường Trung tâm Hội nghị tỉnh, phường Phố Hiến.",
           "Thành phần tham dự:",
           "Lãnh đạo các sở, ban, ngành tỉnh",
           "Đại biểu thanh niên: 286 người có mặt.",
           "Chủ trì: đồng chí Nguyễn Minh Đức, Phó Chủ tịch Ủy ban nhân dân tỉnh.",
           "Thư ký (người ghi biên bản): bà Trần Thị Hồng Nhung",
           "Nội dung (theo diễn biến hội nghị):",
           "1. Chương trình hội nghị",
           "Tuyên bố lý do, giới thiệu đại biểu",
           "Phát biểu kết luận của chủ trì",
           "2. Ý kiến, kiến nghị của thanh niên và ý kiến trả lời",
           "Câu hỏi số 1",
           "Người hỏi: Đại biểu Chi đoàn phường Phố Hiến (tại hội trường).",
           "Nội dung câu hỏi: Thanh niên khởi nghiệp được vay vốn ưu đãi tối đa bao nhiêu?",
           "Người trả lời: Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh.",
           "Ý kiến trả lời: Thanh niên được vay tối đa 100 triệu đồng.",
           "Hồ sơ nộp tại điểm giao dịch xã, phường.",
           "Kết quả: Đã trả lời tại hội nghị.",
           "Câu hỏi số 2",
           "Kết quả: Hứa giải quyết trước ngày 30/6/2025.",
           "Câu hỏi số 3",
           "Kết quả: Chuyển Sở Nông nghiệp và Môi trường nghiên cứu, trả lời.",
           "Câu hỏi số 4",
           "Người hỏi: không nêu tên (câu hỏi gửi trước).",
           "Nội dung câu hỏi: Thủ tục vay vốn khởi nghiệp có được rút gọn không?",
           "Chưa được trả lời tại hội nghị.",
           "3. Kết luận của chủ trì hội nghị",
           samples::kDiacriticSentence,
           "Giao Sở Nội vụ tổng hợp",
           "Hội nghị kết thúc vào 11 giờ 30, ngày 25 tháng 3 năm 2025./.",
       }) {
    const int found = Find(t, part, at);
    EXPECT_GE(found, 0) << "missing or out of order: " << part;
    if (found >= 0) at = found + 1;
  }
  EXPECT_EQ(at, static_cast<int>(t.size())) << "the end time closes the body";
  // The question forwarded without an answer on the spot says so only through its outcome.
  const int third = Find(t, "Câu hỏi số 3");
  ASSERT_GE(third, 0);
  EXPECT_EQ(t[third + 3], "Chưa được trả lời tại hội nghị.");
  EXPECT_EQ(doc->body[Find(t, "Câu hỏi số 1")].kind, Block::Kind::kHeading3);
  EXPECT_EQ(doc->body[Find(t, "Tuyên bố lý do")].kind, Block::Kind::kBullet);
}

// A draft for the clerk: no number or date, no times, no secretary, no programme, no closing
// remarks, nobody listed: blanks where the form has them, sections renumbered.
TEST(BuildMinutes, LeavesBlanksForTheClerk) {
  MinutesInput in = samples::Minutes();
  in.issuance.number = "";
  in.issuance.date = std::nullopt;
  in.issuance.year = 2025;
  in.issuance.signer = {};
  in.started_at = "";
  in.ended_at = "";
  in.secretary = "";
  in.secretary_name = "";
  in.attendees = {};
  in.delegates_present = 0;
  in.agenda = {};
  in.closing = "";
  in.exchanges.resize(1);
  Result<OfficialDocument> doc = BuildMinutes(in);
  ASSERT_TRUE(doc.ok()) << doc.error().message();
  EXPECT_TRUE(ValidateDocument(*doc).ok());
  EXPECT_EQ(NumberLine(*doc), "Số:      /BB-UBND");
  EXPECT_EQ(doc->signer.name, "");
  EXPECT_EQ(doc->left_signer->name, "");
  const std::vector<std::string> t = Texts(*doc);
  EXPECT_EQ(t.front(), "Thời gian bắt đầu: … giờ …, ngày 25 tháng 3 năm 2025.");
  EXPECT_THAT(t, IsSupersetOf({"Thành phần tham dự: …", "Thư ký (người ghi biên bản): …",
                               "1. Ý kiến, kiến nghị của thanh niên và ý kiến trả lời"}));
  EXPECT_EQ(Find(t, "2. "), -1);
  EXPECT_EQ(t.back(), "Hội nghị kết thúc vào … giờ …, ngày 25 tháng 3 năm 2025./.");
}

TEST(BuildMinutes, NamesEachBadField) {
  MinutesInput in = samples::Minutes();
  in.dialogue = "";
  in.venue = "";
  in.chair = "";
  in.delegates_present = -1;
  in.exchanges[2].question = "";
  in.issuance.place = "";
  Result<OfficialDocument> doc = BuildMinutes(in);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().code(), ErrorCode::kInvalid);
  EXPECT_THAT(FieldsOf(doc.error()),
              UnorderedElementsAre("dialogue", "venue", "chair", "delegates_present",
                                   "exchanges[2].question", "issuance.place"));
}

// The chair and the secretary sign as such: the issuer's signer position is not asked for.
TEST(BuildMinutes, DoesNotNeedTheIssuersSignerPosition) {
  MinutesInput in = samples::Minutes();
  in.issuance.signer = {{"TM. ỦY BAN NHÂN DÂN"}, "", "Nguyễn Minh Đức"};
  Result<OfficialDocument> doc = BuildMinutes(in);
  ASSERT_TRUE(doc.ok()) << doc.error().message();
  EXPECT_EQ(doc->signer.position, "CHỦ TỌA");
  EXPECT_TRUE(doc->signer.authority.empty());
}

TEST(MinutesModel, ValidateDocumentRefusesALeftSignerWithoutPosition) {
  OfficialDocument doc = *BuildMinutes(samples::Minutes());
  doc.left_signer->position = "";
  doc.left_signer->name = "\xff";
  Status s = ValidateDocument(doc);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(FieldsOf(s.error()), ElementsAre("left_signer.position", "left_signer.name"));
}

// The text of the paragraphs in `node` (or of `node` itself, a paragraph), one line each.
std::string Paragraphs(pugi::xml_node node) {
  if (std::string_view(node.name()) == "w:p") {
    std::string out;
    for (pugi::xpath_node t : node.select_nodes(".//w:t")) out += t.node().text().get();
    return out + "\n";
  }
  std::string out;
  for (pugi::xpath_node p : node.select_nodes(".//w:p")) {
    for (pugi::xpath_node t : p.node().select_nodes(".//w:t")) out += t.node().text().get();
    out += "\n";
  }
  return out;
}

// DOCX: the signatures are one borderless row of two cells, THƯ KÝ left and CHỦ TỌA right,
// and "Nơi nhận:" follows the table instead of sharing its row.
TEST(MinutesDocx, TwoSignaturesSideBySideThenCopies) {
  Result<std::string> docx = RenderDocx(*BuildMinutes(samples::Minutes()));
  ASSERT_TRUE(docx.ok()) << docx.error().message();
  std::optional<std::string> part = ZipEntry(*docx, "word/document.xml");
  ASSERT_TRUE(part.has_value());
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(part->c_str()));
  pugi::xml_node body = xml.child("w:document").child("w:body");
  const std::string text = Paragraphs(body);
  EXPECT_HAS(text, "BIÊN BẢN\n");
  EXPECT_HAS(text, "Số: 05/BB-UBND");
  EXPECT_HAS(text,
             "Nội dung câu hỏi: Thanh niên khởi nghiệp được vay vốn ưu đãi tối đa bao nhiêu?");
  EXPECT_HAS(text,
             "Nội dung câu hỏi: Quy định giao đất cho dự án nông nghiệp công nghệ cao của thanh "
             "niên có được sửa đổi?");
  EXPECT_HAS(text, samples::kDiacriticSentence);

  pugi::xml_node sig_row;
  for (pugi::xpath_node tr : body.select_nodes("w:tbl/w:tr")) {
    if (Paragraphs(tr.node()).find("CHỦ TỌA") != std::string::npos) sig_row = tr.node();
  }
  ASSERT_TRUE(sig_row) << "no table row holds CHỦ TỌA";
  std::vector<std::string> cells;
  for (pugi::xpath_node tc : sig_row.select_nodes("w:tc")) cells.push_back(Paragraphs(tc.node()));
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[0], "THƯ KÝ\nTrần Thị Hồng Nhung\n");
  EXPECT_EQ(cells[1], "CHỦ TỌA\nNguyễn Minh Đức\n");
  pugi::xml_node tbl = sig_row.parent();
  EXPECT_STREQ(
      tbl.child("w:tblPr").child("w:tblBorders").child("w:insideV").attribute("w:val").value(),
      "nil");
  EXPECT_TRUE(sig_row.child("w:trPr").child("w:cantSplit"));
  // "Nơi nhận:" is the paragraph right after the signature table, then the recipients.
  pugi::xml_node next = tbl.next_sibling("w:p");
  ASSERT_TRUE(next);
  EXPECT_EQ(Paragraphs(next), "Nơi nhận:\n");
  EXPECT_EQ(Paragraphs(next.next_sibling("w:p")), "- Thường trực Tỉnh ủy;\n");
}

// In `pdftotext -layout` output: THƯ KÝ and CHỦ TỌA on one line, secretary first, their names
// likewise, and "Nơi nhận:" below them.
void ExpectSignaturesSideBySide(const std::string& raw) {
  std::istringstream lines(raw);
  std::string line, titles, names;
  size_t titles_at = std::string::npos, copies_at = std::string::npos, n = 0;
  while (std::getline(lines, line)) {
    ++n;
    if (line.find("CHỦ TỌA") != std::string::npos) {
      titles = line;
      titles_at = n;
    }
    if (line.find("Nguyễn Minh Đức") != std::string::npos) names = line;
    if (line.find("Nơi nhận:") != std::string::npos) copies_at = n;
  }
  ASSERT_NE(titles_at, std::string::npos) << raw;
  EXPECT_LT(titles.find("THƯ KÝ"), titles.find("CHỦ TỌA")) << titles;
  EXPECT_LT(names.find("Trần Thị Hồng Nhung"), names.find("Nguyễn Minh Đức")) << names;
  ASSERT_NE(copies_at, std::string::npos);
  EXPECT_GT(copies_at, titles_at);
}

class MinutesPdf : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HasTool("pdftotext")) GTEST_SKIP() << "poppler-utils (pdftotext) not installed";
  }
  ScratchDir dir_{"minutes"};
};

// PDF, read back by poppler: the questions and Vietnamese text survive; with -layout the two
// signature titles are on one line, THƯ KÝ first, and "Nơi nhận:" comes under them.
TEST_F(MinutesPdf, TextAndTwoSignaturesSurvive) {
  Result<std::string> pdf = RenderPdf(*BuildMinutes(samples::Minutes()));
  ASSERT_TRUE(pdf.ok()) << pdf.error().message();
  const std::string path = dir_.Write("bb.pdf", *pdf);
  const std::string raw = RunCommand("pdftotext -layout -enc UTF-8 '" + path + "' -").out;
  const std::string text = CollapseSpaces(raw);
  EXPECT_HAS(text, "BIÊN BẢN");
  EXPECT_HAS(text, "Số: 05/BB-UBND");
  EXPECT_HAS(text, "Hội nghị đối thoại giữa Lãnh đạo Ủy ban nhân dân tỉnh với thanh niên năm 2025");
  EXPECT_HAS(text, "Thanh niên khởi nghiệp được vay vốn ưu đãi tối đa bao nhiêu?");
  // (this one wraps onto page 2, under the page number: only its start is checked)
  EXPECT_HAS(text, "Tỉnh có mở lớp kỹ năng số miễn phí");
  EXPECT_HAS(text, "Thủ tục vay vốn khởi nghiệp có được rút gọn không?");
  EXPECT_HAS(text, samples::kDiacriticSentence);
  EXPECT_HAS(text, "Hội nghị kết thúc vào 11 giờ 30, ngày 25 tháng 3 năm 2025./.");
  EXPECT_HAS(text, "- Lưu: VT, VX.");

  ExpectSignaturesSideBySide(raw);
}

// A real reader lays the DOCX out the same way: LibreOffice converts it to PDF, poppler reads
// the two signatures side by side.
TEST(MinutesDocx, LibreOfficeLaysOutTheTwoSignaturesSideBySide) {
  if (!HasTool("libreoffice") || !HasTool("pdftotext")) {
    GTEST_SKIP() << "libreoffice or poppler-utils not installed";
  }
  Result<std::string> docx = RenderDocx(*BuildMinutes(samples::Minutes()));
  ASSERT_TRUE(docx.ok()) << docx.error().message();
  ScratchDir dir("minutes_docx");
  dir.Write("bb.docx", *docx);
  const std::string d = dir.path().string();
  ASSERT_EQ(RunCommand("cd '" + d +
                       "' && timeout 180 libreoffice --headless --norestore "
                       "-env:UserInstallation=file://" +
                       d + "/profile --convert-to pdf --outdir '" + d + "' bb.docx")
                .exit_code,
            0);
  const std::string raw = RunCommand("pdftotext -layout -enc UTF-8 '" + d + "/bb.pdf' -").out;
  const std::string text = CollapseSpaces(raw);
  EXPECT_HAS(text, "BIÊN BẢN");
  EXPECT_HAS(text, "Thanh niên khởi nghiệp được vay vốn ưu đãi tối đa bao nhiêu?");
  EXPECT_HAS(text, samples::kDiacriticSentence);
  ExpectSignaturesSideBySide(raw);
}

}  // namespace
}  // namespace doithoai::documents
