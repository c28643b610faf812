// Open data on the in-memory store: the files hold what the accountability page shows, the
// published answers only, and nothing of an asker.
#include "app/dialogue/open_data.h"

#include <gtest/gtest.h>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/app_test_kit.h"
#include "app/dialogue/accountability.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

class OpenDataUseCase : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(
        LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"}}).ok());
    auto admin = app_test::MakeActor(ctx_, "admin", "administrator", 1, std::nullopt);
    nv_ = CreateAgency(ctx_, admin, {2, "so-noi-vu", "Sở Nội vụ"}).value().id;
    kh_ = CreateAgency(ctx_, admin, {2, "so-kh-cn", "Sở KH&CN"}).value().id;
    coordinator_ = app_test::MakeActor(ctx_, "sonoivu", "coordinator", 2, nv_.value);
    officer_ = app_test::MakeActor(ctx_, "sokhcn", "agency_officer", 2, kh_.value);
    leader_ = app_test::MakeActor(ctx_, "chutich", "leader", 2, std::nullopt);
    DialogueFields f;
    f.unit_id = 2;
    f.year = 2025;
    f.title = "Đối thoại 2025";
    f.held_on = "2025-03-26";
    f.plan_published_on = "2025-02-01";
    dialogue_ = CreateDialogue(ctx_, coordinator_, f).value().id;
  }

  QuestionId Submit(const char* text, bool publish) {
    SubmissionInput in{text,  20,     "Nguyễn Văn Bí Mật", "bimat@example.vn", true, std::nullopt,
                       false, publish};
    auto code = SubmitQuestion(ctx_, dialogue_, in).value().tracking_code;
    return TrackQuestion(ctx_, code).value().question.id;
  }

  IssueId Routed(const char* title, std::vector<int64_t> questions) {
    auto issue = CreateIssue(ctx_, coordinator_, dialogue_, {title, std::move(questions)}).value();
    EXPECT_TRUE(RouteIssue(ctx_, coordinator_, issue.id, {kh_, {}, "2025-03-20"}).ok());
    return issue.id;
  }

  std::string File(std::string_view dataset, bool csv) {
    auto f = GetOpenDataset(ctx_, dialogue_, dataset);
    EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().message());
    if (!f.ok()) return "";
    return csv ? WriteOpenCsv(f->table) : WriteOpenJson(f->table, f->source);
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2025-03-01T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor coordinator_, officer_, leader_;
  AgencyId nv_, kh_;
  DialogueId dialogue_;
};

TEST_F(OpenDataUseCase, FilesHoldWhatThePageShowsAndPublishedAnswersOnly) {
  auto shown = Submit("Thành phố có hỗ trợ vốn cho thanh niên khởi nghiệp không?", true);
  auto secret = Submit("Em muốn hỏi riêng về hồ sơ vay vốn của gia đình em", false);
  auto other = Submit("Phường em có được lắp wifi công cộng miễn phí không ạ?", true);
  Submit("Câu hỏi mới chưa được sàng lọc về thể thao", true);
  // Named with the hidden question's words: the files call it by its number, as the page does.
  auto published =
      Routed("Em muốn hỏi riêng về hồ sơ vay vốn của gia đình em", {shown.value, secret.value});
  auto drafted = Routed("Wifi công cộng ở phường", {other.value});
  ASSERT_TRUE(
      SaveAnswerDraft(ctx_, officer_, published, {"Thành phố có quỹ hỗ trợ vốn.", "written"}).ok());
  ASSERT_TRUE(SubmitAnswer(ctx_, officer_, published).ok());
  ASSERT_TRUE(ApproveAnswer(ctx_, leader_, published).ok());
  ASSERT_TRUE(
      SaveAnswerDraft(ctx_, officer_, drafted, {"BẢN NHÁP: sẽ lắp 50 điểm wifi.", "written"}).ok());

  auto questions = GetOpenDataset(ctx_, dialogue_, "questions").value();
  auto page = GetAccountability(ctx_, dialogue_, {}).value();
  ASSERT_EQ(questions.table.rows.size(), 4u);
  EXPECT_EQ(static_cast<int64_t>(questions.table.rows.size()),
            page.counts[0] + page.counts[1] + page.counts[2] + page.counts[3]);
  EXPECT_EQ(questions.source.dialogue_title, "Đối thoại 2025");
  EXPECT_EQ(questions.source.publisher, "Thành phố Hải Phòng");

  std::string all;
  for (const char* d : {"questions", "issues", "answers", "tasks"}) {
    all += File(d, true) + File(d, false);
  }
  for (const char* never : {"Bí Mật", "bimat", "DT-", "hồ sơ vay vốn của gia đình", "BẢN NHÁP"}) {
    EXPECT_EQ(all.find(never), std::string::npos) << never;
  }
  EXPECT_NE(all.find("Nhóm vấn đề số " + std::to_string(published.value)), std::string::npos);
  EXPECT_NE(all.find("Thành phố có quỹ hỗ trợ vốn."), std::string::npos);
  auto answers = GetOpenDataset(ctx_, dialogue_, "answers").value();
  ASSERT_EQ(answers.table.rows.size(), 1u);
  EXPECT_EQ(std::get<int64_t>(answers.table.rows[0][0]), published.value);
  auto issues = GetOpenDataset(ctx_, dialogue_, "issues").value();
  EXPECT_EQ(issues.table.rows.size(), 2u);
}

TEST_F(OpenDataUseCase, UnknownDatasetsAndHiddenDialoguesAreNotFound) {
  EXPECT_TRUE(GetOpenDataset(ctx_, dialogue_, "contacts").error().Is(ErrorCode::kNotFound));
  EXPECT_TRUE(GetOpenDataset(ctx_, DialogueId(999), "tasks").error().Is(ErrorCode::kNotFound));
  DialogueFields draft;
  draft.unit_id = 2;
  draft.year = 2026;
  draft.title = "Đối thoại 2026";
  draft.held_on = "2026-03-26";
  auto hidden = CreateDialogue(ctx_, coordinator_, draft).value().id;
  EXPECT_TRUE(GetOpenDataSource(ctx_, hidden).error().Is(ErrorCode::kNotFound));
  for (const char* d : {"questions", "issues", "answers", "tasks"}) {
    EXPECT_TRUE(GetOpenDataset(ctx_, hidden, d).error().Is(ErrorCode::kNotFound)) << d;
  }
  EXPECT_TRUE(OpenDataFingerprint(ctx_, hidden).error().Is(ErrorCode::kNotFound));
}

}  // namespace
}  // namespace doithoai
