// A reporting round (kỳ báo cáo): which units report the programme's indicators for which
// period, by which date ("trước ngày 30/11 hằng năm"). Entry is open from opens_on to
// due_on; after the due date values are still taken, marked late (issue 13: "a round can be
// recorded after its due date"), until the next year's round would open (LocksOn); then the
// round is locked, except for a unit the coordinator granted an exception to, or while the
// coordinator has re-opened the whole round. Pure: `today` is passed in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/result.h"
#include "domain/indicator/indicator.h"

namespace doithoai {

struct Round {
  RoundId id;
  ProgrammeId programme;
  int period_year = 0;                 // the year the values describe
  Date opens_on;                       // first day of entry
  Date due_on;                         // last day of on-time entry (inclusive)
  std::optional<Date> reopened_until;  // late entry allowed for every unit until this day
  std::vector<UnitId> units;           // the units expected to report, ascending ids
  Instant created_at;
};

// A coordinator's permission for one unit to enter values after the due date.
struct RoundException {
  RoundId round;
  UnitId unit;
  Date until;  // inclusive
  std::string reason;
  std::optional<UserId> granted_by;
  Instant granted_at;
};

enum class RoundPhase {
  kNotOpen,   // before opens_on
  kOpen,      // entry on time
  kDueSoon,   // open, within kReminderDays of the due date: reminders go out
  kLate,      // after the due date, before LocksOn: entries are taken and marked late
  kLocked,    // from LocksOn; only units with an exception may enter
  kReopened,  // after the due date, re-opened for everyone until reopened_until
};

inline constexpr int kReminderDays = 7;

// "not_open", "open", "due_soon", "late", "locked", "reopened"
const char* RoundPhaseName(RoundPhase p);
RoundPhase PhaseOn(const Round& r, Date today);

// The first day a round no longer takes late entries: a year after it opened, when the next
// year's round of a yearly programme opens (29/02 → 28/02).
Date LocksOn(const Round& r);

// Ok when `unit` may enter values on `today`: the round is open (or re-opened), or the unit
// holds an exception that runs to today. kConflict naming the reason otherwise.
Status MayEnter(const Round& r, UnitId unit, const std::vector<RoundException>& exceptions,
                Date today);

// A value entered on `entered_on` counts as on time (DHIS2's "reporting rate on time").
inline bool IsOnTime(const Round& r, Date entered_on) { return entered_on <= r.due_on; }

// A new round: the period lies in the programme, the due date is after the opening and not
// in the past, and at least one unit reports.
void ValidateRound(const Round& r, const Programme& p, Date today, FieldErrors& errors);

// Re-opening runs to a day after the due date and not in the past.
Status ValidateReopen(const Round& r, Date until, Date today);
// An exception runs to a day after the due date and not in the past, for a reporting unit,
// with a reason.
Status ValidateException(const Round& r, const RoundException& e, Date today);

}  // namespace doithoai
