// When a dialogue takes questions (issue 13: "a dialogue takes questions from its opening
// until a closing date that the plan sets, and never after its conclusion is issued"). The
// opening is the day the plan is published (Youth Law Art. 10(2)); the closing date is a
// field of the dialogue the coordinator sets from the plan; the coordinator may also pause
// intake (`intake_open`). Pure: `today` is passed in.
#pragma once

#include <optional>

#include "core/date.h"
#include "core/error.h"
#include "core/result.h"
#include "domain/dialogue/dialogue.h"

namespace doithoai {

enum class IntakeState {
  kOpen,        // questions are taken
  kNotOpenYet,  // before the plan is published (or no plan date yet)
  kPaused,      // the coordinator stopped intake (intake_open = false)
  kClosed,      // after intake_closes_on
  kConcluded,   // the conclusion notice is issued: the dialogue is over
};

const char* IntakeStateName(
    IntakeState s);  // "open", "not_open_yet", "paused", "closed", "concluded"

IntakeState IntakeOn(const Dialogue& d, Date today);

// Ok when a question may be submitted on `today`; kConflict otherwise, with a Vietnamese
// message naming the reason and the date (the closing date, the conclusion's date…).
Status CheckIntake(const Dialogue& d, Date today);

// The closing date is not before the opening (the plan's publication), field
// "intake_closes_on".
void ValidateIntakeDates(const Dialogue& d, FieldErrors& errors);

}  // namespace doithoai
