// Drafts of a dialogue's documents from its records (C7, C8), ready for the renderers:
//  - the conclusion notice (TB), sections a)–d) of Decree 13/2021 Art. 11: a) every issue
//    raised; b) those answered on the spot (approved answers given at the event); c) those
//    answered in writing or later, with the agency they went to; d) each routed issue still
//    without an approved answer, as an assignment to its lead agency with its deadline;
//  - the compiled answers (BC) of the coordinator: every issue, its questions, its answer.
// Drafts carry no number or date: the clerk numbers them on issue (Decree 30, Art. 15).
#pragma once

#include "app/dialogue/dialogue_records.h"
#include "app/initiative/initiatives.h"
#include "documents/render/compiled_answers.h"
#include "documents/render/conclusion_notice.h"
#include "documents/render/dialogue_plan.h"
#include "documents/render/invitation.h"
#include "documents/render/minutes.h"
#include "documents/render/recognition_decision.h"
#include "documents/render/task_table_xlsx.h"

namespace doithoai::documents {

// One assignment of section d), with what it links to: the issue it answers, or the task of
// last year it continues, and the agencies and deadline as records (for the stored task).
struct ConclusionAssignment {
  Recommendation printed;
  std::optional<IssueId> issue;
  std::optional<TaskId> carried_from;
  std::optional<AgencyId> lead;
  std::vector<AgencyId> coordinating;
  UnitId unit;  // the lead's unit
  Deadline deadline;
};

// Every routed issue still without an approved answer, then every unfinished task carried
// over from the previous dialogue. An issue's answer deadline that falls before the notice is
// issued (`issued_on`) cannot be the task's: the task then gets kResolveWithinDays from it.
std::vector<ConclusionAssignment> ConclusionAssignments(const DialogueRecords& records,
                                                        Date issued_on);

inline constexpr int kResolveWithinDays = 30;

// The notice as it would read if issued on `issued_on` (a draft: no number, no date).
ConclusionNoticeInput ConclusionDraftInput(const DialogueRecords& records, Date issued_on);
CompiledAnswersInput CompiledAnswersDraftInput(const DialogueRecords& records);

// The minutes (BB) of the dialogue day from what the secretariat recorded (issue 15): every
// question raised in the order entered, who asked on behalf of whom, who answered, the gist and
// the outcome; the chair and venue from the plan. Times and the secretary's name are left for
// the clerk to fill in.
MinutesInput MinutesDraftInput(const DialogueRecords& records);

// The invitation (GM) of one delegate or guest of the records, with the day's programme.
// kNotFound if `delegate` is not one of them.
Result<InvitationInput> InvitationDraftInput(const DialogueRecords& records, int64_t delegate);

// The dialogue's plan (KH, ND13 Art. 9) from its record: theme, form, time, venue, the
// milestones as the timeline, the coordinating body and the Youth Union's part.
DialoguePlanInput PlanDraftInput(const DialogueRecords& records);

// The decision recognising a call's initiatives (issue 15, C10), in the Youth Union's form
// (heading of the call's unit, "QĐ/<code>", TM. BAN THƯỜNG VỤ / BÍ THƯ): one row per recognised
// initiative with its authors, unit and award; dated blank in the year it is drafted.
RecognitionDecisionInput RecognitionDecisionDraftInput(const InitiativeRecords& records,
                                                       Date today);

}  // namespace doithoai::documents
