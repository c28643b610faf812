// Question intake, screening and tracking (C3, C4).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "domain/question/public_status.h"
#include "domain/question/submission.h"
#include "domain/question/timeline.h"

namespace doithoai {

struct Submitted {
  std::string tracking_code;
  Instant submitted_at;
  PublicStatus status = PublicStatus::kReceived;
};

// A youth submits on the public page (no account). Acknowledged only once durable.
Result<Submitted> SubmitQuestion(Context& ctx, DialogueId dialogue, const SubmissionInput& in);

struct BatchRow {
  int row_number = 0;  // as the spreadsheet shows it, for error messages
  BatchRowInput input;
};

inline constexpr size_t kImportMaxReportedErrors = 200;

struct Imported {
  BatchId batch;
  int imported = 0;
};

// Imports all rows or none: any bad row fails the whole file with one error per bad cell,
// named "rows[<row number>].<field>".
Result<Imported> ImportQuestions(Context& ctx, const Actor& actor, DialogueId dialogue,
                                 const std::string& filename, const std::vector<BatchRow>& rows);

// A question as staff see it (domain/access/asker_access.h). The asker's contact never
// leaves in a view: it is revealed one question at a time by RevealContact, which logs it.
struct StaffQuestion {
  Question question;  // asker_contact cleared; asker_name and age cleared unless asker_visible
  bool asker_visible = false;
  bool has_contact = false;             // set only when asker_visible
  std::optional<std::string> age_band;  // for everyone (domain/question/age_band.h)
};
// The view of `q` for an actor who may (or may not) see its askers.
StaffQuestion StaffViewOf(Question q, bool asker_visible);

struct ScreeningInput {
  std::string screening;  // "new", "accepted", "duplicate", "out_of_scope"
  std::optional<int64_t> duplicate_of;
  std::string note;
};
Result<StaffQuestion> ScreenQuestion(Context& ctx, const Actor& actor, QuestionId id,
                                     const ScreeningInput& in);

struct QuestionPage {
  std::vector<StaffQuestion> items;
  int64_t total = 0;
};
Result<QuestionPage> ListQuestions(Context& ctx, const Actor& actor, DialogueId dialogue,
                                   const QuestionFilter& filter);

struct AskerContact {
  QuestionId question;
  std::string tracking_code;
  std::string asker_name;
  std::string asker_contact;  // "" when the youth left none
};
// Reveals who asked a question and how to reach them, to one who may see its askers
// (CanSeeAskers); writes "question.contact_revealed" (who, when, which question — never the
// contact) to the audit log in the same transaction, so no contact is shown unlogged. Not
// found for a missing question and for one the actor may not see into.
Result<AskerContact> RevealContact(Context& ctx, const Actor& actor, QuestionId id);

// The one lookup of a question by the code its asker holds, typed as a youth may type it
// (any case, hyphens or spaces, legacy "DT.20250312.0012" codes too). Every use case that acts
// for a code holder goes through it; public routes that call it throttle it per client
// (http::Api::tracking_lookups).
// Fails with kNotFound naming field "code": one error for every well-formed code that matches
// no question (whatever else exists), another for input that cannot be a code or has a typo.
struct CodeHolderQuestion {
  Question question;
  bool legacy_code = false;  // guessable: show no more than is public anyway
};
Result<CodeHolderQuestion> FindQuestionByTrackingCode(Tx& tx, std::string_view typed_code);

struct Tracking {
  Question question;  // the caller must not publish asker_name / asker_contact
  std::string dialogue_title;
  PublicStatus status = PublicStatus::kReceived;
  std::optional<Answer> answer;  // only when published
  std::optional<Agency> answering_agency;
  // False for a legacy code on a question not yet answered: anyone can guess such a code, so
  // the page leaves out the question's text and time (issue 10).
  bool shows_question = true;
  // What happened to it, step by step (domain/question/timeline.h); empty when the question
  // is hidden (legacy code).
  std::vector<TimelineStep> timeline;
  // A duplicate: the issue that answers the question it repeats, and whether that answer is
  // published (the page links to it on the dialogue's answers).
  std::optional<IssueId> original_issue;
  bool original_answered = false;
};
Result<Tracking> TrackQuestion(Context& ctx, std::string_view tracking_code);

}  // namespace doithoai
