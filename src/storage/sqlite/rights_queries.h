// Named SQL of the youths' rights tables (migration 0006_personal_data.sql).
#pragma once

namespace doithoai::storage::sqlite::sql {

inline constexpr const char kSaveConsent[] =
    "INSERT INTO consents (question_id, purpose, granted, text_version, decided_at, withdrawn_at)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question_id, purpose) DO UPDATE SET"
    " granted = excluded.granted, text_version = excluded.text_version,"
    " decided_at = excluded.decided_at, withdrawn_at = excluded.withdrawn_at";
inline constexpr const char kConsentsOfQuestion[] =
    "SELECT question_id, purpose, granted, text_version, decided_at, withdrawn_at"
    " FROM consents WHERE question_id = ?";
inline constexpr const char kConsentingQuestions[] =
    "SELECT c.question_id FROM consents c JOIN questions q ON q.id = c.question_id"
    " WHERE q.dialogue_id = ? AND c.purpose = ? AND c.granted = 1 AND c.withdrawn_at IS NULL"
    " ORDER BY c.question_id";
#define DT_REQUEST_COLS \
  "id, question_id, dialogue_id, kind, received_at, due_on, answered_at, outcome, detail"
inline constexpr const char kInsertRequest[] =
    "INSERT INTO data_requests (question_id, dialogue_id, kind, received_at, due_on,"
    " answered_at, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr const char kRequestsOfQuestion[] =
    "SELECT " DT_REQUEST_COLS " FROM data_requests WHERE question_id = ? ORDER BY id";
inline constexpr const char kRequestsOfDialogue[] =
    "SELECT " DT_REQUEST_COLS
    " FROM data_requests WHERE dialogue_id = ? ORDER BY id DESC LIMIT ? OFFSET ?";
inline constexpr const char kCountRequests[] =
    "SELECT count(*) FROM data_requests WHERE dialogue_id = ?";
inline constexpr const char kQuestionsWithIdentity[] =
    "SELECT id FROM questions WHERE dialogue_id = ? AND (asker_name <> '' OR asker_contact <> '')"
    " ORDER BY id";
inline constexpr const char kAuditOf[] =
    "SELECT id, at, user_id, action, before_json, after_json FROM audit_log WHERE entity = ? AND "
    "entity_id = ?"
    " ORDER BY id";
inline constexpr const char kRedactAudit[] =
    "UPDATE audit_log SET before_json = ?, after_json = ? WHERE id = ?";

}  // namespace doithoai::storage::sqlite::sql
