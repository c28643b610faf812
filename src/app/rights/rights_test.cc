// A youth's rights over their personal data (issue 10), on the in-memory store with a fixed
// clock: consents stored per purpose, the proof by tracking code and contact, and deletion that
// leaves the text nowhere — store, search indexes, published answers, generated documents,
// audit snapshots.
#include "app/rights/rights.h"

#include <gtest/gtest.h>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/app_test_kit.h"
#include "app/dialogue/dialogue_records.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "app/rights/rights_repository.h"
#include "app/search/search_service.h"
#include "app/search/staff_search.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

constexpr char kText[] = "Phường có mở lớp dạy bơi miễn phí cho thanh niên vào mùa hè không ạ?";
constexpr char kContact[] = "0912 345 678";

class Rights : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(
        LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"}}).ok());
    admin_ = Make("admin", "administrator", 1, std::nullopt);
    agency_ = CreateAgency(ctx_, admin_, {2, "so-vh", "Sở Văn hóa"}).value().id;
    coordinator_ = Make("sonoivu", "coordinator", 2, std::nullopt);
    national_ = Make("bonoivu", "coordinator", 1, std::nullopt);
    officer_ = Make("sovh", "agency_officer", 2, agency_.value);
    leader_ = Make("chutich", "leader", 2, std::nullopt);
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

  std::string Submit(const std::string& text, bool publish, const std::string& contact = kContact) {
    SubmissionInput in{text, 22,           "Lê Thị Bơi",     contact,
                       true, std::nullopt, !contact.empty(), publish};
    return SubmitQuestion(ctx_, dialogue_, in).value().tracking_code;
  }
  QuestionId IdOf(const std::string& code) { return TrackQuestion(ctx_, code)->question.id; }

  // Groups the question under an issue titled with its own words and publishes an answer.
  IssueId Publish(const std::string& code) {
    auto issue = CreateIssue(ctx_, coordinator_, dialogue_, {kText, {IdOf(code).value}}).value();
    EXPECT_TRUE(RouteIssue(ctx_, coordinator_, issue.id, {agency_, {}, "2025-03-20"}).ok());
    EXPECT_TRUE(
        SaveAnswerDraft(ctx_, officer_, issue.id, {"Có, từ tháng 6 tại nhà văn hóa.", "written"})
            .ok());
    EXPECT_TRUE(SubmitAnswer(ctx_, officer_, issue.id).ok());
    EXPECT_TRUE(ApproveAnswer(ctx_, leader_, issue.id).ok());
    return issue.id;
  }

  std::vector<std::string> PublishedTexts() {
    std::vector<std::string> out;
    auto page = ListPublishedAnswers(ctx_, dialogue_, 20, 0).value();
    for (auto& a : page.items) {
      for (auto& t : a.question_texts) out.push_back(t);
    }
    return out;
  }

  std::string AuditText(QuestionId id) {
    std::string all;
    EXPECT_TRUE(store_
                    .Read([&](Tx& tx) {
                      for (const auto& e : tx.rights().AuditOf("question", id.value)) {
                        all += e.before_json + e.after_json;
                      }
                      return Ok();
                    })
                    .ok());
    return all;
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2025-03-01T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor admin_, coordinator_, national_, officer_, leader_;
  AgencyId agency_;
  DialogueId dialogue_;
};

TEST_F(Rights, EveryPurposeIsStoredWithItsTextVersionAndTimeTickedOrNot) {
  auto code = Submit(kText, /*publish=*/false);
  auto data = SeeMyData(ctx_, {code, kContact}, RequestKind::kAccess).value();
  ASSERT_EQ(data.consents.size(), 3u);
  EXPECT_EQ(data.consents[0].purpose, Purpose::kAnswer);
  EXPECT_TRUE(data.consents[0].InForce());
  EXPECT_TRUE(data.consents[1].InForce());  // contact: ticked with a contact left
  EXPECT_FALSE(data.consents[2].granted);   // publish_text: left unticked, recorded as such
  for (const auto& c : data.consents) {
    EXPECT_EQ(c.text_version, kConsentTextVersion);
    EXPECT_EQ(c.decided_at, clock_.Now());
  }
}

TEST_F(Rights, TheContactIsProvenWhenOneWasLeftAndEveryAttemptIsRecorded) {
  auto code = Submit(kText, false);
  auto unknown = SeeMyData(ctx_, {"DT-0000-0000-0000-00", kContact}, RequestKind::kAccess);
  ASSERT_TRUE(unknown.error().Is(ErrorCode::kNotFound));
  EXPECT_EQ(unknown.error().fields().at(0).field, "tracking_code");
  auto missing = SeeMyData(ctx_, {code, ""}, RequestKind::kAccess);
  ASSERT_TRUE(missing.error().Is(ErrorCode::kInvalid));
  EXPECT_EQ(missing.error().fields().at(0).field, "contact");
  auto wrong = SeeMyData(ctx_, {code, "0912 345 679"}, RequestKind::kExport);
  ASSERT_TRUE(wrong.error().Is(ErrorCode::kForbidden));
  EXPECT_EQ(wrong.error().fields().at(0).field, "contact");
  // Case and spaces do not matter.
  auto ok = SeeMyData(ctx_, {code, " 0912345678 "}, RequestKind::kAccess).value();
  ASSERT_EQ(ok.requests.size(), 2u);
  EXPECT_EQ(ok.requests[0].kind, RequestKind::kExport);
  EXPECT_EQ(ok.requests[0].outcome, RequestOutcome::kRefused);
  EXPECT_EQ(ok.requests[1].outcome, RequestOutcome::kDone);
  EXPECT_EQ(ok.requests[1].answered_at, clock_.Now());
  // Decree 356/2025 as read in domain/privacy/data_request.h: 10 days (assumed) for access.
  EXPECT_EQ(ok.requests[1].due_on, Date(2025, 3, 11));
  // Without a contact, the code alone is the proof.
  auto bare = Submit("Em muốn hỏi về sân bóng của phường mình", false, "");
  EXPECT_TRUE(SeeMyData(ctx_, {bare, ""}, RequestKind::kAccess).ok());
}

TEST_F(Rights, DeletingWithoutKeepingTheTextLeavesItNowhere) {
  auto code = Submit(kText, /*publish=*/true);
  QuestionId id = IdOf(code);
  IssueId issue = Publish(code);
  SearchService search(ctx_);
  StaffSearchService staff_search(ctx_);
  StaffSearchInput staff_query;
  staff_query.q = "day boi mien phi";
  ASSERT_EQ(PublishedTexts(), std::vector<std::string>{kText});
  ASSERT_FALSE(search.Search("day boi mien phi", std::nullopt, 20, 0).value().items.empty());
  ASSERT_FALSE(staff_search.Search(coordinator_, staff_query).value().items.empty());
  ASSERT_NE(AuditText(id).find("dạy bơi"), std::string::npos);

  auto after = DeleteMyData(ctx_, {code, kContact}, /*keep_text=*/false).value();
  search.Invalidate();
  staff_search.Invalidate();

  EXPECT_TRUE(after.question.text.empty());
  EXPECT_TRUE(after.question.asker_name.empty());
  EXPECT_TRUE(after.question.asker_contact.empty());
  EXPECT_FALSE(after.question.age);
  for (const auto& c : after.consents) EXPECT_FALSE(c.InForce()) << PurposeName(c.purpose);
  EXPECT_TRUE(PublishedTexts().empty());
  auto published = ListPublishedAnswers(ctx_, dialogue_, 20, 0).value();
  EXPECT_EQ(published.items.at(0).question_count, 1);
  for (const char* q : {"day boi mien phi", "dạy bơi", "mùa hè"}) {
    auto found = search.Search(q, std::nullopt, 20, 0).value();
    for (const auto& hit : found.items) {
      EXPECT_EQ(hit.snippet.find("bơi"), std::string::npos) << q;
    }
    staff_query.q = q;
    auto staff_found = staff_search.Search(coordinator_, staff_query).value();
    for (const auto& hit : staff_found.items) {
      EXPECT_EQ(hit.snippet.find("bơi"), std::string::npos) << q;
    }
  }
  EXPECT_EQ(AuditText(id).find("dạy bơi"), std::string::npos);
  // The issue had the question's words as its title: retitled, in its audit snapshots too.
  auto issue_now = GetIssue(ctx_, coordinator_, issue).value().items.at(0).issue;
  EXPECT_EQ(issue_now.title.find("bơi"), std::string::npos);
  auto records = CollectDialogueRecords(ctx_, coordinator_, dialogue_).value();
  for (const auto& rec : records.issues) {
    for (const auto& t : rec.question_texts) EXPECT_EQ(t.find("bơi"), std::string::npos);
  }
  ASSERT_EQ(after.requests.size(), 1u);
  EXPECT_EQ(after.requests[0].kind, RequestKind::kDeletion);
  // With the contact gone, the code alone now proves the question.
  EXPECT_TRUE(SeeMyData(ctx_, {code, ""}, RequestKind::kAccess).ok());
}

TEST_F(Rights, DeletingWhileKeepingTheTextErasesTheIdentityOnly) {
  auto code = Submit(kText, true);
  Publish(code);
  auto after = DeleteMyData(ctx_, {code, kContact}, /*keep_text=*/true).value();
  EXPECT_EQ(after.question.text, kText);
  EXPECT_TRUE(after.question.asker_name.empty());
  EXPECT_TRUE(after.question.asker_contact.empty());
  EXPECT_EQ(PublishedTexts(), std::vector<std::string>{kText});  // publish_text stays in force
}

TEST_F(Rights, AnUnscreenedQuestionWhoseTextIsDeletedLeavesTheQueue) {
  auto code = Submit(kText, false);
  auto after = DeleteMyData(ctx_, {code, kContact}, false).value();
  EXPECT_EQ(after.question.screening, Screening::kOutOfScope);
  QuestionFilter queued;
  queued.screening = Screening::kNew;
  EXPECT_EQ(ListQuestions(ctx_, coordinator_, dialogue_, queued)->total, 0);
}

TEST_F(Rights, WithdrawingPublicationHidesTheTextFromThePublicOnly) {
  auto code = Submit(kText, true);
  Publish(code);
  ASSERT_EQ(PublishedTexts().size(), 1u);
  auto fingerprint = PublishedAnswersFingerprint(ctx_, dialogue_).value();
  auto after = WithdrawConsent(ctx_, {code, kContact}, "publish_text").value();
  EXPECT_FALSE(after.consents[2].InForce());
  EXPECT_EQ(after.consents[2].withdrawn_at, clock_.Now());
  EXPECT_TRUE(PublishedTexts().empty());
  EXPECT_NE(PublishedAnswersFingerprint(ctx_, dialogue_).value(), fingerprint)
      << "the public cache must rebuild the page";
  EXPECT_EQ(after.question.text, kText);  // still processed under the `answer` purpose
  EXPECT_EQ(after.requests.back().due_on, Date(2025, 3, 16));  // 15 days (Decree 356 Art. 10)
  // Again: nothing in force any more, a refusal that is recorded.
  auto again = WithdrawConsent(ctx_, {code, kContact}, "publish_text");
  ASSERT_TRUE(again.error().Is(ErrorCode::kConflict));
  EXPECT_EQ(again.error().fields().at(0).field, "purpose");
  auto bad = WithdrawConsent(ctx_, {code, kContact}, "answer");
  ASSERT_TRUE(bad.error().Is(ErrorCode::kInvalid));
  EXPECT_EQ(bad.error().fields().at(0).field, "purpose");
  auto log = SeeMyData(ctx_, {code, kContact}, RequestKind::kAccess)->requests;
  ASSERT_EQ(log.size(), 3u);  // done, refused, and this access; bad input is not a request
  EXPECT_EQ(log[1].outcome, RequestOutcome::kRefused);
}

TEST_F(Rights, TheTextIsCorrectedOnlyWhileUnscreened) {
  auto code = Submit(kText, false);
  CorrectionInput fix;
  fix.asker_name = "Lê Thị Bơi Lội";
  fix.asker_contact = "boi@example.vn";
  fix.age = 23;
  fix.text = "Phường có mở lớp dạy bơi miễn phí cho thanh niên vào dịp hè không ạ?";
  auto after = CorrectMyData(ctx_, {code, kContact}, fix).value();
  EXPECT_EQ(after.question.asker_name, "Lê Thị Bơi Lội");
  EXPECT_EQ(after.question.age, 23);
  EXPECT_EQ(after.question.text, *fix.text);
  EXPECT_EQ(after.requests.back().detail, "asker_name, asker_contact, age, text");
  // The new contact is now the proof.
  EXPECT_TRUE(
      SeeMyData(ctx_, {code, kContact}, RequestKind::kAccess).error().Is(ErrorCode::kForbidden));
  ASSERT_TRUE(ScreenQuestion(ctx_, coordinator_, IdOf(code), {"accepted", std::nullopt, ""}).ok());
  auto late = CorrectMyData(ctx_, {code, "BOI@example.vn"},
                            {std::nullopt, std::nullopt, std::nullopt, std::string(kText)});
  ASSERT_TRUE(late.error().Is(ErrorCode::kConflict));
  EXPECT_EQ(late.error().fields().at(0).field, "text");
  auto bad =
      CorrectMyData(ctx_, {code, "boi@example.vn"}, {std::nullopt, std::nullopt, 15, "ngắn"});
  ASSERT_TRUE(bad.error().Is(ErrorCode::kInvalid));
  EXPECT_EQ(bad.error().fields().size(), 2u);  // age and text, together
  auto nothing = CorrectMyData(ctx_, {code, "boi@example.vn"}, {});
  EXPECT_EQ(nothing.error().fields().at(0).field, "fields");
}

TEST_F(Rights, RetentionErasesIdentitiesMonthsAfterTheDialogue) {
  auto code = Submit(kText, false);
  auto bare = Submit("Em muốn hỏi về sân bóng của phường mình", false, "");
  // Held 26/03/2025, no conclusion issued: 12 months later, 26/03/2026.
  clock_.Set(Instant::ParseIso("2026-03-24T17:00:00Z").value());  // 25/03 in Vietnam
  EXPECT_EQ(EraseExpiredIdentities(ctx_, 12)->questions, 0);
  EXPECT_EQ(SeeMyData(ctx_, {code, kContact}, RequestKind::kAccess)->question.asker_name,
            "Lê Thị Bơi");
  clock_.Set(Instant::ParseIso("2026-03-25T17:00:00Z").value());  // 26/03 in Vietnam
  auto run = EraseExpiredIdentities(ctx_, 12).value();
  EXPECT_EQ(run.questions, 2);  // both carried a name
  EXPECT_EQ(run.dialogues, 1);
  auto data = SeeMyData(ctx_, {code, ""}, RequestKind::kAccess).value();
  EXPECT_TRUE(data.question.asker_name.empty());
  EXPECT_TRUE(data.question.asker_contact.empty());
  EXPECT_EQ(data.question.text, kText);
  EXPECT_FALSE(data.consents[1].InForce());                   // nothing left to notify
  EXPECT_EQ(EraseExpiredIdentities(ctx_, 12)->questions, 0);  // idempotent
  EXPECT_TRUE(EraseExpiredIdentities(ctx_, 0).error().Is(ErrorCode::kInvalid));
  (void)bare;
}

TEST_F(Rights, TheLogIsReadByTheHostUnitsCoordinatorsOnly) {
  auto code = Submit(kText, false);
  ASSERT_TRUE(SeeMyData(ctx_, {code, kContact}, RequestKind::kExport).ok());
  auto page = ListDataRequests(ctx_, coordinator_, dialogue_, 50, 0).value();
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].kind, RequestKind::kExport);
  for (const Actor* other : {&national_, &officer_, &leader_}) {
    EXPECT_TRUE(ListDataRequests(ctx_, *other, dialogue_, 50, 0).error().Is(ErrorCode::kForbidden))
        << other->username;
  }
}

}  // namespace
}  // namespace doithoai
