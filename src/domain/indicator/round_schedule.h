// A programme's yearly reporting rounds (issue 13: "reporting rounds recur every year from the
// programme, opened automatically, with reminders sent"): the plan says "báo cáo trước ngày
// 30/11 hằng năm"; the round of year Y opens on the schedule's opening day of Y and is due on
// its due day of Y. Pure: `today` is passed in; the server's timer job opens what is due and
// sends the reminders, each once (keys).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "domain/indicator/reporting_round.h"

namespace doithoai {

// "MM-DD" ↔ month and day; nullopt for anything else (29/02 is a valid day of a schedule).
std::optional<std::pair<unsigned, unsigned>> ParseMonthDay(std::string_view s);
std::string MonthDayText(unsigned month, unsigned day);  // "11-30"

// Both days exist (29/02 allowed, read 28/02 in common years) and the opening is not after
// the due day in the calendar year. Fields "round_schedule.opens_on", "round_schedule.due_on".
void ValidateSchedule(const RoundSchedule& s, FieldErrors& errors);

// The round of `year` on the schedule: period `year`, opening and due dates of that year.
// REQUIRES: s.IsSet(). Its units are the caller's to fill.
Round ScheduledRound(const RoundSchedule& s, ProgrammeId programme, int year);

// The period whose round should be open on `today` and is not among `existing_periods`:
// today's year when the schedule is set, the year lies in [start_year, end_year] and today is
// on or after that year's opening day. nullopt otherwise (never a second round for a period).
std::optional<int> PeriodToOpen(const Programme& p, const RoundSchedule& s,
                                const std::vector<int>& existing_periods, Date today);

// What a reporting unit is told about a round, once each (the key): that it opened, that the
// due date is near (kReminderDays) and the unit has not reported everything, that the due
// date passed and its report is missing (entered now, it is marked late).
enum class RoundNotice { kOpened, kDueSoon, kLate };
const char* RoundNoticeName(RoundNotice n);  // "opened", "due_soon", "late"

// nullopt when nothing is due; `complete`: the unit has reported every expected indicator.
std::optional<RoundNotice> RoundNoticeFor(const Round& r, bool complete, Date today);

// "round:12:unit:40:due_soon": one mail per round, unit and notice.
std::string RoundNoticeKey(RoundId round, UnitId unit, RoundNotice n);

}  // namespace doithoai
