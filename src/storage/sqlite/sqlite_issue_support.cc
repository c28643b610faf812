// The issues' support counts on SQLite (migration 0015).
#include "storage/sqlite/issue_support_queries.h"
#include "storage/sqlite/queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {

Result<bool> SqliteIssues::AddSupport(IssueId issue, std::string_view supporter, Instant at) {
  {
    auto exists = c_.Prepare(sql::kFindIssue);
    exists.Bind(issue.value);
    if (!exists.Next()) return Error::NotFound("nhóm vấn đề");
  }
  auto s = c_.Prepare(sql::kInsertIssueSupport);
  s.Bind(issue.value).Bind(supporter).Bind(at.unix_seconds);
  DT_RETURN_IF_ERROR(CheckRun(s.Run(), "issue_id", "lượt ủng hộ"));
  return c_.Changes() > 0;
}

int64_t SqliteIssues::CountSupport(IssueId issue) {
  auto s = c_.Prepare(sql::kCountIssueSupport);
  s.Bind(issue.value);
  return s.Next() ? s.Int(0) : 0;
}

std::map<IssueId, int64_t> SqliteIssues::SupportCounts(DialogueId dialogue) {
  std::map<IssueId, int64_t> out;
  auto s = c_.Prepare(sql::kIssueSupportOfDialogue);
  s.Bind(dialogue.value);
  while (s.Next()) out.emplace(IssueId(s.Int(0)), s.Int(1));
  return out;
}

}  // namespace doithoai::storage::sqlite
