// The youth initiatives' cycle on a store, on the fixed clock: a call opened by the Youth Union,
// initiatives sent publicly, screened, scored by each council member apart, published, one
// recognised — and who may do what at each step.
#include "app/initiative/initiatives.h"

#include <gtest/gtest.h>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

class InitiativesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(
        LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"}}).ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{2, "an-bien", "Phường An Biên", "phường", "commune"}}).ok());
    admin_ = app_test::MakeActor(ctx_, "admin", "administrator", 1, std::nullopt);
    auto nv = CreateAgency(ctx_, admin_, {2, "so-khcn", "Sở Khoa học và Công nghệ"}).value().id;
    khcn_ = nv;
    ASSERT_TRUE(CreateAgency(ctx_, admin_, {2, "thanh-doan", "Thành đoàn Hải Phòng"}).ok());
    ward_agency_ = CreateAgency(ctx_, admin_, {3, "doan-phuong", "Đoàn phường An Biên"}).value().id;
    youth_union_ = app_test::MakeActor(ctx_, "thanhdoan", "youth_union", 2, std::nullopt);
    ward_union_ = app_test::MakeActor(ctx_, "doanphuong", "youth_union", 3, std::nullopt);
    member_a_ = app_test::MakeActor(ctx_, "sokhcn", "agency_officer", 2, nv.value);
    member_b_ = app_test::MakeActor(ctx_, "chutich", "leader", 2, std::nullopt);
    outsider_ = app_test::MakeActor(ctx_, "chutichphuong", "leader", 3, std::nullopt);
  }

  CallInput Input() {
    CallInput in;
    in.title = "Ý tưởng sáng tạo thanh niên về chuyển đổi số 2026";
    in.opens_on = "2026-03-01";
    in.closes_on = "2026-04-30";
    in.criteria = {{"Tính mới", 30}, {"Tính khả thi", 40}, {"Hiệu quả", 30}};
    in.council = {"sokhcn", "chutich"};
    return in;
  }

  InitiativeInput Sent(std::string title) {
    InitiativeInput in;
    in.title = std::move(title);
    in.problem = "Người dân không biết nơi nộp pin cũ.";
    in.solution = "Bản đồ số các điểm thu gom, đoàn viên cập nhật.";
    in.field = "green";
    in.team = "Nguyễn Văn An, Lê Thị Bình";
    in.unit = "Chi đoàn phường An Biên";
    in.contact_email = "an@example.vn";
    return in;
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2026-03-20T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor admin_, youth_union_, ward_union_, member_a_, member_b_, outsider_;
  AgencyId khcn_, ward_agency_;
};

TEST_F(InitiativesTest, FromCallToRecognition) {
  auto call = CreateCall(ctx_, youth_union_, UnitId(2), Input());
  ASSERT_TRUE(call.ok()) << call.error().message();
  auto one = SubmitInitiative(ctx_, call->id, Sent("Bản đồ số điểm thu gom rác"));
  auto two = SubmitInitiative(ctx_, call->id, Sent("Chợ phiên số cho nông sản"));
  auto three = SubmitInitiative(ctx_, call->id, Sent("Quảng cáo bán hàng"));
  ASSERT_TRUE(one.ok() && two.ok() && three.ok());
  EXPECT_NE(one->tracking_code, two->tracking_code);

  ASSERT_TRUE(ScreenInitiative(ctx_, youth_union_, one->id, true, "").ok());
  ASSERT_TRUE(ScreenInitiative(ctx_, youth_union_, two->id, true, "").ok());
  ASSERT_TRUE(ScreenInitiative(ctx_, youth_union_, three->id, false, "Không phải sáng kiến").ok());

  // Scoring waits for the council's phase.
  EXPECT_TRUE(ScoreInitiative(ctx_, member_a_, one->id, {{20, 30, 20}, ""})
                  .error()
                  .Is(ErrorCode::kConflict));
  ASSERT_TRUE(StartReview(ctx_, youth_union_, call->id).ok());
  // Submissions are closed from now on.
  EXPECT_TRUE(SubmitInitiative(ctx_, call->id, Sent("Muộn")).error().Is(ErrorCode::kConflict));

  ASSERT_TRUE(ScoreInitiative(ctx_, member_a_, one->id, {{20, 30, 20}, ""}).ok());
  ASSERT_TRUE(ScoreInitiative(ctx_, member_b_, one->id, {{10, 10, 10}, "Chưa rõ kinh phí"}).ok());
  ASSERT_TRUE(ScoreInitiative(ctx_, member_a_, two->id, {{25, 35, 25}, ""}).ok());
  // A member changes their own card while the council sits.
  ASSERT_TRUE(ScoreInitiative(ctx_, member_b_, one->id, {{15, 20, 15}, ""}).ok());
  // The screened-out initiative is not scored.
  EXPECT_TRUE(ScoreInitiative(ctx_, member_a_, three->id, {{1, 1, 1}, ""})
                  .error()
                  .Is(ErrorCode::kConflict));

  // Member B sees only their own card and no contact.
  auto b_view = ReadStaffCall(ctx_, member_b_, call->id);
  ASSERT_TRUE(b_view.ok());
  EXPECT_FALSE(b_view->can_run);
  ASSERT_EQ(b_view->rows.size(), 2u);  // not the screened-out one
  for (const auto& row : b_view->rows) {
    EXPECT_TRUE(row.initiative.contact_email.empty());
    EXPECT_FALSE(row.summary.has_value());
    EXPECT_TRUE(row.cards.empty());
  }
  EXPECT_EQ(b_view->rows[0].my_card->points, (std::vector<int>{15, 20, 15}));
  EXPECT_FALSE(b_view->rows[1].my_card.has_value());

  // The Youth Union sees the combined scores and the spread.
  auto yu_view = ReadStaffCall(ctx_, youth_union_, call->id);
  ASSERT_TRUE(yu_view.ok());
  ASSERT_EQ(yu_view->rows.size(), 3u);
  const ScoreSummary& s = *yu_view->rows[0].summary;
  EXPECT_EQ(s.cards, 2);
  EXPECT_DOUBLE_EQ(s.mean, 60.0);  // (70 + 50) / 2
  EXPECT_EQ(s.spread, 20);
  EXPECT_EQ(yu_view->rows[0].initiative.contact_email, "an@example.vn");

  auto bad = PublishResults(ctx_, youth_union_, call->id, {three->id});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().at(0).field, "selected[0]");
  ASSERT_TRUE(PublishResults(ctx_, youth_union_, call->id, {two->id}).ok());

  // Every score is final now.
  EXPECT_TRUE(ScoreInitiative(ctx_, member_a_, one->id, {{30, 40, 30}, ""})
                  .error()
                  .Is(ErrorCode::kConflict));
  auto tracked = TrackInitiative(ctx_, one->tracking_code);
  ASSERT_TRUE(tracked.ok());
  EXPECT_EQ(tracked->initiative.status, InitiativeStatus::kNotSelected);
  EXPECT_TRUE(tracked->initiative.contact_email.empty());
  auto out = TrackInitiative(ctx_, three->tracking_code);
  EXPECT_EQ(out->initiative.screening_note, "Không phải sáng kiến");

  EXPECT_TRUE(RecogniseInitiative(ctx_, youth_union_, one->id, "Giấy khen")
                  .error()
                  .Is(ErrorCode::kConflict));
  auto recognised = RecogniseInitiative(ctx_, youth_union_, two->id,
                                        "Giấy khen của Ban Thường vụ Thành đoàn Hải Phòng");
  ASSERT_TRUE(recognised.ok());
  EXPECT_EQ(recognised->status, InitiativeStatus::kRecognised);

  auto pub = ReadPublicCall(ctx_, call->id);
  ASSERT_TRUE(pub.ok());
  EXPECT_EQ(pub->received, 3);
  ASSERT_EQ(pub->results.size(), 1u);
  EXPECT_EQ(pub->results[0].initiative.title, "Chợ phiên số cho nông sản");
  EXPECT_TRUE(pub->results[0].initiative.contact_email.empty());
  EXPECT_TRUE(pub->call.council.empty());
}

TEST_F(InitiativesTest, OnlyTheUnitsYouthUnionRunsTheCall) {
  EXPECT_TRUE(CreateCall(ctx_, ward_union_, UnitId(2), Input()).error().Is(ErrorCode::kForbidden));
  EXPECT_TRUE(CreateCall(ctx_, member_a_, UnitId(2), Input()).error().Is(ErrorCode::kForbidden));
  auto call = CreateCall(ctx_, youth_union_, UnitId(2), Input());
  ASSERT_TRUE(call.ok());
  auto sent = SubmitInitiative(ctx_, call->id, Sent("Bản đồ số"));
  ASSERT_TRUE(sent.ok());
  EXPECT_TRUE(
      ScreenInitiative(ctx_, member_a_, sent->id, true, "").error().Is(ErrorCode::kForbidden));
  EXPECT_TRUE(StartReview(ctx_, ward_union_, call->id).error().Is(ErrorCode::kForbidden));
  // Someone off the council does not see the call at all.
  EXPECT_TRUE(ReadStaffCall(ctx_, outsider_, call->id).error().Is(ErrorCode::kNotFound));
  ASSERT_TRUE(ScreenInitiative(ctx_, youth_union_, sent->id, true, "").ok());
  ASSERT_TRUE(StartReview(ctx_, youth_union_, call->id).ok());
  EXPECT_TRUE(
      ScoreInitiative(ctx_, outsider_, sent->id, {{1, 1, 1}, ""}).error().Is(ErrorCode::kNotFound));
  EXPECT_EQ(ListStaffCalls(ctx_, member_b_)->size(), 1u);
  EXPECT_TRUE(ListStaffCalls(ctx_, outsider_)->empty());
}

TEST_F(InitiativesTest, BadInputIsNamedAndNothingIsWritten) {
  CallInput in = Input();
  in.council.push_back("khong-co-ai");
  auto call = CreateCall(ctx_, youth_union_, UnitId(2), in);
  ASSERT_FALSE(call.ok());
  EXPECT_EQ(call.error().fields().at(0).field, "council[2]");
  EXPECT_TRUE(ListStaffCalls(ctx_, youth_union_)->empty());

  auto ok = CreateCall(ctx_, youth_union_, UnitId(2), Input());
  ASSERT_TRUE(ok.ok());
  InitiativeInput bad = Sent("");
  bad.contact_email = "khong-phai-email";
  auto sent = SubmitInitiative(ctx_, ok->id, bad);
  ASSERT_FALSE(sent.ok());
  EXPECT_EQ(ReadPublicCall(ctx_, ok->id)->received, 0);
  EXPECT_TRUE(SubmitInitiative(ctx_, ok->id + 1, Sent("x")).error().Is(ErrorCode::kNotFound));
  EXPECT_TRUE(TrackInitiative(ctx_, "không phải mã").error().Is(ErrorCode::kInvalid));

  auto real = SubmitInitiative(ctx_, ok->id, Sent("Bản đồ số"));
  ASSERT_TRUE(real.ok());
  EXPECT_TRUE(
      ScreenInitiative(ctx_, youth_union_, real->id, false, "").error().Is(ErrorCode::kInvalid));
  ASSERT_TRUE(ScreenInitiative(ctx_, youth_union_, real->id, true, "").ok());
  ASSERT_TRUE(StartReview(ctx_, youth_union_, ok->id).ok());
  auto card = ScoreInitiative(ctx_, member_a_, real->id, {{31, 0, 0}, ""});
  ASSERT_FALSE(card.ok());
  EXPECT_EQ(card.error().fields().at(0).field, "points[0]");
  EXPECT_TRUE(
      RecogniseInitiative(ctx_, youth_union_, real->id, "  ").error().Is(ErrorCode::kInvalid));
}

TEST_F(InitiativesTest, SubmissionsOnlyWithinTheCallsDates) {
  CallInput in = Input();
  in.opens_on = "2026-04-01";
  auto call = CreateCall(ctx_, youth_union_, UnitId(2), in);
  ASSERT_TRUE(call.ok());
  auto early = SubmitInitiative(ctx_, call->id, Sent("Sớm"));
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.error().message().find("01/04/2026"), std::string::npos);
}

// The decision's maker stands in for documents/records (which app tests may not include): a
// numbered document with the tasks it is given, and no files.
Result<DocumentDraft> FakeDecision(const InitiativeRecords& r, const std::vector<Task>& tasks,
                                   int64_t number, Date on, const Signing&) {
  DocumentDraft d;
  d.document.type_code = "QĐ";
  d.document.type_name = "Quyết định";
  d.document.symbol = "QĐ/TĐTN";
  d.document.number_symbol = std::to_string(number) + "-QĐ/TĐTN";
  d.document.issuer = "THÀNH ĐOÀN HẢI PHÒNG";
  d.document.place = "Hải Phòng";
  d.document.issued_on = on;
  d.document.summary = "Về việc khen thưởng " + std::to_string(r.recognised.size());
  d.tasks = tasks;
  return d;
}

TEST_F(InitiativesTest, TheDecisionMakesEachSupportATaskOfItsMentor) {
  auto call = CreateCall(ctx_, youth_union_, UnitId(2), Input());
  ASSERT_TRUE(call.ok());
  auto sent = SubmitInitiative(ctx_, call->id, Sent("Bản đồ số"));
  ASSERT_TRUE(sent.ok());
  ASSERT_TRUE(ScreenInitiative(ctx_, youth_union_, sent->id, true, "").ok());
  ASSERT_TRUE(StartReview(ctx_, youth_union_, call->id).ok());
  InitiativeDecisionInput in;
  in.signer_name = "Phạm Đức Minh";
  in.supports = {{sent->id, khcn_.value, "Quỹ hỗ trợ thanh niên", "2026-09-30"}};
  // Not before the results are published, nor before anything is recognised.
  EXPECT_TRUE(IssueInitiativeDecision(ctx_, youth_union_, call->id, in, FakeDecision)
                  .error()
                  .Is(ErrorCode::kConflict));
  ASSERT_TRUE(PublishResults(ctx_, youth_union_, call->id, {sent->id}).ok());
  EXPECT_TRUE(IssueInitiativeDecision(ctx_, youth_union_, call->id, in, FakeDecision)
                  .error()
                  .Is(ErrorCode::kConflict));
  ASSERT_TRUE(RecogniseInitiative(ctx_, youth_union_, sent->id, "Giấy khen").ok());

  EXPECT_TRUE(IssueInitiativeDecision(ctx_, member_a_, call->id, in, FakeDecision)
                  .error()
                  .Is(ErrorCode::kForbidden));
  InitiativeDecisionInput bad = in;
  bad.supports[0].mentor_agency_id = ward_agency_.value;  // below the city: allowed
  bad.supports[0].initiative_id = sent->id + 1;
  auto refused = IssueInitiativeDecision(ctx_, youth_union_, call->id, bad, FakeDecision);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields().at(0).field, "supports[0].initiative_id");

  auto issued = IssueInitiativeDecision(ctx_, youth_union_, call->id, in, FakeDecision);
  ASSERT_TRUE(issued.ok()) << issued.error().message();
  EXPECT_EQ(issued->document.kind, "decision");
  ASSERT_EQ(issued->tasks.size(), 1u);
  const Task& t = issued->tasks[0];
  EXPECT_EQ(t.lead.agency, khcn_);
  EXPECT_EQ(t.deadline.date, Date(2026, 9, 30));
  EXPECT_NE(t.content.find("Quỹ hỗ trợ thanh niên"), std::string::npos);
  EXPECT_TRUE(IssueInitiativeDecision(ctx_, youth_union_, call->id, in, FakeDecision)
                  .error()
                  .Is(ErrorCode::kConflict));

  auto pub = ReadPublicCall(ctx_, call->id);
  ASSERT_TRUE(pub.ok());
  ASSERT_EQ(pub->results.at(0).support.size(), 1u);
  EXPECT_EQ(pub->results[0].support[0].task, t.id);
  EXPECT_EQ(pub->results[0].support[0].status, TaskStatus::kNotStarted);
  EXPECT_EQ(pub->call.decision, issued->document.id);
}

}  // namespace
}  // namespace doithoai
