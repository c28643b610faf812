// Row readers shared by the SQLite repositories: one function per table, in the column
// order of the DT_*_COLS lists in queries.h.
#pragma once

#include "app/ports.h"
#include "storage/sqlite/connection.h"

namespace doithoai::storage::sqlite {

Unit ReadUnit(const Statement& s);
Agency ReadAgency(const Statement& s);
User ReadUser(const Statement& s);
Dialogue ReadDialogue(const Statement& s);
Milestone ReadMilestone(const Statement& s);
Question ReadQuestion(const Statement& s);
Issue ReadIssue(const Statement& s);  // without coordinating agencies
Answer ReadAnswer(const Statement& s);
AuditEntry ReadAudit(const Statement& s);

std::optional<Date> OptDate(const Statement& s, int col);
std::optional<Instant> OptInstant(const Statement& s, int col);
inline std::optional<std::string> IsoOf(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(d->ToIso()) : std::nullopt;
}
inline std::optional<int64_t> SecondsOf(const std::optional<Instant>& i) {
  return i ? std::optional<int64_t>(i->unix_seconds) : std::nullopt;
}
template <class IdT>
std::optional<int64_t> ValueOf(const std::optional<IdT>& id) {
  return id ? std::optional<int64_t>(id->value) : std::nullopt;
}
template <class IdT>
std::optional<IdT> IdOf(const Statement& s, int col) {
  auto v = s.OptInt(col);
  return v ? std::optional<IdT>(IdT(*v)) : std::nullopt;
}

// Runs a statement that returns one integer (INSERT … RETURNING id, an upsert returning a
// counter); constraint failures become kConflict/kInvalid naming `field`, a write inside a
// read transaction kInternal.
Result<int64_t> InsertReturningId(Statement& s, const char* field);

// For UPDATE statements: like CheckRun, and kNotFound when no row matched.
Status CheckUpdated(Connection& c, int rc, const char* field, const char* what);

}  // namespace doithoai::storage::sqlite
