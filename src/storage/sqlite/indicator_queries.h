// The SQL of the indicator repositories (C9), named, with $N parameters as in queries.h.
#pragma once

namespace doithoai::storage::sqlite::sql {

#define DT_PROGRAMME_COLS                                                   \
  "id, unit_id, title, basis, start_year, end_year, adopts_id, created_at," \
  " round_opens_month, round_opens_day, round_due_month, round_due_day"
inline constexpr char kInsertProgramme[] =
    "INSERT INTO indicator_programmes (unit_id, title, basis, start_year, end_year, adopts_id,"
    " created_at, round_opens_month, round_opens_day, round_due_month, round_due_day)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id";
inline constexpr char kFindProgramme[] =
    "SELECT " DT_PROGRAMME_COLS " FROM indicator_programmes WHERE id = $1";
inline constexpr char kListProgrammes[] =
    "SELECT " DT_PROGRAMME_COLS " FROM indicator_programmes ORDER BY id";

#define DT_INDICATOR_COLS                                                                \
  "id, programme_id, code, name, grp, measure, kind, direction, baseline_year,"          \
  " baseline_value, responsible_agency_id, reporting_level, is_public, adopted_from_id," \
  " position, values_from_id"
inline constexpr char kInsertIndicator[] =
    "INSERT INTO indicators (programme_id, code, name, grp, measure, kind, direction,"
    " baseline_year, baseline_value, responsible_agency_id, reporting_level, is_public,"
    " adopted_from_id, position, values_from_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
    " $10, $11, $12, $13, $14, $15) RETURNING id";
inline constexpr char kUpdateIndicator[] =
    "UPDATE indicators SET programme_id = $1, code = $2, name = $3, grp = $4, measure = $5,"
    " kind = $6, direction = $7, baseline_year = $8, baseline_value = $9,"
    " responsible_agency_id = $10, reporting_level = $11, is_public = $12,"
    " adopted_from_id = $13, position = $14, values_from_id = $15 WHERE id = $16";
inline constexpr char kFindIndicator[] =
    "SELECT " DT_INDICATOR_COLS " FROM indicators WHERE id = $1";
inline constexpr char kListIndicators[] =
    "SELECT " DT_INDICATOR_COLS " FROM indicators WHERE programme_id = $1 ORDER BY position, id";
inline constexpr char kDeleteTargets[] = "DELETE FROM indicator_targets WHERE indicator_id = $1";
inline constexpr char kInsertTarget[] =
    "INSERT INTO indicator_targets (indicator_id, year, value) VALUES ($1, $2, $3)";
inline constexpr char kTargetsOf[] =
    "SELECT year, value FROM indicator_targets WHERE indicator_id = $1 ORDER BY year";
inline constexpr char kTargetsOfProgramme[] =
    "SELECT t.indicator_id, t.year, t.value FROM indicator_targets t"
    " JOIN indicators i ON i.id = t.indicator_id WHERE i.programme_id = $1"
    " ORDER BY t.indicator_id, t.year";

#define DT_ROUND_COLS "id, programme_id, period_year, opens_on, due_on, reopened_until, created_at"
inline constexpr char kInsertRound[] =
    "INSERT INTO reporting_rounds (programme_id, period_year, opens_on, due_on, reopened_until,"
    " created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
inline constexpr char kUpdateRound[] =
    "UPDATE reporting_rounds SET reopened_until = $1 WHERE id = $2";
inline constexpr char kFindRound[] = "SELECT " DT_ROUND_COLS " FROM reporting_rounds WHERE id = $1";
inline constexpr char kListRounds[] = "SELECT " DT_ROUND_COLS
                                      " FROM reporting_rounds WHERE programme_id = $1"
                                      " ORDER BY period_year DESC, id DESC";
inline constexpr char kInsertRoundUnit[] =
    "INSERT INTO round_units (round_id, unit_id) VALUES ($1, $2)";
inline constexpr char kRoundUnits[] =
    "SELECT unit_id FROM round_units WHERE round_id = $1 ORDER BY unit_id";

inline constexpr char kSaveException[] =
    "INSERT INTO round_exceptions (round_id, unit_id, until, reason, granted_by, granted_at)"
    " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (round_id, unit_id) DO UPDATE SET"
    " until = excluded.until, reason = excluded.reason, granted_by = excluded.granted_by,"
    " granted_at = excluded.granted_at";
inline constexpr char kExceptions[] =
    "SELECT round_id, unit_id, until, reason, granted_by, granted_at FROM round_exceptions"
    " WHERE round_id = $1 ORDER BY unit_id";

#define DT_VALUE_COLS                                                                         \
  "round_id, indicator_id, unit_id, numerator, denominator, comment, entered_by, entered_at," \
  " entered_on"
inline constexpr char kSaveValue[] =
    "INSERT INTO indicator_values (" DT_VALUE_COLS
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
    " ON CONFLICT (round_id, indicator_id, unit_id) DO UPDATE SET numerator = excluded.numerator,"
    " denominator = excluded.denominator, comment = excluded.comment,"
    " entered_by = excluded.entered_by, entered_at = excluded.entered_at,"
    " entered_on = excluded.entered_on";
inline constexpr char kValuesOfRound[] = "SELECT " DT_VALUE_COLS
                                         " FROM indicator_values WHERE round_id = $1"
                                         " ORDER BY indicator_id, unit_id";
inline constexpr char kValuesOfIndicator[] =
    "SELECT " DT_VALUE_COLS
    " FROM indicator_values WHERE round_id = $1 AND indicator_id = $2"
    " ORDER BY unit_id";

inline constexpr char kEnteredOfRound[] =
    "SELECT unit_id, indicator_id, entered_on FROM indicator_values WHERE round_id = $1"
    " ORDER BY indicator_id, unit_id";
inline constexpr char kFiguresOfRound[] =
    "SELECT indicator_id, unit_id, numerator, coalesce(denominator, 0) FROM indicator_values"
    " WHERE round_id = $1 ORDER BY indicator_id, unit_id";

inline constexpr char kLinkTask[] =
    "INSERT INTO indicator_tasks (indicator_id, task_id) VALUES ($1, $2)"
    " ON CONFLICT (indicator_id, task_id) DO NOTHING";
inline constexpr char kUnlinkTask[] =
    "DELETE FROM indicator_tasks WHERE indicator_id = $1 AND task_id = $2";
inline constexpr char kLinkedTasks[] =
    "SELECT task_id FROM indicator_tasks WHERE indicator_id = $1 ORDER BY task_id";

// Subtree by materialised path: a range on the path (LIKE would not use an index on every
// backend); '0' is the character after '/'.
inline constexpr char kUnitsWithin[] =
    "SELECT id, code, name, kind, level, parent_id, path FROM units"
    " WHERE path >= $1 AND path < $2 ORDER BY path";

}  // namespace doithoai::storage::sqlite::sql
