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

namespace doithoai::storage::sqlite::sql {

// --- following an issue by e-mail (migration 0017_issue_follow) ----------------------------
#define DT_FOLLOW_COLS "id, issue_id, address, requested_at, confirmed_at"
inline constexpr char kRequestFollow[] =
    "INSERT INTO issue_follows (issue_id, address, requested_at) VALUES ($1, $2, $3)"
    " ON CONFLICT (issue_id, address) DO UPDATE SET requested_at = excluded.requested_at"
    " RETURNING id";
inline constexpr char kFindFollow[] = "SELECT " DT_FOLLOW_COLS " FROM issue_follows WHERE id = $1";
inline constexpr char kFindFollowOf[] =
    "SELECT " DT_FOLLOW_COLS " FROM issue_follows WHERE issue_id = $1 AND address = $2";
inline constexpr char kConfirmFollow[] =
    "UPDATE issue_follows SET confirmed_at = coalesce(confirmed_at, $1) WHERE id = $2";
inline constexpr char kConfirmedFollows[] = "SELECT " DT_FOLLOW_COLS
                                            " FROM issue_follows WHERE issue_id = $1"
                                            " AND confirmed_at IS NOT NULL ORDER BY id";
inline constexpr char kCountFollowRequests[] =
    "SELECT count(*) FROM issue_follows WHERE address = $1 AND requested_at >= $2";
#undef DT_FOLLOW_COLS

}  // namespace doithoai::storage::sqlite::sql
