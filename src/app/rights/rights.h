// A youth's rights over the personal data of their question (issue 10; PDP Law 91/2025/QH15,
// Decree 356/2025/NĐ-CP; SYSTEM.md §5 "a youth can see, export and delete their data"): without
// an account, with the question's tracking code — and the contact they left, if they left one —
// they see everything held about the question, take it away as JSON, correct it, withdraw a
// consent and delete it. Every request, done or refused, is recorded with its legal due date
// (domain/privacy/data_request.h) in the same transaction as what it changed; the coordinators
// of the hosting unit read that log. Identities also expire on their own (retention).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "domain/privacy/consent.h"
#include "domain/privacy/data_request.h"
#include "domain/question/public_status.h"
#include "domain/question/submission.h"
#include "domain/unit/agency.h"

namespace doithoai {

// Longest tracking code or contact read from a request; longer input is refused unread.
inline constexpr size_t kProofMaxBytes = 256;

// How the youth shows the question is theirs. Field errors name "tracking_code" and "contact".
struct Proof {
  std::string tracking_code;
  std::string contact;  // required when the question holds a contact; ignored otherwise
};

// Everything doithoai holds about one question and its asker.
struct MyData {
  Question question;  // as stored now: empty fields once erased
  std::string dialogue_title;
  std::string host_unit;                  // the unit holding the dialogue (the controller)
  std::optional<std::string> asker_unit;  // the ward the youth gave, by name
  PublicStatus status = PublicStatus::kReceived;
  std::optional<std::string> issue_title;
  std::vector<Agency> handling_agencies;  // the dialogue's coordinator, the issue's agencies
  std::vector<Consent> consents;          // in the order of kPurposes
  std::vector<DataRequest> requests;      // oldest first, this one included
  struct Event {
    Instant at;
    std::string action;  // "question.submitted", "question.screened", ...
    std::string by;      // the staff member's display name; "" for the youth or the system
  };
  std::vector<Event> history;  // from the audit log
};

// See (kind kAccess) or export (kind kExport) the data; recorded as answered at once.
Result<MyData> SeeMyData(Context& ctx, const Proof& proof, RequestKind kind);

// Replaces the fields given (domain/privacy/data_request.h: ValidateCorrection). The text only
// while the question is unscreened: afterwards a conflict naming "text" (recorded, refused).
// Emptying the contact withdraws the `contact` consent (nothing left to notify).
Result<MyData> CorrectMyData(Context& ctx, const Proof& proof, const CorrectionInput& in);

// Withdraws the `contact` or `publish_text` consent. `answer` is withdrawn by deleting
// (field error "purpose"); a consent not in force is a conflict (recorded, refused).
Result<MyData> WithdrawConsent(Context& ctx, const Proof& proof, const std::string& purpose);

// Erases the asker's name, contact, age and ward and withdraws every consent. With
// `keep_text`, the question's text stays (no longer linked to anyone) and keeps its
// publication consent; without it the text is removed everywhere: the question (an
// unscreened one is screened out as withdrawn), an issue titled with it (retitled), the audit
// snapshots of both, and so the search indexes, public pages and generated documents built
// from them. Callers holding derived copies (HTTP caches) drop them afterwards.
Result<MyData> DeleteMyData(Context& ctx, const Proof& proof, bool keep_text);

// The log of requests about a dialogue's questions, newest first: for the coordinators of the
// hosting unit (domain/access/data_request_access.h).
struct DataRequestPage {
  std::vector<DataRequest> items;
  int64_t total = 0;
};
Result<DataRequestPage> ListDataRequests(Context& ctx, const Actor& actor, DialogueId dialogue,
                                         int64_t limit, int64_t offset);

// Retention: erases the askers' names and contacts of every dialogue whose retention ended by
// today (domain/privacy/data_request.h: RetentionEnds), withdrawing the `contact` consents
// with them; one audit entry per dialogue. Idempotent, so a periodic job can run it often.
struct RetentionRun {
  int dialogues = 0;  // dialogues where something was erased
  int questions = 0;
};
Result<RetentionRun> EraseExpiredIdentities(Context& ctx, int months);

// Records the consents of a question just submitted (every purpose, ticked or not, with the
// text version shown); SubmitQuestion calls it inside its transaction.
Status RecordConsents(Tx& tx, QuestionId question, const ConsentChoices& choices, Instant at);

}  // namespace doithoai
