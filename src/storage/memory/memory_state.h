// The whole content of a MemoryStore as plain values, and what a repository sees of it.
//
// A write transaction works on a private copy of the State and the store swaps the copy in
// only when the work succeeds: that copy is what makes Store::Write all-or-nothing. Rows are
// never deleted from id-keyed tables, so the next id is one past the largest, as with
// SQLite's INTEGER PRIMARY KEY. Lookups by code or name scan the table: this store is the
// naive reference the SQLite adapter is checked against, not a fast one.
#pragma once

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/ports.h"
#include "storage/memory/memory_indicator_tables.h"
#include "storage/memory/memory_initiative_tables.h"
#include "storage/memory/memory_live_tables.h"
#include "storage/memory/memory_mail_tables.h"
#include "storage/memory/memory_rights_tables.h"
#include "storage/memory/memory_text_tables.h"

namespace doithoai::storage::memory {

struct State {
  std::map<UnitId, Unit> units;
  std::map<AgencyId, Agency> agencies;
  std::map<UserId, User> users;
  std::map<UserId, std::vector<RoleGrant>> grants;       // unit_path is filled on read
  std::map<std::string, Session, std::less<>> sessions;  // by token_hash
  std::map<DialogueId, Dialogue> dialogues;
  std::map<MilestoneId, Milestone> milestones;
  std::map<QuestionId, Question> questions;
  std::map<BatchId, ImportBatch> batches;
  std::map<IssueId, Issue> issues;
  std::map<IssueId, Answer> answers;  // at most one answer per issue
  // Supporters of each issue (keyed hashes, "tôi cũng muốn hỏi điều này"), with when.
  std::map<IssueId, std::map<std::string, Instant, std::less<>>> issue_supports;
  std::map<int64_t, IssueFollow> issue_follows;  // by id
  std::vector<AuditEntry> audit;                 // in append order; entry i has id i + 1
  std::map<std::string, int64_t, std::less<>> counters;
  IndicatorTables indicators;  // memory_indicator_tables.h
  // Conclusions, documents and tasks (memory_tasks.cc). File bytes are shared, not copied,
  // when a write transaction copies the state.
  std::map<DocumentId, Document> documents;  // cites kept; unit_path filled on read
  std::map<std::pair<DocumentId, std::string>, std::shared_ptr<const std::string>> document_files;
  std::map<TaskId, Task> tasks;            // progress filled on read from reports
  std::map<ReportId, TaskReport> reports;  // evidence filled on read
  std::map<EvidenceId, std::pair<EvidenceFile, std::shared_ptr<const std::string>>> evidence;
  std::map<NotificationId, Notification> notifications;
  std::vector<OutboxMail> outbox;  // entry i has id i + 1
  TextTables text;                 // memory_text_tables.h
  RightsTables rights;             // memory_rights_tables.h
  MailTables mail;                 // memory_mail_tables.h
  LiveTables live;                 // memory_live_tables.h
  InitiativeTables initiatives;    // memory_initiative_tables.h
};

// A repository's view of its transaction: the state it reads and, in a write transaction,
// the same state to change.
class Tables {
 public:
  Tables(const State& read, State* write) : read_(&read), write_(write) {}

  const State& read() const { return *read_; }
  // The state to change; ErrorCode::kInternal inside Store::Read.
  Result<State*> write() const;

 private:
  const State* read_;
  State* write_;  // null in a read-only transaction
};

// One past the largest id of `table`; 1 for an empty table.
template <class Key, class Row>
Key NextId(const std::map<Key, Row>& table) {
  return table.empty() ? Key(1) : Key(table.rbegin()->first.value + 1);
}

// A uniqueness violation on `field` (ports.h: "a uniqueness violation is kConflict naming
// the field").
Error Duplicate(std::string field, std::string message);

// Rows [offset, offset + limit) of `rows`; a negative limit means no limit (as SQLite's).
template <class Row>
std::vector<Row> Page(std::vector<Row> rows, int64_t limit, int64_t offset) {
  size_t begin = static_cast<size_t>(std::max<int64_t>(offset, 0));
  if (begin >= rows.size()) return {};
  size_t end = limit < 0 ? rows.size() : std::min(rows.size(), begin + static_cast<size_t>(limit));
  return std::vector<Row>(std::make_move_iterator(rows.begin() + begin),
                          std::make_move_iterator(rows.begin() + end));
}

}  // namespace doithoai::storage::memory
