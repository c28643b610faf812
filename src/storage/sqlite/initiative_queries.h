// The named SQL of youth initiatives (migration 0014): calls, criteria, council, initiatives
// and the council's scorecards.
#pragma once

namespace doithoai::storage::sqlite::sql {

#define DT_CALL_COLS                                                                        \
  "id, unit_id, title, description, opens_on, closes_on, phase, published_on, created_by, " \
  "created_at, decision_document_id"
inline constexpr char kInsertInitiativeCall[] =
    "INSERT INTO initiative_calls (unit_id, title, description, opens_on, closes_on, phase,"
    " published_on, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
    " RETURNING id";
inline constexpr char kInsertCriterion[] =
    "INSERT INTO initiative_criteria (call_id, position, name, max_points) VALUES ($1, $2, $3, $4)";
inline constexpr char kInsertCouncilMember[] =
    "INSERT INTO initiative_council (call_id, user_id) VALUES ($1, $2)";
inline constexpr char kUpdateCallPhase[] =
    "UPDATE initiative_calls SET phase = $1, published_on = $2, decision_document_id = $3"
    " WHERE id = $4";
inline constexpr char kFindInitiativeCall[] =
    "SELECT " DT_CALL_COLS " FROM initiative_calls WHERE id = $1";
inline constexpr char kListInitiativeCalls[] =
    "SELECT " DT_CALL_COLS " FROM initiative_calls ORDER BY id DESC";
inline constexpr char kCallCriteria[] =
    "SELECT name, max_points FROM initiative_criteria WHERE call_id = $1 ORDER BY position";
inline constexpr char kCallCouncil[] =
    "SELECT user_id FROM initiative_council WHERE call_id = $1 ORDER BY user_id";

#define DT_INITIATIVE_COLS                                                                  \
  "id, call_id, tracking_code, title, problem, solution, field, team, unit, contact_name, " \
  "contact_email, status, screening_note, recognition, submitted_at, updated_at"
inline constexpr char kInsertInitiative[] =
    "INSERT INTO initiatives (call_id, tracking_code, title, problem, solution, field, team, unit,"
    " contact_name, contact_email, status, screening_note, recognition, submitted_at, updated_at)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
inline constexpr char kUpdateInitiative[] =
    "UPDATE initiatives SET status = $1, screening_note = $2, recognition = $3, updated_at = $4"
    " WHERE id = $5";
inline constexpr char kFindInitiative[] =
    "SELECT " DT_INITIATIVE_COLS " FROM initiatives WHERE id = $1";
inline constexpr char kFindInitiativeByCode[] =
    "SELECT " DT_INITIATIVE_COLS " FROM initiatives WHERE tracking_code = $1";
inline constexpr char kListInitiatives[] =
    "SELECT " DT_INITIATIVE_COLS " FROM initiatives WHERE call_id = $1 ORDER BY id";

inline constexpr char kPutScorecard[] =
    "INSERT INTO initiative_scores (initiative_id, member_id, points, comment, scored_at)"
    " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (initiative_id, member_id) DO UPDATE SET"
    " points = excluded.points, comment = excluded.comment, scored_at = excluded.scored_at";
inline constexpr char kScorecards[] =
    "SELECT initiative_id, member_id, points, comment, scored_at FROM initiative_scores"
    " WHERE initiative_id = $1 ORDER BY member_id";

// Migration 0016: the tasks an initiative's support became.
inline constexpr char kAddSupportTask[] =
    "INSERT INTO initiative_support_tasks (initiative_id, task_id) VALUES ($1, $2)"
    " ON CONFLICT DO NOTHING";
inline constexpr char kSupportTasks[] =
    "SELECT task_id FROM initiative_support_tasks WHERE initiative_id = $1 ORDER BY task_id";

}  // namespace doithoai::storage::sqlite::sql
