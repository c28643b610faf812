// Named SQL of the issues' support counts ("tôi cũng muốn hỏi điều này", migration 0015).
#pragma once

namespace doithoai::storage::sqlite::sql {

// A repeat of the same supporter changes nothing (sqlite3_changes tells which).
inline constexpr char kInsertIssueSupport[] =
    "INSERT INTO issue_supports (issue_id, supporter, created_at) VALUES ($1, $2, $3)"
    " ON CONFLICT (issue_id, supporter) DO NOTHING";
inline constexpr char kCountIssueSupport[] =
    "SELECT count(*) FROM issue_supports WHERE issue_id = $1";
inline constexpr char kIssueSupportOfDialogue[] =
    "SELECT s.issue_id, count(*) FROM issue_supports s JOIN issues i ON i.id = s.issue_id"
    " WHERE i.dialogue_id = $1 GROUP BY s.issue_id ORDER BY s.issue_id";

}  // namespace doithoai::storage::sqlite::sql
