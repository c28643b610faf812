// Every SQL statement doithoai runs on SQLite, named. Parameters are $1, $2… in order of
// first use, which both SQLite and PostgreSQL accept. Column lists are kept in one constant
// per table so the row readers in *_repository.cc stay in step with them.
#pragma once

namespace doithoai::storage::sqlite::sql {

// --- units ---------------------------------------------------------------------------------
#define DT_UNIT_COLS "id, code, name, kind, level, parent_id, path"
inline constexpr char kInsertUnit[] =
    "INSERT INTO units (code, name, kind, level, parent_id, path) VALUES ($1, $2, $3, $4, $5, '')"
    " RETURNING id";
inline constexpr char kSetUnitPath[] = "UPDATE units SET path = $1 WHERE id = $2";
inline constexpr char kFindUnit[] = "SELECT " DT_UNIT_COLS " FROM units WHERE id = $1";
inline constexpr char kFindUnitByCode[] = "SELECT " DT_UNIT_COLS " FROM units WHERE code = $1";
inline constexpr char kUnitChildren[] =
    "SELECT " DT_UNIT_COLS " FROM units WHERE parent_id = $1 ORDER BY name, id";
inline constexpr char kUnitRoots[] =
    "SELECT " DT_UNIT_COLS " FROM units WHERE parent_id IS NULL ORDER BY name, id";
inline constexpr char kCountUnits[] = "SELECT count(*) FROM units";

// --- agencies ------------------------------------------------------------------------------
#define DT_AGENCY_COLS "id, unit_id, code, name, active"
inline constexpr char kInsertAgency[] =
    "INSERT INTO agencies (unit_id, code, name, active) VALUES ($1, $2, $3, $4) RETURNING id";
inline constexpr char kUpdateAgency[] =
    "UPDATE agencies SET unit_id = $1, code = $2, name = $3, active = $4 WHERE id = $5";
inline constexpr char kFindAgency[] = "SELECT " DT_AGENCY_COLS " FROM agencies WHERE id = $1";
inline constexpr char kFindAgencyByCode[] =
    "SELECT " DT_AGENCY_COLS " FROM agencies WHERE unit_id = $1 AND code = $2";
inline constexpr char kAgenciesOfUnit[] =
    "SELECT " DT_AGENCY_COLS " FROM agencies WHERE unit_id = $1 ORDER BY name, id";

// --- users, grants, sessions ---------------------------------------------------------------
#define DT_USER_COLS "id, username, display_name, password_hash, active, created_at"
inline constexpr char kInsertUser[] =
    "INSERT INTO users (username, display_name, password_hash, active, created_at)"
    " VALUES ($1, $2, $3, $4, $5) RETURNING id";
inline constexpr char kUpdateUser[] =
    "UPDATE users SET username = $1, display_name = $2, password_hash = $3, active = $4"
    " WHERE id = $5";
inline constexpr char kFindUser[] = "SELECT " DT_USER_COLS " FROM users WHERE id = $1";
inline constexpr char kFindUserByName[] = "SELECT " DT_USER_COLS " FROM users WHERE username = $1";
inline constexpr char kListUsers[] = "SELECT " DT_USER_COLS " FROM users ORDER BY username";
inline constexpr char kGrantsOfUser[] =
    "SELECT g.role, g.unit_id, g.agency_id, u.path FROM role_grants g"
    " JOIN units u ON u.id = g.unit_id WHERE g.user_id = $1 ORDER BY g.position";
inline constexpr char kDeleteGrants[] = "DELETE FROM role_grants WHERE user_id = $1";
inline constexpr char kInsertGrant[] =
    "INSERT INTO role_grants (user_id, position, role, unit_id, agency_id)"
    " VALUES ($1, $2, $3, $4, $5)";
inline constexpr char kInsertSession[] =
    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
    " VALUES ($1, $2, $3, $4, $5)";
inline constexpr char kFindSession[] =
    "SELECT token_hash, user_id, csrf_token, created_at, expires_at FROM sessions"
    " WHERE token_hash = $1";
inline constexpr char kDeleteSession[] = "DELETE FROM sessions WHERE token_hash = $1";
inline constexpr char kDeleteUserSessions[] = "DELETE FROM sessions WHERE user_id = $1";

// --- dialogues and milestones --------------------------------------------------------------
#define DT_DIALOGUE_COLS                                                                  \
  "id, unit_id, coordinator_agency_id, year, title, theme, summary, chair, form, venue, " \
  "held_on, plan_published_on, conclusion_issued_on, complex, intake_open, intake_closes_on"
inline constexpr char kInsertDialogue[] =
    "INSERT INTO dialogues (unit_id, coordinator_agency_id, year, title, theme, summary, chair,"
    " form, venue, held_on, plan_published_on, conclusion_issued_on, complex, intake_open,"
    " intake_closes_on)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id";
inline constexpr char kUpdateDialogue[] =
    "UPDATE dialogues SET unit_id = $1, coordinator_agency_id = $2, year = $3, title = $4,"
    " theme = $5, summary = $6, chair = $7, form = $8, venue = $9, held_on = $10,"
    " plan_published_on = $11, conclusion_issued_on = $12, complex = $13, intake_open = $14,"
    " intake_closes_on = $15 WHERE id = $16";
inline constexpr char kFindDialogue[] = "SELECT " DT_DIALOGUE_COLS " FROM dialogues WHERE id = $1";
inline constexpr char kListDialogues[] =
    "SELECT " DT_DIALOGUE_COLS " FROM dialogues ORDER BY held_on DESC, id DESC";
#define DT_MILESTONE_COLS "id, dialogue_id, title, due_on, agency_id, done_on"
inline constexpr char kInsertMilestone[] =
    "INSERT INTO milestones (dialogue_id, title, due_on, agency_id, done_on)"
    " VALUES ($1, $2, $3, $4, $5) RETURNING id";
inline constexpr char kUpdateMilestone[] =
    "UPDATE milestones SET dialogue_id = $1, title = $2, due_on = $3, agency_id = $4,"
    " done_on = $5 WHERE id = $6";
inline constexpr char kMilestonesOfDialogue[] =
    "SELECT " DT_MILESTONE_COLS " FROM milestones WHERE dialogue_id = $1 ORDER BY due_on, id";

// --- questions and batches -----------------------------------------------------------------
#define DT_QUESTION_COLS                                                                  \
  "id, dialogue_id, tracking_code, text, age, asker_name, asker_contact, asker_unit_id, " \
  "channel, batch_id, branch, represents, submitted_at, screening, screening_note, "      \
  "duplicate_of, issue_id"
inline constexpr char kInsertQuestion[] =
    "INSERT INTO questions (dialogue_id, tracking_code, text, age, asker_name, asker_contact,"
    " asker_unit_id, channel, batch_id, branch, represents, submitted_at, screening,"
    " screening_note, duplicate_of, issue_id)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"
    " RETURNING id";
inline constexpr char kUpdateQuestion[] =
    "UPDATE questions SET dialogue_id = $1, tracking_code = $2, text = $3, age = $4,"
    " asker_name = $5, asker_contact = $6, asker_unit_id = $7, channel = $8, batch_id = $9,"
    " branch = $10, represents = $11, submitted_at = $12, screening = $13,"
    " screening_note = $14, duplicate_of = $15, issue_id = $16 WHERE id = $17";
inline constexpr char kFindQuestion[] = "SELECT " DT_QUESTION_COLS " FROM questions WHERE id = $1";
inline constexpr char kFindQuestionByCode[] =
    "SELECT " DT_QUESTION_COLS " FROM questions WHERE tracking_code = $1";
// Filters: $2 screening or NULL; $3 grouped (1 has issue, 0 has none) or NULL; $4 issue or NULL.
#define DT_QUESTION_FILTER                                                                  \
  " WHERE dialogue_id = $1 AND ($2 IS NULL OR screening = $2)"                              \
  " AND ($3 IS NULL OR ($3 = 1 AND issue_id IS NOT NULL) OR ($3 = 0 AND issue_id IS NULL))" \
  " AND ($4 IS NULL OR issue_id = $4)"
inline constexpr char kListQuestions[] =
    "SELECT " DT_QUESTION_COLS " FROM questions" DT_QUESTION_FILTER
    " ORDER BY id LIMIT $5 OFFSET $6";
inline constexpr char kCountQuestions[] = "SELECT count(*) FROM questions" DT_QUESTION_FILTER;
// An issue's questions: the one filter on the public answers page, kept as its own statement
// so SQLite uses questions_by_issue (the shared filter above cannot).
inline constexpr char kListQuestionsOfIssue[] =
    "SELECT " DT_QUESTION_COLS
    " FROM questions WHERE issue_id = $1 AND dialogue_id = $2"
    " ORDER BY id LIMIT $3 OFFSET $4";
inline constexpr char kCountQuestionsOfIssue[] =
    "SELECT count(*) FROM questions WHERE issue_id = $1 AND dialogue_id = $2";
// A whole dialogue, unfiltered: a covering scan of questions_by_dialogue.
inline constexpr char kCountQuestionsOfDialogue[] =
    "SELECT count(*) FROM questions WHERE dialogue_id = $1";
inline constexpr char kInsertBatch[] =
    "INSERT INTO import_batches (dialogue_id, filename, compiled_by, uploaded_by, row_count,"
    " imported_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";

// --- issues and answers --------------------------------------------------------------------
#define DT_ISSUE_COLS "id, dialogue_id, title, lead_agency_id, answer_due_on, routed_at, created_at"
inline constexpr char kInsertIssue[] =
    "INSERT INTO issues (dialogue_id, title, lead_agency_id, answer_due_on, routed_at,"
    " created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
inline constexpr char kUpdateIssue[] =
    "UPDATE issues SET dialogue_id = $1, title = $2, lead_agency_id = $3, answer_due_on = $4,"
    " routed_at = $5, created_at = $6 WHERE id = $7";
inline constexpr char kFindIssue[] = "SELECT " DT_ISSUE_COLS " FROM issues WHERE id = $1";
inline constexpr char kIssuesOfDialogue[] =
    "SELECT " DT_ISSUE_COLS " FROM issues WHERE dialogue_id = $1 ORDER BY id";
inline constexpr char kCoordinatingOfIssue[] =
    "SELECT agency_id FROM issue_coordinating_agencies WHERE issue_id = $1 ORDER BY position";
inline constexpr char kDeleteCoordinating[] =
    "DELETE FROM issue_coordinating_agencies WHERE issue_id = $1";
inline constexpr char kInsertCoordinating[] =
    "INSERT INTO issue_coordinating_agencies (issue_id, position, agency_id) VALUES ($1, $2, $3)";
#define DT_ANSWER_COLS                                                                \
  "issue_id, agency_id, body, timing, status, drafted_by, submitted_at, decided_by, " \
  "decided_at, return_reason, published_at"
inline constexpr char kSaveAnswer[] =
    "INSERT INTO answers (issue_id, dialogue_id, agency_id, body, timing, status, drafted_by,"
    " submitted_at, decided_by, decided_at, return_reason, published_at)"
    " VALUES ($1, (SELECT dialogue_id FROM issues WHERE id = $1), $2, $3, $4, $5, $6, $7, $8,"
    " $9, $10, $11)"
    " ON CONFLICT (issue_id) DO UPDATE SET agency_id = excluded.agency_id,"
    " body = excluded.body, timing = excluded.timing, status = excluded.status,"
    " drafted_by = excluded.drafted_by, submitted_at = excluded.submitted_at,"
    " decided_by = excluded.decided_by, decided_at = excluded.decided_at,"
    " return_reason = excluded.return_reason, published_at = excluded.published_at";
inline constexpr char kFindAnswer[] = "SELECT " DT_ANSWER_COLS " FROM answers WHERE issue_id = $1";
inline constexpr char kAnswersOfDialogue[] =
    "SELECT " DT_ANSWER_COLS " FROM answers WHERE dialogue_id = $1 ORDER BY issue_id";
inline constexpr char kPublishedAnswers[] =
    "SELECT " DT_ANSWER_COLS
    " FROM answers WHERE dialogue_id = $1 AND status = 'approved'"
    " ORDER BY published_at DESC, issue_id LIMIT $2 OFFSET $3";
inline constexpr char kCountPublished[] =
    "SELECT count(*) FROM answers WHERE dialogue_id = $1 AND status = 'approved'";

// --- audit and counters --------------------------------------------------------------------
#define DT_AUDIT_COLS                                                                     \
  "a.id, a.at, a.user_id, a.action, a.entity, a.entity_id, a.before_json, a.after_json, " \
  "a.unit_id, a.area"
inline constexpr char kAppendAudit[] =
    "INSERT INTO audit_log (at, user_id, action, entity, entity_id, before_json, after_json,"
    " unit_id, area) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
// $3 = 1: only the entries of one reader's scope — of areas $4..$6 (a reader reads at most
// three), about a unit of the subtree at $7, or about no unit when $8 = 1. Parameters are
// bound in order of first appearance: keep $1..$9 in that order.
inline constexpr char kListAudit[] =
    "SELECT " DT_AUDIT_COLS
    " FROM audit_log a LEFT JOIN units u ON u.id = a.unit_id"
    " WHERE ($1 = '' OR a.entity = $1) AND ($1 = '' OR $2 = 0 OR a.entity_id = $2)"
    " AND ($3 = 0 OR (a.area IN ($4, $5, $6)"
    "   AND (substr(u.path, 1, length($7)) = $7 OR (a.unit_id IS NULL AND $8 = 1))))"
    " ORDER BY a.id DESC LIMIT $9";
inline constexpr char kNextCounter[] =
    "INSERT INTO counters (name, value) VALUES ($1, 1)"
    " ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value";

// --- migrations ----------------------------------------------------------------------------
inline constexpr char kCreateMigrations[] =
    "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER"
    " NOT NULL)";
inline constexpr char kAppliedMigration[] = "SELECT 1 FROM schema_migrations WHERE name = $1";
inline constexpr char kRecordMigration[] =
    "INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)";

}  // namespace doithoai::storage::sqlite::sql
