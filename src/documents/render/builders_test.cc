// The builders turn plain input into the parts Decree 13/2021 and Decree 30/2020 require.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "documents/render/compiled_answers.h"
#include "documents/render/conclusion_notice.h"
#include "documents/render/dialogue_plan.h"
#include "documents/render/relay_letter.h"
#include "documents/render/render_samples.h"

namespace doithoai::documents {
namespace {

using ::testing::Contains;
using ::testing::IsSupersetOf;

// The text of every block, headings and paragraphs alike, in order.
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

// ND13 Art. 11(1): the notice has a) issues raised, b) answered on the spot, c) forwarded,
// d) which agency resolves each recommendation.
TEST(BuildConclusionNotice, HasTheFourSectionsOfDecree13Article11) {
  Result<OfficialDocument> doc = BuildConclusionNotice(samples::ConclusionNotice());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->type_name, "THÔNG BÁO");
  EXPECT_EQ(NumberSymbol(*doc), "18/TB-VP");
  EXPECT_TRUE(ValidateDocument(*doc).ok());
  const std::vector<std::string> texts = Texts(*doc);
  EXPECT_THAT(texts, IsSupersetOf({
                         "1. Các vấn đề thanh niên nêu tại Chương trình đối thoại",
                         "2. Các vấn đề đã được trả lời trực tiếp tại Chương trình đối thoại",
                         "3. Các vấn đề phức tạp, liên quan đến nhiều ngành, lĩnh vực chuyển cơ "
                         "quan có thẩm quyền xem xét, giải quyết",
                         "4. Cơ quan giải quyết các kiến nghị của thanh niên",
                     }));
  EXPECT_THAT(texts, Contains("Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và Tỉnh đoàn Hưng "
                              "Yên nghiên cứu, tham mưu cơ chế hỗ trợ thanh niên khởi nghiệp "
                              "xanh; thời hạn: trước ngày 30/6/2025."));
  EXPECT_THAT(texts, Contains("Sửa đổi quy định về giao đất cho dự án nông nghiệp công nghệ cao "
                              "của thanh niên: chuyển Bộ Nông nghiệp và Môi trường xem xét, giải "
                              "quyết."));
  EXPECT_THAT(texts.back(), ::testing::EndsWith("./."));
}

TEST(BuildConclusionNotice, EmptySectionsSayNone) {
  ConclusionNoticeInput in = samples::ConclusionNotice();
  in.forwarded.clear();
  Result<OfficialDocument> doc = BuildConclusionNotice(in);
  ASSERT_TRUE(doc.ok());
  const std::vector<std::string> texts = Texts(*doc);
  auto c = std::find(texts.begin(), texts.end(),
                     "3. Các vấn đề phức tạp, liên quan đến nhiều ngành, lĩnh vực chuyển cơ quan "
                     "có thẩm quyền xem xét, giải quyết");
  ASSERT_NE(c, texts.end());
  EXPECT_EQ(*(c + 1), "Không có.");
}

TEST(BuildConclusionNotice, NamesMissingInputs) {
  ConclusionNoticeInput in = samples::ConclusionNotice();
  in.chair.clear();
  in.issuance.issuer.clear();
  in.assignments[1].lead.clear();
  Result<OfficialDocument> doc = BuildConclusionNotice(in);
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(FieldsOf(doc.error()),
              ::testing::UnorderedElementsAre("chair", "issuance.issuer", "assignments[1].lead"));
}

TEST(ConclusionTasks, OneRowPerRecommendation) {
  TaskTable table = ConclusionTasks(samples::ConclusionNotice());
  ASSERT_EQ(table.tasks.size(), 3u);
  EXPECT_EQ(table.tasks[0].content,
            "Nghiên cứu, tham mưu cơ chế hỗ trợ thanh niên khởi nghiệp xanh");
  EXPECT_EQ(table.tasks[0].lead, "Sở Tài chính");
  EXPECT_EQ(table.subtitle, "(Kèm theo Thông báo số 18/TB-VP ngày 02/04/2025)");
}

// ND13 Art. 9: purpose, contents, form, time, venue, participants, assignments.
TEST(BuildDialoguePlan, HasThePartsOfDecree13Article9) {
  Result<OfficialDocument> doc = BuildDialoguePlan(samples::DialoguePlan());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->type_name, "KẾ HOẠCH");
  EXPECT_EQ(NumberSymbol(*doc), "36/KH-UBND");
  EXPECT_EQ(doc->summary,
            "Tổ chức Chương trình đối thoại giữa Lãnh đạo Ủy ban nhân dân tỉnh với thanh niên "
            "trên địa bàn tỉnh Hưng Yên năm 2025");
  EXPECT_EQ(doc->bases.size(), 3u);
  EXPECT_THAT(doc->bases[1], ::testing::StartsWith("Căn cứ Nghị định số 13/2021/NĐ-CP"));
  const std::vector<std::string> texts = Texts(*doc);
  EXPECT_THAT(texts,
              IsSupersetOf({"I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG, HÌNH THỨC ĐỐI THOẠI",
                            "III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN THAM DỰ", "IV. TIẾN ĐỘ THỰC HIỆN",
                            "V. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ:"}));
  EXPECT_THAT(texts, Contains(::testing::HasSubstr("trực tiếp kết hợp trực tuyến")));
  const auto table = std::find_if(doc->body.begin(), doc->body.end(),
                                  [](const Block& b) { return b.kind == Block::Kind::kTable; });
  ASSERT_NE(table, doc->body.end());
  EXPECT_EQ(table->table.rows.size(), 3u);
  EXPECT_EQ(table->table.rows[0][3], "Trước ngày 28/02/2025");
}

TEST(BuildDialoguePlan, NamesMissingInputs) {
  DialoguePlanInput in = samples::DialoguePlan();
  in.theme.clear();
  in.milestones[2].agency.clear();
  Result<OfficialDocument> doc = BuildDialoguePlan(in);
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(FieldsOf(doc.error()),
              ::testing::UnorderedElementsAre("theme", "milestones[2].agency"));
}

// A công văn: no type name, "V/v …" subject, "Kính gửi", "Như trên" first among copies; bodies
// the issuer does not direct are asked ("Đề nghị"), its own are assigned ("Giao").
TEST(BuildRelayLetter, IsACongVanThatAssignsAndRequests) {
  Result<OfficialDocument> doc = BuildRelayLetter(samples::RelayLetter());
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->letter);
  EXPECT_TRUE(doc->type_name.empty());
  EXPECT_EQ(NumberLine(*doc), "Số:      /UBND-VX");
  EXPECT_EQ(doc->summary,
            "triển khai thực hiện Kết luận tại Chương trình đối thoại với thanh niên "
            "năm 2025");
  EXPECT_EQ(doc->addressed.size(), 3u);
  EXPECT_EQ(doc->copies.front(), "Như trên");
  EXPECT_TRUE(ValidateDocument(*doc).ok());
  const std::vector<std::string> texts = Texts(*doc);
  EXPECT_THAT(texts, IsSupersetOf({"1. Giao Sở Khoa học và Công nghệ",
                                   "2. Đề nghị Tỉnh đoàn Hưng Yên", "4. Giao Sở Nội vụ",
                                   "Chủ trì, phối hợp với Sở Khoa học và Công nghệ tuyên truyền về "
                                   "chuyển đổi số cho đoàn viên, thanh niên; thời hạn: trước ngày "
                                   "30/9/2025."}));
  EXPECT_THAT(texts[0], ::testing::StartsWith("Thực hiện Thông báo số 18/TB-VP"));
}

TEST(BuildRelayLetter, NeedsAddresseesAndAssignments) {
  RelayLetterInput in = samples::RelayLetter();
  in.addressed.clear();
  in.assignments.clear();
  Result<OfficialDocument> doc = BuildRelayLetter(in);
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(FieldsOf(doc.error()), ::testing::UnorderedElementsAre("addressed", "assignments"));
}

TEST(RelayTasks, EveryTaskOfEveryAgency) {
  TaskTable table = RelayTasks(samples::RelayLetter());
  ASSERT_EQ(table.tasks.size(), 4u);
  EXPECT_EQ(table.tasks[2].lead, "Tỉnh đoàn Hưng Yên");
  EXPECT_THAT(table.tasks[2].coordinating, ::testing::ElementsAre("Sở Khoa học và Công nghệ"));
  EXPECT_EQ(table.subtitle, "(Kèm theo Công văn số      /UBND-VX)");
}

// ND13 Art. 10(3): questions grouped by issue, each answered once; no youth named.
TEST(BuildCompiledAnswers, GroupsQuestionsWithTheirAnswers) {
  Result<OfficialDocument> doc = BuildCompiledAnswers(samples::CompiledAnswers());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->type_name, "BÁO CÁO");
  EXPECT_EQ(NumberSymbol(*doc), "45/BC-SNV");
  EXPECT_THAT(doc->addressed, ::testing::ElementsAre("Ủy ban nhân dân tỉnh Hưng Yên"));
  const std::vector<std::string> texts = Texts(*doc);
  EXPECT_THAT(texts[0], ::testing::HasSubstr("đã tiếp nhận 126 câu hỏi"));
  EXPECT_THAT(texts[0], ::testing::HasSubstr("tổng hợp thành 2 nhóm vấn đề; 1 nhóm vấn đề đã có"));
  EXPECT_THAT(texts, IsSupersetOf(std::vector<std::string>{
                         "1. Hỗ trợ thanh niên khởi nghiệp",
                         "b) Trả lời của Chi nhánh Ngân hàng Chính sách xã hội tỉnh",
                         std::string(samples::kDiacriticSentence),
                         "Thủ tục vay vốn khởi nghiệp có được rút gọn không? (Đoàn viên "
                         "phường Mỹ Hào)",
                         "Chưa có ý kiến trả lời."}));
}

TEST(BuildCompiledAnswers, AnAnswerNeedsItsAgency) {
  CompiledAnswersInput in = samples::CompiledAnswers();
  in.issues[0].agency.clear();
  Result<OfficialDocument> doc = BuildCompiledAnswers(in);
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(FieldsOf(doc.error()), ::testing::ElementsAre("issues[0].agency"));
}

}  // namespace
}  // namespace doithoai::documents
