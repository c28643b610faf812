// The storage suite's clauses for the youths' rights repository (app/rights/rights_repository.h),
// run on every backend. Pinned: consents come in the order of kPurposes; a saved consent
// replaces the one of the same (question, purpose); requests of a question oldest first, of a
// dialogue newest first; request ids from 1; unknown questions are kInvalid naming question_id.
#include <gtest/gtest.h>

#include "app/rights/rights_repository.h"
#include "domain/question/tracking_code.h"
#include "storage_suite/storage_suite.h"

namespace doithoai {
namespace {

struct Seeded {
  DialogueId dialogue, other;
  QuestionId named, bare, elsewhere;
};

Seeded Seed(Store& store) {
  Seeded s;
  EXPECT_TRUE(store
                  .Write([&](Tx& tx) -> Status {
                    Unit u;
                    u.code = "hai-phong";
                    u.name = "Thành phố Hải Phòng";
                    u.kind = "thành phố";
                    u.level = UnitLevel::kProvince;
                    DT_ASSIGN_OR_RETURN(Unit unit, tx.units().Insert(u));
                    Dialogue d;
                    d.unit = unit.id;
                    d.year = 2025;
                    d.title = "Đối thoại 2025";
                    d.held_on = Date(2025, 3, 26);
                    DT_ASSIGN_OR_RETURN(Dialogue stored, tx.dialogues().Insert(d));
                    d.year = 2026;
                    d.held_on = Date(2026, 3, 26);
                    DT_ASSIGN_OR_RETURN(Dialogue other, tx.dialogues().Insert(d));
                    s.dialogue = stored.id;
                    s.other = other.id;
                    int n = 0;
                    for (auto [dialogue, name, out] :
                         {std::tuple{stored.id, "Lê Văn An", &s.named},
                          std::tuple{stored.id, "", &s.bare},
                          std::tuple{other.id, "Trần Thị Bình", &s.elsewhere}}) {
                      Question q;
                      q.dialogue = dialogue;
                      q.tracking_code = FormatLegacyTrackingCode(Date(2025, 3, 1), ++n);
                      q.text = "Câu hỏi số " + std::to_string(n) + " của thanh niên";
                      q.asker_name = name;
                      q.submitted_at = Instant{1740800000};
                      DT_ASSIGN_OR_RETURN(Question stored_q, tx.questions().Insert(q));
                      *out = stored_q.id;
                    }
                    return Ok();
                  })
                  .ok());
  return s;
}

Consent MakeConsent(QuestionId q, Purpose p, bool granted) {
  return {q, p, granted, std::string(kConsentTextVersion), Instant{1740800000}, std::nullopt};
}

DataRequest MakeRequest(QuestionId q, DialogueId d, RequestKind kind) {
  DataRequest r;
  r.question = q;
  r.dialogue = d;
  r.kind = kind;
  r.received_at = Instant{1740900000};
  r.due_on = DueOn(kind, r.received_at);
  r.answered_at = r.received_at;
  r.detail = "đã xem / viewed";
  return r;
}

TEST_P(StorageSuite, ConsentsRoundTripInPurposeOrderAndAreReplacedPerPurpose) {
  Seeded s = Seed(store());
  ASSERT_TRUE(
      store()
          .Write([&](Tx& tx) -> Status {
            // Saved out of order: read back in the order of kPurposes.
            DT_RETURN_IF_ERROR(
                tx.rights().SaveConsent(MakeConsent(s.named, Purpose::kPublishText, false)));
            DT_RETURN_IF_ERROR(
                tx.rights().SaveConsent(MakeConsent(s.named, Purpose::kAnswer, true)));
            DT_RETURN_IF_ERROR(
                tx.rights().SaveConsent(MakeConsent(s.named, Purpose::kContact, true)));
            return tx.rights().SaveConsent(MakeConsent(s.elsewhere, Purpose::kPublishText, true));
          })
          .ok());
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    Consent withdrawn = MakeConsent(s.named, Purpose::kContact, true);
                    withdrawn.withdrawn_at = Instant{1740900000};
                    return tx.rights().SaveConsent(withdrawn);
                  })
                  .ok());
  ASSERT_TRUE(
      store()
          .Read([&](Tx& tx) -> Status {
            auto c = tx.rights().Consents(s.named);
            EXPECT_EQ(c.size(), 3u);
            if (c.size() != 3u) return Ok();
            EXPECT_EQ(c[0].purpose, Purpose::kAnswer);
            EXPECT_TRUE(c[0].granted);
            EXPECT_EQ(c[0].text_version, kConsentTextVersion);
            EXPECT_EQ(c[0].decided_at, Instant{1740800000});
            EXPECT_FALSE(c[0].withdrawn_at);
            EXPECT_EQ(c[1].purpose, Purpose::kContact);
            EXPECT_EQ(c[1].withdrawn_at, Instant{1740900000});
            EXPECT_FALSE(c[2].granted);
            EXPECT_TRUE(tx.rights().Consents(s.bare).empty());
            // In force only: granted and not withdrawn, within the dialogue.
            EXPECT_EQ(tx.rights().ConsentingQuestions(s.dialogue, Purpose::kAnswer),
                      std::vector<QuestionId>{s.named});
            EXPECT_TRUE(tx.rights().ConsentingQuestions(s.dialogue, Purpose::kContact).empty());
            EXPECT_TRUE(tx.rights().ConsentingQuestions(s.dialogue, Purpose::kPublishText).empty());
            EXPECT_EQ(tx.rights().ConsentingQuestions(s.other, Purpose::kPublishText),
                      std::vector<QuestionId>{s.elsewhere});
            return Ok();
          })
          .ok());
}

TEST_P(StorageSuite, DataRequestsAreLoggedPerQuestionAndDialogue) {
  Seeded s = Seed(store());
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    for (auto [q, d, k] :
                         {std::tuple{s.named, s.dialogue, RequestKind::kAccess},
                          std::tuple{s.bare, s.dialogue, RequestKind::kDeletion},
                          std::tuple{s.named, s.dialogue, RequestKind::kWithdrawal},
                          std::tuple{s.elsewhere, s.other, RequestKind::kExport}}) {
                      auto r = MakeRequest(q, d, k);
                      if (k == RequestKind::kWithdrawal) {
                        r.outcome = RequestOutcome::kRefused;
                        r.answered_at.reset();
                      }
                      DT_ASSIGN_OR_RETURN(DataRequest stored, tx.rights().InsertRequest(r));
                      (void)stored;
                    }
                    return Ok();
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    auto mine = tx.rights().Requests(s.named);
                    EXPECT_EQ(mine.size(), 2u);
                    if (mine.size() != 2u) return Ok();
                    EXPECT_EQ(mine[0].id, 1);
                    EXPECT_EQ(mine[0].kind, RequestKind::kAccess);
                    EXPECT_EQ(mine[0].dialogue, s.dialogue);
                    EXPECT_EQ(mine[0].received_at, Instant{1740900000});
                    EXPECT_EQ(mine[0].due_on, DueOn(RequestKind::kAccess, Instant{1740900000}));
                    EXPECT_EQ(mine[0].answered_at, Instant{1740900000});
                    EXPECT_EQ(mine[0].outcome, RequestOutcome::kDone);
                    EXPECT_EQ(mine[0].detail, "đã xem / viewed");
                    EXPECT_EQ(mine[1].kind, RequestKind::kWithdrawal);
                    EXPECT_EQ(mine[1].outcome, RequestOutcome::kRefused);
                    EXPECT_FALSE(mine[1].answered_at);
                    auto log = tx.rights().RequestsOfDialogue(s.dialogue, -1, 0);
                    EXPECT_EQ(log.size(), 3u);
                    if (log.size() == 3u) {
                      EXPECT_EQ(log[0].id, 3);  // newest first
                      EXPECT_EQ(log[2].id, 1);
                    }
                    auto page = tx.rights().RequestsOfDialogue(s.dialogue, 1, 1);
                    EXPECT_EQ(page.size(), 1u);
                    if (!page.empty()) {
                      EXPECT_EQ(page[0].id, 2);
                    }
                    EXPECT_EQ(tx.rights().CountRequests(s.dialogue), 3);
                    EXPECT_EQ(tx.rights().CountRequests(s.other), 1);
                    return Ok();
                  })
                  .ok());
}

TEST_P(StorageSuite, RightsWritesOnAnUnknownQuestionAreInvalidNamingQuestionId) {
  Seeded s = Seed(store());
  Status consent = store().Write([&](Tx& tx) -> Status {
    return tx.rights().SaveConsent(MakeConsent(QuestionId(999), Purpose::kAnswer, true));
  });
  ASSERT_FALSE(consent.ok());
  EXPECT_EQ(consent.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(consent.error().fields().at(0).field, "question_id");
  Status request = store().Write([&](Tx& tx) -> Status {
    auto r =
        tx.rights().InsertRequest(MakeRequest(QuestionId(999), s.dialogue, RequestKind::kAccess));
    return r.ok() ? Ok() : Status(r.error());
  });
  ASSERT_FALSE(request.ok());
  EXPECT_EQ(request.error().fields().at(0).field, "question_id");
}

TEST_P(StorageSuite, QuestionsWithIdentityAndAuditRedaction) {
  Seeded s = Seed(store());
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    AuditEntry e;
                    e.at = Instant{1740800000};
                    e.action = "question.submitted";
                    e.entity = "question";
                    e.entity_id = s.named.value;
                    e.after_json = R"({"text":"bí mật"})";
                    return tx.audit().Append(e);
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    EXPECT_EQ(tx.rights().QuestionsWithIdentity(s.dialogue),
                              std::vector<QuestionId>{s.named});
                    auto entries = tx.rights().AuditOf("question", s.named.value);
                    EXPECT_EQ(entries.size(), 1u);
                    if (entries.empty()) return Ok();
                    EXPECT_EQ(entries[0].action, "question.submitted");
                    EXPECT_EQ(entries[0].at, Instant{1740800000});
                    EXPECT_FALSE(entries[0].user);
                    EXPECT_EQ(entries[0].after_json, R"({"text":"bí mật"})");
                    entries[0].after_json = R"({"text":""})";
                    DT_RETURN_IF_ERROR(tx.rights().RedactAudit(entries[0]));
                    auto gone = entries[0];
                    gone.entry_id = 999;
                    EXPECT_TRUE(tx.rights().RedactAudit(gone).error().Is(ErrorCode::kNotFound));
                    EXPECT_TRUE(tx.rights().AuditOf("question", s.bare.value).empty());
                    return Ok();
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    EXPECT_EQ(tx.rights().AuditOf("question", s.named.value).at(0).after_json,
                              R"({"text":""})");
                    return Ok();
                  })
                  .ok());
}

}  // namespace
}  // namespace doithoai
