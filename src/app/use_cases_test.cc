// Use cases on the in-memory store with a fixed clock: rules that span several records.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/app_test_kit.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "domain/question/tracking_code.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

class UseCases : public ::testing::Test {
 protected:
  void SetUp() override {
    auto nation = LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}});
    ASSERT_TRUE(nation.ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"},
                                 {1, "ha-noi", "Thành phố Hà Nội", "thành phố", "province"}})
                    .ok());
    admin_ = Make("admin", "administrator", 1, std::nullopt);
    for (auto code : {"so-noi-vu", "so-kh-cn", "so-tai-chinh"}) {
      agencies_[code] = CreateAgency(ctx_, admin_, {2, code, code}).value().id;
    }
    hanoi_agency_ = CreateAgency(ctx_, admin_, {3, "so-kh-cn", "Sở KH&CN Hà Nội"}).value().id;
    coordinator_ = Make("sonoivu", "coordinator", 2, agencies_["so-noi-vu"].value);
    officer_ = Make("sokhcn", "agency_officer", 2, agencies_["so-kh-cn"].value);
    other_officer_ = Make("sotc", "agency_officer", 2, agencies_["so-tai-chinh"].value);
    leader_ = Make("chutich", "leader", 2, std::nullopt);
    youth_union_ = Make("thanhdoan", "youth_union", 2, std::nullopt);
    DialogueFields f;
    f.unit_id = 2;
    f.year = 2025;
    f.title = "Đối thoại 2025";
    f.held_on = "2025-03-26";
    f.plan_published_on = "2025-02-01";  // public from then on: takes questions
    dialogue_ = CreateDialogue(ctx_, coordinator_, f).value().id;
  }

  Actor Make(const char* username, const char* role, int64_t unit, std::optional<int64_t> agency) {
    return app_test::MakeActor(ctx_, username, role, unit, agency);
  }

  std::string Submit(const char* text) {
    // The youth lets the text be published with its answer (purpose publish_text).
    return SubmitQuestion(ctx_, dialogue_, {text, 20, "", "", true, std::nullopt, false, true})
        .value()
        .tracking_code;
  }

  QuestionId IdOf(const std::string& code) {
    auto t = TrackQuestion(ctx_, code);
    return t.value().question.id;
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2025-03-01T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor admin_, coordinator_, officer_, other_officer_, leader_, youth_union_;
  std::map<std::string, AgencyId> agencies_;
  AgencyId hanoi_agency_;
  DialogueId dialogue_;
};

// Issue 10: codes are drawn from the context's Random (unguessable, not a count per day), and
// the one lookup finds a question however its code is typed; every unknown code gets one answer.
TEST_F(UseCases, TrackingCodesAreRandomAndFoundHoweverTyped) {
  SeededRandom seeded(7), same(7);
  Context fixed{store_, clock_, seeded};
  auto first = SubmitQuestion(fixed, dialogue_,
                              {"Câu hỏi thứ nhất của ngày", 20, "", "", true, std::nullopt});
  ASSERT_TRUE(first.ok());
  std::array<uint8_t, kTrackingRandomBytes> bytes;
  same.Fill(bytes);
  EXPECT_EQ(first->tracking_code, MakeTrackingCode(bytes)) << "drawn from ctx.random";
  std::string second = Submit("Câu hỏi thứ hai của ngày");  // the system's randomness
  EXPECT_NE(second, first->tracking_code);
  EXPECT_TRUE(ParseTrackingCode(second).ok()) << second;

  std::string typed = first->tracking_code;
  for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  typed.erase(std::remove(typed.begin(), typed.end(), '-'), typed.end());
  auto found = ReadValue<CodeHolderQuestion>(
      store_, [&](Tx& tx) { return FindQuestionByTrackingCode(tx, typed); });
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->question.text, "Câu hỏi thứ nhất của ngày");
  EXPECT_FALSE(found->legacy_code);
  auto lookup = [&](const std::string& code) {
    return ReadValue<CodeHolderQuestion>(
        store_, [&](Tx& tx) { return FindQuestionByTrackingCode(tx, code); });
  };
  auto a = lookup("DT-0000-0000-0000-00"), b = lookup("DT.20250301.0001");
  ASSERT_FALSE(a.ok());
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(a.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(a.error().message(), b.error().message());
  EXPECT_EQ(a.error().fields(), b.error().fields()) << "one answer for every unknown code";
}

TEST_F(UseCases, ClosedIntakeRefusesSubmissions) {
  DialogueFields close;
  close.intake_open = false;
  ASSERT_TRUE(UpdateDialogue(ctx_, coordinator_, dialogue_, close).ok());
  auto r =
      SubmitQuestion(ctx_, dialogue_, {"Câu hỏi gửi khi đã đóng", 20, "", "", true, std::nullopt});
  EXPECT_TRUE(r.error().Is(ErrorCode::kConflict));
}

// Issue 13: "a dialogue takes questions from its opening until a closing date that the plan
// sets (and never after its conclusion is issued)".
TEST_F(UseCases, Issue13_IntakeClosesOnThePlansDateAndAtTheConclusion) {
  auto count = [&] { return ListQuestions(ctx_, coordinator_, dialogue_, {}).value().total; };
  DialogueFields early;
  early.intake_closes_on = "2025-01-31";  // before the plan was published (01/02)
  auto bad = UpdateDialogue(ctx_, coordinator_, dialogue_, early);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().at(0).field, "intake_closes_on");
  DialogueFields junk;
  junk.intake_closes_on = "31/03/2025";
  EXPECT_EQ(UpdateDialogue(ctx_, coordinator_, dialogue_, junk).error().fields().at(0).field,
            "intake_closes_on");
  DialogueFields close;
  close.intake_closes_on = "2025-03-01";  // today: the last day
  ASSERT_TRUE(UpdateDialogue(ctx_, coordinator_, dialogue_, close).ok());
  SubmissionInput q{"Câu hỏi gửi đúng ngày cuối", 20, "", "", true, std::nullopt};
  ASSERT_TRUE(SubmitQuestion(ctx_, dialogue_, q).ok());
  clock_.Set(Instant::ParseIso("2025-03-01T17:30:00Z").value());  // 02/03 00:30 in Vietnam
  auto late = SubmitQuestion(ctx_, dialogue_, q);
  ASSERT_FALSE(late.ok());
  EXPECT_TRUE(late.error().Is(ErrorCode::kConflict));
  EXPECT_EQ(late.error().message(),
            "Chương trình đối thoại đã hết hạn nhận câu hỏi (hạn cuối ngày 01/03/2025)");
  EXPECT_EQ(count(), 1) << "nothing written";
  DialogueFields reopen;
  reopen.clear_intake_closes_on = true;
  reopen.conclusion_issued_on = "2025-03-27";
  ASSERT_TRUE(UpdateDialogue(ctx_, coordinator_, dialogue_, reopen).ok());
  EXPECT_TRUE(SubmitQuestion(ctx_, dialogue_, q).ok());
  clock_.Set(Instant::ParseIso("2025-03-27T02:00:00Z").value());
  auto concluded = SubmitQuestion(ctx_, dialogue_, q);
  ASSERT_FALSE(concluded.ok());
  EXPECT_NE(concluded.error().message().find("thông báo kết luận ban hành ngày 27/03/2025"),
            std::string::npos);
  EXPECT_EQ(count(), 2);
  auto view = GetDialogue(ctx_, dialogue_, nullptr).value();
  EXPECT_EQ(view.intake, IntakeState::kConcluded);
}

TEST_F(UseCases, ImportIsAllOrNothing) {
  std::vector<BatchRow> rows = {
      {2, {"Đề nghị mở thêm sân chơi cho thanh niên", "Đoàn phường A", "Minh", "10", ""}},
      {3, {"Đề nghị hỗ trợ học nghề cho thanh niên", "Đoàn phường B", "Minh", "5", "15"}},
  };
  auto bad = ImportQuestions(ctx_, youth_union_, dialogue_, "x.csv", rows);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().at(0).field, "rows[3].age");
  EXPECT_EQ(ListQuestions(ctx_, coordinator_, dialogue_, {}).value().total, 0);
  rows[1].input.age = "";
  auto good = ImportQuestions(ctx_, youth_union_, dialogue_, "x.csv", rows);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good->imported, 2);
  EXPECT_FALSE(ImportQuestions(ctx_, officer_, dialogue_, "x.csv", rows).ok());
}

TEST_F(UseCases, RoutingStaysInsideTheHostUnit) {
  auto code = Submit("Câu hỏi về chuyển đổi số cho thanh niên");
  auto issue =
      CreateIssue(ctx_, coordinator_, dialogue_, {"Chuyển đổi số", {IdOf(code).value}}).value();
  auto foreign = RouteIssue(ctx_, coordinator_, issue.id, {hanoi_agency_, {}, "2025-03-20"});
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().fields().at(0).field, "lead_agency_id");
  EXPECT_TRUE(
      RouteIssue(ctx_, coordinator_, issue.id, {agencies_["so-kh-cn"], {}, "2025-03-20"}).ok());
}

TEST_F(UseCases, C5_OnlyTheLeadAgencyDraftsAndOnlyApprovedAnswersArePublished) {
  auto code = Submit("Thành phố có hỗ trợ vốn cho thanh niên khởi nghiệp không?");
  auto issue =
      CreateIssue(ctx_, coordinator_, dialogue_, {"Vốn khởi nghiệp", {IdOf(code).value}}).value();
  ASSERT_TRUE(
      RouteIssue(ctx_, coordinator_, issue.id, {agencies_["so-kh-cn"], {}, "2025-03-20"}).ok());
  EXPECT_TRUE(SaveAnswerDraft(ctx_, other_officer_, issue.id,
                              {"Không phải việc của sở này đâu.", "written"})
                  .error()
                  .Is(ErrorCode::kForbidden));
  ASSERT_TRUE(SaveAnswerDraft(ctx_, officer_, issue.id,
                              {"Thành phố có quỹ hỗ trợ khởi nghiệp sáng tạo.", "written"})
                  .ok());
  ASSERT_TRUE(SubmitAnswer(ctx_, officer_, issue.id).ok());
  EXPECT_TRUE(ApproveAnswer(ctx_, officer_, issue.id).error().Is(ErrorCode::kForbidden));
  EXPECT_EQ(ListPublishedAnswers(ctx_, dialogue_, 20, 0).value().total, 0);
  EXPECT_EQ(TrackQuestion(ctx_, code).value().status, PublicStatus::kProcessing);
  clock_.Set(Instant::ParseIso("2025-03-21T02:00:00Z").value());  // a day after the deadline
  ASSERT_TRUE(ApproveAnswer(ctx_, leader_, issue.id).ok());
  auto page = ListPublishedAnswers(ctx_, dialogue_, 20, 0).value();
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].question_texts.at(0),
            "Thành phố có hỗ trợ vốn cho thanh niên khởi nghiệp không?");
  EXPECT_EQ(TrackQuestion(ctx_, code).value().status, PublicStatus::kAnswered);
  auto dash = GetDashboard(ctx_, leader_, dialogue_).value();
  ASSERT_EQ(dash.agencies.size(), 1u);
  EXPECT_EQ(dash.agencies[0].approved, 1);
  EXPECT_EQ(dash.agencies[0].late, 1);  // approved after its deadline
  // The officer of another agency does not see the issue at all.
  EXPECT_TRUE(ListIssues(ctx_, other_officer_, dialogue_).value().items.empty());
  EXPECT_TRUE(GetIssue(ctx_, other_officer_, issue.id).error().Is(ErrorCode::kNotFound));
}

TEST_F(UseCases, EveryChangeIsAudited) {
  auto code = Submit("Câu hỏi để kiểm tra nhật ký thay đổi");
  ASSERT_TRUE(ScreenQuestion(ctx_, coordinator_, IdOf(code),
                             {"out_of_scope", std::nullopt, "Không thuộc phạm vi"})
                  .ok());
  std::vector<AuditEntry> entries;
  ASSERT_TRUE(store_
                  .Read([&](Tx& tx) {
                    entries = tx.audit().List({"question", IdOf(code).value, {}, 10});
                    return Ok();
                  })
                  .ok());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action, "question.screened");
  EXPECT_NE(entries[0].before_json.find("\"screening\":\"new\""), std::string::npos);
  EXPECT_NE(entries[0].after_json.find("\"screening\":\"out_of_scope\""), std::string::npos);
  EXPECT_EQ(entries[0].user, coordinator_.user);
  EXPECT_EQ(entries[1].action, "question.submitted");
}

}  // namespace
}  // namespace doithoai
