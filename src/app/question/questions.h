// Question intake, screening and tracking (C3, C4).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "domain/question/public_status.h"
#include "domain/question/submission.h"

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

struct ScreeningInput {
  std::string screening;  // "new", "accepted", "duplicate", "out_of_scope"
  std::optional<int64_t> duplicate_of;
  std::string note;
};
Result<Question> ScreenQuestion(Context& ctx, const Actor& actor, QuestionId id,
                                const ScreeningInput& in);

struct QuestionPage {
  std::vector<Question> items;
  int64_t total = 0;
};
Result<QuestionPage> ListQuestions(Context& ctx, const Actor& actor, DialogueId dialogue,
                                   const QuestionFilter& filter);

struct Tracking {
  Question question;  // the caller must not publish asker_name / asker_contact
  std::string dialogue_title;
  PublicStatus status = PublicStatus::kReceived;
  std::optional<Answer> answer;  // only when published
  std::optional<Agency> answering_agency;
};
Result<Tracking> TrackQuestion(Context& ctx, std::string_view tracking_code);

}  // namespace doithoai
