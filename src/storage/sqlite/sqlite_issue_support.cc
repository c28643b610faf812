// The issues' support counts and followers on SQLite (migrations 0015_*).
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

namespace {

IssueFollow ReadFollow(const Statement& s) {
  return {s.Int(0), IssueId(s.Int(1)), s.Text(2), Instant{s.Int(3)}, OptInstant(s, 4)};
}

}  // namespace

Result<IssueFollow> SqliteIssues::RequestFollow(IssueId issue, std::string_view address,
                                                Instant at) {
  {
    auto exists = c_.Prepare(sql::kFindIssue);
    exists.Bind(issue.value);
    if (!exists.Next()) return Error::NotFound("nhóm vấn đề");
  }
  auto s = c_.Prepare(sql::kRequestFollow);
  s.Bind(issue.value).Bind(address).Bind(at.unix_seconds);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "email"));
  auto row = FindFollow(id);
  if (!row) return Error::Internal("theo dõi vừa ghi không đọc lại được");
  return *row;
}

std::optional<IssueFollow> SqliteIssues::FindFollow(int64_t id) {
  auto s = c_.Prepare(sql::kFindFollow);
  s.Bind(id);
  if (!s.Next()) return std::nullopt;
  return ReadFollow(s);
}

std::optional<IssueFollow> SqliteIssues::FindFollowOf(IssueId issue, std::string_view address) {
  auto s = c_.Prepare(sql::kFindFollowOf);
  s.Bind(issue.value).Bind(address);
  if (!s.Next()) return std::nullopt;
  return ReadFollow(s);
}

Status SqliteIssues::ConfirmFollow(int64_t id, Instant at) {
  auto s = c_.Prepare(sql::kConfirmFollow);
  s.Bind(at.unix_seconds).Bind(id);
  return CheckUpdated(c_, s.Run(), "token", "đăng ký theo dõi");
}

std::vector<IssueFollow> SqliteIssues::ConfirmedFollows(IssueId issue) {
  std::vector<IssueFollow> out;
  auto s = c_.Prepare(sql::kConfirmedFollows);
  s.Bind(issue.value);
  while (s.Next()) out.push_back(ReadFollow(s));
  return out;
}

int64_t SqliteIssues::CountFollowRequests(std::string_view address, Instant since) {
  auto s = c_.Prepare(sql::kCountFollowRequests);
  s.Bind(address).Bind(since.unix_seconds);
  return s.Next() ? s.Int(0) : 0;
}

}  // namespace doithoai::storage::sqlite
