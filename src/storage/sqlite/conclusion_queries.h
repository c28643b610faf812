// The named SQL of documents, tasks, progress reports, evidence, notifications and the outbox
// (migration 0002). Same conventions as queries.h: $N parameters in order of first use, one
// column list per table kept in step with its row reader.
#pragma once

namespace doithoai::storage::sqlite::sql {

// --- documents -----------------------------------------------------------------------------
#define DT_DOCUMENT_COLS                                                                   \
  "d.id, d.unit_id, u.path, d.dialogue_id, d.relays_id, d.origin, d.kind, d.type_code, "   \
  "d.type_name, d.number, d.symbol, d.number_symbol, d.issuer, d.parent_issuer, d.place, " \
  "d.issued_on, d.summary, d.signer, d.content_json, d.created_by, d.created_at"
#define DT_DOCUMENT_FROM " FROM documents d JOIN units u ON u.id = d.unit_id"
inline constexpr char kInsertDocument[] =
    "INSERT INTO documents (unit_id, dialogue_id, relays_id, origin, kind, type_code, type_name,"
    " number, symbol, number_symbol, issuer, parent_issuer, place, issued_on, year, summary,"
    " signer, content_json, created_by, created_at)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,"
    " $19, $20) RETURNING id";
inline constexpr char kInsertDocumentCite[] =
    "INSERT INTO document_cites (document_id, position, number_symbol) VALUES ($1, $2, $3)";
inline constexpr char kDocumentCites[] =
    "SELECT number_symbol FROM document_cites WHERE document_id = $1 ORDER BY position";
inline constexpr char kFindDocument[] =
    "SELECT " DT_DOCUMENT_COLS DT_DOCUMENT_FROM " WHERE d.id = $1";
// $1 unit path prefix or NULL, $2 dialogue or NULL, $3 limit, $4 offset.
inline constexpr char kListDocuments[] =
    "SELECT " DT_DOCUMENT_COLS DT_DOCUMENT_FROM
    " WHERE ($1 IS NULL OR substr(u.path, 1, length($1)) = $1)"
    " AND ($2 IS NULL OR d.dialogue_id = $2)"
    " ORDER BY d.issued_on IS NULL, d.issued_on DESC, d.id DESC LIMIT $3 OFFSET $4";
inline constexpr char kDocumentsByNumberSymbol[] =
    "SELECT " DT_DOCUMENT_COLS DT_DOCUMENT_FROM " WHERE d.number_symbol = $1 ORDER BY d.id";
inline constexpr char kRelayingDocuments[] =
    "SELECT " DT_DOCUMENT_COLS DT_DOCUMENT_FROM " WHERE d.relays_id = $1 ORDER BY d.id";
inline constexpr char kPutDocumentFile[] =
    "INSERT INTO document_files (document_id, format, bytes) VALUES ($1, $2, $3)";
inline constexpr char kDocumentFile[] =
    "SELECT bytes FROM document_files WHERE document_id = $1 AND format = $2";

// --- tasks ---------------------------------------------------------------------------------
#define DT_TASK_COLS                                                                           \
  "t.id, t.document_id, t.parent_id, t.carried_from_id, t.unit_id, u.path, t.lead_agency_id, " \
  "t.lead_name, t.content, t.deadline_kind, t.deadline_date, t.deadline_month, "               \
  "t.deadline_day, t.deadline_text, t.source, t.created_at"
#define DT_TASK_FROM " FROM tasks t JOIN units u ON u.id = t.unit_id"
inline constexpr char kInsertTask[] =
    "INSERT INTO tasks (document_id, parent_id, carried_from_id, unit_id, lead_agency_id,"
    " lead_name, content, deadline_kind, deadline_date, deadline_month, deadline_day,"
    " deadline_text, source, created_at)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id";
inline constexpr char kInsertTaskCoordinator[] =
    "INSERT INTO task_coordinators (task_id, position, agency_id, name) VALUES ($1, $2, $3, $4)";
inline constexpr char kInsertTaskIssue[] =
    "INSERT INTO task_issues (task_id, issue_id) VALUES ($1, $2)";
inline constexpr char kTaskCoordinators[] =
    "SELECT agency_id, name FROM task_coordinators WHERE task_id = $1 ORDER BY position";
inline constexpr char kTaskIssues[] =
    "SELECT issue_id FROM task_issues WHERE task_id = $1 ORDER BY issue_id";
inline constexpr char kTaskProgress[] =
    "SELECT reported_on, percent, done FROM task_reports WHERE task_id = $1 ORDER BY id";
inline constexpr char kFindTask[] = "SELECT " DT_TASK_COLS DT_TASK_FROM " WHERE t.id = $1";
inline constexpr char kTasksOfDocument[] =
    "SELECT " DT_TASK_COLS DT_TASK_FROM " WHERE t.document_id = $1 ORDER BY t.id";
inline constexpr char kTaskChildren[] =
    "SELECT " DT_TASK_COLS DT_TASK_FROM " WHERE t.parent_id = $1 ORDER BY t.id";
inline constexpr char kTasksInSubtree[] =
    "SELECT " DT_TASK_COLS DT_TASK_FROM " WHERE substr(u.path, 1, length($1)) = $1 ORDER BY t.id";
inline constexpr char kTasksOfAgency[] =
    "SELECT " DT_TASK_COLS DT_TASK_FROM
    " WHERE t.lead_agency_id = $1 OR EXISTS (SELECT 1 FROM task_coordinators c"
    " WHERE c.task_id = t.id AND c.agency_id = $1) ORDER BY t.id";
inline constexpr char kTasksOfIssue[] =
    "SELECT " DT_TASK_COLS DT_TASK_FROM
    " JOIN task_issues i ON i.task_id = t.id WHERE i.issue_id = $1 ORDER BY t.id";
// The status inputs of the tasks in a subtree (no texts), for a unit's board: units by a
// range on the path ($1 <= path < $2), then their tasks from a covering index (0005).
inline constexpr char kTaskStatusInSubtree[] =
    "SELECT t.id, t.parent_id, u.path, t.deadline_kind, t.deadline_date, t.deadline_month,"
    " t.deadline_day, t.created_at FROM units u JOIN tasks t ON t.unit_id = u.id"
    " WHERE u.path >= $1 AND u.path < $2";
// Their reports, oldest first per task: seeking each task's (below the root), or the whole
// covering index in one pass (the root's subtree holds every task).
inline constexpr char kReportStatusInSubtree[] =
    "SELECT r.task_id, r.reported_on, r.percent, r.done FROM units u"
    " JOIN tasks t ON t.unit_id = u.id JOIN task_reports r ON r.task_id = t.id"
    " WHERE u.path >= $1 AND u.path < $2";
inline constexpr char kReportStatusAll[] =
    "SELECT task_id, reported_on, percent, done FROM task_reports ORDER BY task_id, id";
// Every report of the tasks in a subtree, for status in bulk: task id first.
inline constexpr char kProgressInSubtree[] =
    "SELECT r.task_id, r.reported_on, r.percent, r.done FROM task_reports r"
    " JOIN tasks t ON t.id = r.task_id JOIN units u ON u.id = t.unit_id"
    " WHERE substr(u.path, 1, length($1)) = $1 ORDER BY r.task_id, r.id";

// --- reports and evidence ------------------------------------------------------------------
#define DT_REPORT_COLS \
  "id, task_id, reported_on, percent, done, text, agency_id, user_id, created_at"
inline constexpr char kInsertReport[] =
    "INSERT INTO task_reports (task_id, reported_on, percent, done, text, agency_id, user_id,"
    " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
inline constexpr char kReportsOfTask[] =
    "SELECT " DT_REPORT_COLS " FROM task_reports WHERE task_id = $1 ORDER BY id";
inline constexpr char kFindReport[] = "SELECT " DT_REPORT_COLS " FROM task_reports WHERE id = $1";
#define DT_EVIDENCE_COLS "id, report_id, file_name, content_type, size, sha256, uploaded_at"
inline constexpr char kInsertEvidence[] =
    "INSERT INTO evidence_files (report_id, file_name, content_type, size, sha256, bytes,"
    " uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
inline constexpr char kEvidenceOfReport[] =
    "SELECT " DT_EVIDENCE_COLS " FROM evidence_files WHERE report_id = $1 ORDER BY id";
inline constexpr char kFindEvidence[] =
    "SELECT " DT_EVIDENCE_COLS ", bytes FROM evidence_files WHERE id = $1";

// --- notifications and outbox --------------------------------------------------------------
#define DT_NOTIFICATION_COLS                                                                    \
  "n.id, n.kind, n.task_id, n.agency_id, n.unit_id, u.path, n.due_on, n.title, n.body, n.key, " \
  "n.created_at"
inline constexpr char kInsertNotification[] =
    "INSERT INTO notifications (kind, task_id, agency_id, unit_id, due_on, title, body, key,"
    " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
    " ON CONFLICT (key) DO NOTHING RETURNING id";
inline constexpr char kNotificationsOfAgency[] =
    "SELECT " DT_NOTIFICATION_COLS
    " FROM notifications n JOIN units u ON u.id = n.unit_id WHERE n.agency_id = $1"
    " ORDER BY n.id DESC LIMIT $2";
inline constexpr char kEscalationsInSubtree[] =
    "SELECT " DT_NOTIFICATION_COLS
    " FROM notifications n JOIN units u ON u.id = n.unit_id"
    " WHERE n.kind = 'overdue' AND substr(u.path, 1, length($1)) = $1"
    " ORDER BY n.id DESC LIMIT $2";
inline constexpr char kQueueMail[] =
    "INSERT INTO outbox (recipient, subject, body, key, created_at) VALUES ($1, $2, $3, $4, $5)"
    " ON CONFLICT (key) DO NOTHING";
inline constexpr char kOutbox[] =
    "SELECT id, recipient, subject, body, key, created_at, sent_at FROM outbox ORDER BY id LIMIT "
    "$1";

}  // namespace doithoai::storage::sqlite::sql
