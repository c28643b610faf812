// A youth's request about their personal data (PDP Law 91/2025/QH15: to see, receive a copy of,
// correct and delete one's data and to withdraw consent), the legal time to answer it, and how
// the youth proves the question is theirs.
//
// Time limits. Decree 356/2025/NĐ-CP (in force 01/01/2026, replacing Decree 13/2023) sets a
// time per kind of request instead of Decree 13's 72 hours. What we could read of it (secondary
// sources summarising the decree; the decree's own text should be checked, docs/security.md):
//  - the controller acknowledges a request within 2 working days of receiving it;
//  - a withdrawal of consent is carried out within 15 days (Decree 356 Art. 5(2), Art. 10);
//  - the other requests within 10 to 20 days depending on the kind — ASSUMPTION: we hold every
//    kind to the shortest, 10 days.
// doithoai carries out every request at once, inside the request; the due date is recorded so
// the log shows that each answer came within the time the law allows.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace doithoai {

enum class RequestKind { kAccess, kExport, kCorrection, kWithdrawal, kDeletion };
const char* RequestKindName(RequestKind k);  // "access", "export", "correction", ...
std::optional<RequestKind> ParseRequestKind(std::string_view name);

enum class RequestOutcome { kDone, kRefused };
const char* RequestOutcomeName(RequestOutcome o);  // "done", "refused"
std::optional<RequestOutcome> ParseRequestOutcome(std::string_view name);

inline constexpr int kAcknowledgeWorkingDays = 2;  // Decree 356/2025 (see above)
inline constexpr int kWithdrawalDays = 15;         // Decree 356/2025 Art. 5(2), Art. 10
inline constexpr int kOtherRequestDays = 10;       // ASSUMPTION (see above)

// The last day (Vietnam calendar) to carry out a request of `kind` received at `received`.
Date DueOn(RequestKind kind, Instant received);

struct DataRequest {
  int64_t id = 0;
  QuestionId question;
  DialogueId dialogue;  // the question's, for the staff log
  RequestKind kind = RequestKind::kAccess;
  Instant received_at;
  Date due_on;
  std::optional<Instant> answered_at;
  RequestOutcome outcome = RequestOutcome::kDone;
  // What was done ("asker_name, age"; "publish_text"; "text kept") or why it was refused
  // ("contact does not match"); never the personal data itself.
  std::string detail;
};

// The youth proves the question is theirs with its tracking code (the secret they were given)
// and, when they left a contact, that contact. Contacts are compared without regard to case or
// white space ("0912 345 678" = "0912345678", "An@Mail.vn" = "an@mail.vn"), in time that does
// not depend on where they differ.
bool SameContact(std::string_view stored, std::string_view typed);

// What a youth may correct: each field present is replaced. The text only while nobody has
// screened the question yet (checked by the use case).
struct CorrectionInput {
  std::optional<std::string> asker_name;
  std::optional<std::string> asker_contact;
  std::optional<int> age;
  std::optional<std::string> text;
};
struct CleanCorrection {
  std::optional<std::string> asker_name, asker_contact, text;
  std::optional<int> age;
};
// Same rules as a submission (domain/question/submission.h); field errors name "asker_name",
// "asker_contact", "age", "text"; nothing given at all is an error naming "fields".
Result<CleanCorrection> ValidateCorrection(const CorrectionInput& in);

// Retention (PDP Law 91/2025: data kept no longer than its purpose needs). The purpose of an
// asker's name and contact ends with the dialogue's follow-up: they are erased `months` after
// the dialogue's conclusion notice was issued, or, when none was issued, after the dialogue was
// held. The question's text, age and ward stay (they are what the answer and the statistics
// rest on, and without a name they no longer point at a person).
inline constexpr int kDefaultRetentionMonths = 12;
Date RetentionEnds(Date held_on, std::optional<Date> conclusion_issued_on, int months);

}  // namespace doithoai
