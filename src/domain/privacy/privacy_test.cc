// The pure rules of youths' personal data (issue 10).
#include <gtest/gtest.h>

#include "domain/privacy/consent.h"
#include "domain/privacy/data_request.h"
#include "domain/question/submission.h"

namespace doithoai {
namespace {

TEST(Consent, NoBoxIsTickedForTheYouth) {
  SubmissionInput in{"Câu hỏi đủ dài để gửi đi", 20, "", "", false, std::nullopt};
  auto r = ValidateSubmission(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields().at(0).field, "consent");
  EXPECT_FALSE(in.consent_contact || in.consent_publish_text) << "optional purposes default off";
}

TEST(Consent, BeingNotifiedNeedsAContact) {
  SubmissionInput in{"Câu hỏi đủ dài để gửi đi", 20, "", "", true, std::nullopt, true, false};
  auto r = ValidateSubmission(in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields().at(0).field, "consent_contact");
  in.asker_contact = "an@example.vn";
  EXPECT_TRUE(ValidateSubmission(in)->consent_contact);
}

TEST(Consent, AWebTextIsPublishedOnlyWithItsConsentAndNeverOnceErased) {
  Question web;
  web.text = "Câu hỏi của thanh niên";
  EXPECT_FALSE(MayPublishText(web, false));
  EXPECT_TRUE(MayPublishText(web, true));
  Question imported = web;
  imported.channel = Channel::kImport;  // compiled by the Youth Union branch
  EXPECT_TRUE(MayPublishText(imported, false));
  web.text.clear();
  EXPECT_FALSE(MayPublishText(web, true));
}

TEST(Consent, InForceMeansGrantedAndNotWithdrawn) {
  Consent c{QuestionId(1), Purpose::kContact, true, "v", Instant{0}, std::nullopt};
  EXPECT_TRUE(ConsentInForce(std::vector<Consent>{c}, Purpose::kContact));
  EXPECT_FALSE(ConsentInForce(std::vector<Consent>{c}, Purpose::kPublishText));
  c.withdrawn_at = Instant{5};
  EXPECT_FALSE(ConsentInForce(std::vector<Consent>{c}, Purpose::kContact));
  for (auto p : kPurposes) EXPECT_EQ(ParsePurpose(PurposeName(p)), p);
  EXPECT_TRUE(ConsentTextOf(Purpose::kAnswer).required);
  EXPECT_FALSE(ConsentTextOf(Purpose::kPublishText).required);
}

TEST(DataRequest, Decree356DueDates) {
  Instant received = Instant::ParseIso("2026-03-01T18:00:00Z").value();     // 02/03 in Vietnam
  EXPECT_EQ(DueOn(RequestKind::kWithdrawal, received), Date(2026, 3, 17));  // 15 days
  EXPECT_EQ(DueOn(RequestKind::kDeletion, received), Date(2026, 3, 12));    // 10 days (assumed)
  for (auto k : {RequestKind::kAccess, RequestKind::kExport, RequestKind::kCorrection,
                 RequestKind::kWithdrawal, RequestKind::kDeletion}) {
    EXPECT_EQ(ParseRequestKind(RequestKindName(k)), k);
  }
}

TEST(DataRequest, ContactsMatchWithoutCaseOrSpaces) {
  EXPECT_TRUE(SameContact("0912 345 678", "0912345678"));
  EXPECT_TRUE(SameContact("An.Nguyen@Mail.VN", " an.nguyen@mail.vn "));
  EXPECT_FALSE(SameContact("0912345678", "0912345679"));
  EXPECT_FALSE(SameContact("0912345678", "091234567"));
  EXPECT_FALSE(SameContact("0912345678", ""));
}

TEST(DataRequest, CorrectionsFollowTheSubmissionRules) {
  EXPECT_EQ(ValidateCorrection({}).error().fields().at(0).field, "fields");
  auto bad = ValidateCorrection({std::string(101, 'a'), std::nullopt, 31, std::string("ngắn")});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().size(), 3u);
  auto ok = ValidateCorrection({std::string("  Lê   Văn An "), std::nullopt, 16, std::nullopt});
  EXPECT_EQ(*ok->asker_name, "Lê Văn An");
}

TEST(Retention, CountsMonthsFromTheConclusionOrTheDialogue) {
  EXPECT_EQ(RetentionEnds(Date(2025, 3, 26), std::nullopt, 12), Date(2026, 3, 26));
  EXPECT_EQ(RetentionEnds(Date(2025, 3, 26), Date(2025, 4, 8), 12), Date(2026, 4, 8));
  EXPECT_EQ(RetentionEnds(Date(2025, 1, 31), std::nullopt, 1), Date(2025, 2, 28));
}

}  // namespace
}  // namespace doithoai
