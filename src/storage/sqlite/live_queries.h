// The named SQL of the dialogue day (migration 0012): live entries and the hall's screen.
#pragma once

namespace doithoai::storage::sqlite::sql {

#define DT_LIVE_ENTRY_COLS                                                                      \
  "id, dialogue_id, seq, client_key, channel, asker, asker_unit, text, issue_id, answered_by, " \
  "answer, outcome, promised_by, forwarded_to, duplicate_of, entered_by, entered_at, "          \
  "updated_at, version"
inline constexpr char kInsertLiveEntry[] =
    "INSERT INTO live_entries (dialogue_id, seq, client_key, channel, asker, asker_unit, text,"
    " issue_id, answered_by, answer, outcome, promised_by, forwarded_to, duplicate_of,"
    " entered_by, entered_at, updated_at, version)"
    " VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM live_entries WHERE dialogue_id = $1),"
    " $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)"
    " RETURNING id";
inline constexpr char kLiveEntrySeq[] = "SELECT seq FROM live_entries WHERE id = $1";
inline constexpr char kUpdateLiveEntry[] =
    "UPDATE live_entries SET channel = $1, asker = $2, asker_unit = $3, text = $4, issue_id = $5,"
    " answered_by = $6, answer = $7, outcome = $8, promised_by = $9, forwarded_to = $10,"
    " duplicate_of = $11, updated_at = $12, version = $13 WHERE id = $14";
inline constexpr char kFindLiveEntry[] =
    "SELECT " DT_LIVE_ENTRY_COLS " FROM live_entries WHERE dialogue_id = $1 AND seq = $2";
inline constexpr char kFindLiveEntryByKey[] =
    "SELECT " DT_LIVE_ENTRY_COLS " FROM live_entries WHERE dialogue_id = $1 AND client_key = $2";
inline constexpr char kListLiveEntries[] =
    "SELECT " DT_LIVE_ENTRY_COLS " FROM live_entries WHERE dialogue_id = $1 ORDER BY seq";
inline constexpr char kSetLiveScreen[] =
    "INSERT INTO live_screens (dialogue_id, seq, since) VALUES ($1, $2, $3)"
    " ON CONFLICT (dialogue_id) DO UPDATE SET seq = excluded.seq, since = excluded.since";
inline constexpr char kLiveScreen[] = "SELECT seq, since FROM live_screens WHERE dialogue_id = $1";

// Migration 0013: the programme and the delegates.
inline constexpr char kClearAgenda[] = "DELETE FROM dialogue_agenda WHERE dialogue_id = $1";
inline constexpr char kInsertAgendaItem[] =
    "INSERT INTO dialogue_agenda (dialogue_id, position, starts_at, title, speaker)"
    " VALUES ($1, $2, $3, $4, $5)";
inline constexpr char kAgenda[] =
    "SELECT starts_at, title, speaker FROM dialogue_agenda WHERE dialogue_id = $1 ORDER BY "
    "position";
#define DT_DELEGATE_COLS "id, dialogue_id, kind, name, position, unit, checked_in_at, created_at"
inline constexpr char kInsertDelegate[] =
    "INSERT INTO dialogue_delegates (dialogue_id, kind, name, position, unit, checked_in_at,"
    " created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";
inline constexpr char kUpdateDelegate[] =
    "UPDATE dialogue_delegates SET kind = $1, name = $2, position = $3, unit = $4,"
    " checked_in_at = $5 WHERE id = $6";
inline constexpr char kFindDelegate[] =
    "SELECT " DT_DELEGATE_COLS " FROM dialogue_delegates WHERE dialogue_id = $1 AND id = $2";
inline constexpr char kListDelegates[] =
    "SELECT " DT_DELEGATE_COLS " FROM dialogue_delegates WHERE dialogue_id = $1 ORDER BY id";

}  // namespace doithoai::storage::sqlite::sql
