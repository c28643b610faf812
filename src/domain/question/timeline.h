// The story of one question as its asker sees it on the tracking page (issue 14, item 3):
// received → screened → grouped → routed to an agency, due when → answered → in the
// conclusion notice → each task made from it and its progress. Derived from the records each
// time, like the public status, so it cannot go stale; pure, with `today` passed in.
//
// Only what the asker may see goes in: the agency's name, dates, the task's content and
// progress. Never who screened or drafted, nor other askers' questions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "domain/answer/answer.h"
#include "domain/issue/issue.h"
#include "domain/question/question.h"
#include "domain/task/deadline.h"
#include "domain/task/task_status.h"

namespace doithoai {

enum class StepState {
  kDone,     // it happened (with a time when known)
  kCurrent,  // what is happening now: the next thing the asker waits for
  kPending,  // later steps
  kClosed,   // the question stops here (out of scope)
};
const char* StepStateName(StepState s);

struct TimelineStep {
  std::string
      kind;  // "received", "screened", "grouped", "routed", "answered", "conclusion", "task"
  std::string label;  // Vietnamese, for the page
  StepState state = StepState::kPending;
  std::optional<Instant> at;  // when it happened, if recorded
  std::optional<Date> due;    // the date it is owed by (answer, task)
  bool late = false;          // owed and not done by `due`
  std::string detail;         // agency, reason, document number, progress
};

// A task made from the question's issue, as the tracking page shows it.
struct TimelineTask {
  std::string content;
  Deadline deadline;
  std::vector<ProgressReport> progress;  // oldest first
  std::string lead_name;                 // the lead agency or unit
};

// The conclusion notice that carries the issue's tasks.
struct TimelineConclusion {
  std::string number_symbol;  // "158/TB-UBND"
  std::optional<Date> issued_on;
};

struct TimelineFacts {
  Question question;
  std::optional<Issue> issue;  // the question's issue, or its original's for a duplicate
  std::string lead_agency_name;
  std::optional<Answer> answer;  // only a published one is shown
  std::string answer_agency_name;
  std::optional<TimelineConclusion> conclusion;
  std::vector<TimelineTask> tasks;  // the issue's top-level tasks
};

std::vector<TimelineStep> BuildTimeline(const TimelineFacts& facts, Date today);

}  // namespace doithoai
