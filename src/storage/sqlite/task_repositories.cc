// Documents, tasks, reports, evidence and notifications on SQLite.
#include "storage/sqlite/task_repositories.h"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

#include "storage/sqlite/conclusion_queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {
namespace {

Document ReadDocument(const Statement& s) {
  Document d;
  d.id = DocumentId(s.Int(0));
  d.unit = UnitId(s.Int(1));
  d.unit_path = s.Text(2);
  d.dialogue = IdOf<DialogueId>(s, 3);
  d.relays = IdOf<DocumentId>(s, 4);
  d.origin = s.Text(5) == "imported" ? DocumentOrigin::kImported : DocumentOrigin::kGenerated;
  d.kind = s.Text(6);
  d.type_code = s.Text(7);
  d.type_name = s.Text(8);
  d.number = s.OptInt(9);
  d.symbol = s.Text(10);
  d.number_symbol = s.Text(11);
  d.issuer = s.Text(12);
  d.parent_issuer = s.Text(13);
  d.place = s.Text(14);
  d.issued_on = OptDate(s, 15);
  d.summary = s.Text(16);
  d.signer = s.Text(17);
  d.content_json = s.Text(18);
  d.created_by = IdOf<UserId>(s, 19);
  d.created_at = Instant{s.Int(20)};
  return d;
}

Task ReadTask(const Statement& s) {
  Task t;
  t.id = TaskId(s.Int(0));
  t.document = DocumentId(s.Int(1));
  t.parent = IdOf<TaskId>(s, 2);
  t.carried_from = IdOf<TaskId>(s, 3);
  t.unit = UnitId(s.Int(4));
  t.unit_path = s.Text(5);
  t.lead = {IdOf<AgencyId>(s, 6), s.Text(7)};
  t.content = s.Text(8);
  t.deadline.kind = ParseDeadlineKind(s.Text(9)).value_or(DeadlineKind::kNone);
  t.deadline.date = OptDate(s, 10);
  t.deadline.month = static_cast<unsigned>(s.Int(11));
  t.deadline.day = static_cast<unsigned>(s.Int(12));
  t.deadline.text = s.Text(13);
  t.source = s.Text(14);
  t.created_at = Instant{s.Int(15)};
  FillAssignedOn(t);
  return t;
}

ProgressReport ReadProgress(const Statement& s, int col) {
  ProgressReport p;
  p.on = Date::Parse(s.Text(col)).value_or(Date());
  p.percent = static_cast<int>(s.Int(col + 1));
  p.done = s.Int(col + 2) != 0;
  return p;
}

TaskReport ReadReport(const Statement& s) {
  TaskReport r;
  r.id = ReportId(s.Int(0));
  r.task = TaskId(s.Int(1));
  r.on = Date::Parse(s.Text(2)).value_or(Date());
  r.percent = static_cast<int>(s.Int(3));
  r.done = s.Int(4) != 0;
  r.text = s.Text(5);
  r.agency = IdOf<AgencyId>(s, 6);
  r.user = UserId(s.Int(7));
  r.created_at = Instant{s.Int(8)};
  return r;
}

EvidenceFile ReadEvidence(const Statement& s) {
  EvidenceFile e;
  e.id = EvidenceId(s.Int(0));
  e.report = ReportId(s.Int(1));
  e.file_name = s.Text(2);
  e.content_type = s.Text(3);
  e.size = s.Int(4);
  e.sha256 = s.Text(5);
  e.uploaded_at = Instant{s.Int(6)};
  return e;
}

Notification ReadNotification(const Statement& s) {
  Notification n;
  n.id = NotificationId(s.Int(0));
  n.kind = s.Text(1) == "overdue" ? NotificationKind::kOverdue : NotificationKind::kReminder;
  n.task = TaskId(s.Int(2));
  n.agency = IdOf<AgencyId>(s, 3);
  n.unit = UnitId(s.Int(4));
  n.unit_path = s.Text(5);
  n.due = Date::Parse(s.Text(6)).value_or(Date());
  n.title = s.Text(7);
  n.body = s.Text(8);
  n.key = s.Text(9);
  n.created_at = Instant{s.Int(10)};
  return n;
}

int DocumentYear(const Document& d) {
  return d.issued_on ? d.issued_on->year() : d.created_at.VietnamDate().year();
}

}  // namespace

// --- documents -----------------------------------------------------------------------------

Result<Document> SqliteDocuments::Insert(Document d) {
  auto s = c_.Prepare(sql::kInsertDocument);
  s.Bind(d.unit.value)
      .Bind(ValueOf(d.dialogue))
      .Bind(ValueOf(d.relays))
      .Bind(DocumentOriginName(d.origin))
      .Bind(d.kind)
      .Bind(d.type_code)
      .Bind(d.type_name)
      .Bind(d.number)
      .Bind(d.symbol)
      .Bind(d.number_symbol)
      .Bind(d.issuer)
      .Bind(d.parent_issuer)
      .Bind(d.place)
      .Bind(IsoOf(d.issued_on))
      .Bind(DocumentYear(d))
      .Bind(d.summary)
      .Bind(d.signer)
      .Bind(d.content_json)
      .Bind(ValueOf(d.created_by))
      .Bind(d.created_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "number_symbol"));
  d.id = DocumentId(id);
  for (size_t i = 0; i < d.cites.size(); ++i) {
    auto c = c_.Prepare(sql::kInsertDocumentCite);
    c.Bind(id).Bind(static_cast<int64_t>(i)).Bind(d.cites[i]);
    DT_RETURN_IF_ERROR(CheckRun(c.Run(), "cites", "văn bản"));
  }
  if (auto u = SqliteUnits(c_).Find(d.unit)) d.unit_path = u->path;
  return d;
}

std::vector<Document> SqliteDocuments::Collect(Statement& s) {
  std::vector<Document> out;
  while (s.Next()) out.push_back(ReadDocument(s));
  for (auto& d : out) {
    auto c = c_.Prepare(sql::kDocumentCites);
    c.Bind(d.id.value);
    while (c.Next()) d.cites.push_back(c.Text(0));
  }
  return out;
}

std::optional<Document> SqliteDocuments::Find(DocumentId id) {
  auto s = c_.Prepare(sql::kFindDocument);
  s.Bind(id.value);
  auto out = Collect(s);
  if (out.empty()) return std::nullopt;
  return std::move(out.front());
}

std::vector<Document> SqliteDocuments::List(const DocumentFilter& f) {
  auto s = c_.Prepare(sql::kListDocuments);
  s.Bind(f.unit_path).Bind(ValueOf(f.dialogue)).Bind(f.limit).Bind(f.offset);
  return Collect(s);
}

std::vector<Document> SqliteDocuments::FindByNumberSymbol(std::string_view number_symbol) {
  auto s = c_.Prepare(sql::kDocumentsByNumberSymbol);
  s.Bind(number_symbol);
  return Collect(s);
}

std::vector<Document> SqliteDocuments::Relaying(DocumentId id) {
  auto s = c_.Prepare(sql::kRelayingDocuments);
  s.Bind(id.value);
  return Collect(s);
}

Status SqliteDocuments::PutFile(const DocumentFile& f) {
  auto s = c_.Prepare(sql::kPutDocumentFile);
  s.Bind(f.document.value).Bind(f.format).BindBlob(f.bytes);
  return CheckRun(s.Run(), "format", "tệp văn bản");
}

std::optional<DocumentFile> SqliteDocuments::File(DocumentId id, std::string_view format) {
  auto s = c_.Prepare(sql::kDocumentFile);
  s.Bind(id.value).Bind(format);
  if (!s.Next()) return std::nullopt;
  return DocumentFile{id, std::string(format), s.Blob(0)};
}

// --- tasks ---------------------------------------------------------------------------------

Result<Task> SqliteTasks::Insert(Task t) {
  auto s = c_.Prepare(sql::kInsertTask);
  s.Bind(t.document.value)
      .Bind(ValueOf(t.parent))
      .Bind(ValueOf(t.carried_from))
      .Bind(t.unit.value)
      .Bind(ValueOf(t.lead.agency))
      .Bind(t.lead.name)
      .Bind(t.content)
      .Bind(DeadlineKindName(t.deadline.kind))
      .Bind(IsoOf(t.deadline.date))
      .Bind(static_cast<int64_t>(t.deadline.month))
      .Bind(static_cast<int64_t>(t.deadline.day))
      .Bind(t.deadline.text)
      .Bind(t.source)
      .Bind(t.created_at.unix_seconds);
  auto id = InsertReturningId(s, "task");
  if (!id.ok()) {
    // A missing document, parent, unit or agency is a foreign key failure.
    if (id.error().code() == ErrorCode::kInvalid) return Error::NotFound("văn bản hoặc cơ quan");
    return id.error();
  }
  t.id = TaskId(*id);
  for (size_t i = 0; i < t.coordinating.size(); ++i) {
    auto c = c_.Prepare(sql::kInsertTaskCoordinator);
    c.Bind(*id).Bind(static_cast<int64_t>(i)).Bind(ValueOf(t.coordinating[i].agency));
    c.Bind(t.coordinating[i].name);
    DT_RETURN_IF_ERROR(CheckRun(c.Run(), "coordinating", "cơ quan phối hợp"));
  }
  for (IssueId issue : t.issues) {
    auto c = c_.Prepare(sql::kInsertTaskIssue);
    c.Bind(*id).Bind(issue.value);
    DT_RETURN_IF_ERROR(CheckRun(c.Run(), "issues", "nhóm vấn đề"));
  }
  if (auto u = SqliteUnits(c_).Find(t.unit)) t.unit_path = u->path;
  FillAssignedOn(t);
  t.progress.clear();
  return t;
}

void SqliteTasks::Fill(Task& t) {
  auto c = c_.Prepare(sql::kTaskCoordinators);
  c.Bind(t.id.value);
  while (c.Next()) t.coordinating.push_back({IdOf<AgencyId>(c, 0), c.Text(1)});
  auto i = c_.Prepare(sql::kTaskIssues);
  i.Bind(t.id.value);
  while (i.Next()) t.issues.push_back(IssueId(i.Int(0)));
  auto p = c_.Prepare(sql::kTaskProgress);
  p.Bind(t.id.value);
  while (p.Next()) t.progress.push_back(ReadProgress(p, 0));
}

std::vector<Task> SqliteTasks::Collect(Statement& s, bool with_details) {
  std::vector<Task> out;
  while (s.Next()) out.push_back(ReadTask(s));
  if (with_details) {
    for (auto& t : out) Fill(t);
  }
  return out;
}

std::optional<Task> SqliteTasks::Find(TaskId id) {
  auto s = c_.Prepare(sql::kFindTask);
  s.Bind(id.value);
  auto out = Collect(s);
  if (out.empty()) return std::nullopt;
  return std::move(out.front());
}

std::vector<Task> SqliteTasks::ListByDocument(DocumentId document) {
  auto s = c_.Prepare(sql::kTasksOfDocument);
  s.Bind(document.value);
  return Collect(s);
}

std::vector<Task> SqliteTasks::Children(TaskId parent) {
  auto s = c_.Prepare(sql::kTaskChildren);
  s.Bind(parent.value);
  return Collect(s);
}

// A whole subtree may hold 10⁵ tasks: the progress of all of them comes from one query, and
// coordinators and issues are left out (ports.h: Find gives the full task).
std::vector<Task> SqliteTasks::ListInSubtree(std::string_view unit_path) {
  auto s = c_.Prepare(sql::kTasksInSubtree);
  s.Bind(unit_path);
  std::vector<Task> out = Collect(s, /*with_details=*/false);
  std::unordered_map<int64_t, size_t> at;
  at.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) at.emplace(out[i].id.value, i);
  auto p = c_.Prepare(sql::kProgressInSubtree);
  p.Bind(unit_path);
  while (p.Next()) {
    auto it = at.find(p.Int(0));
    if (it != at.end()) out[it->second].progress.push_back(ReadProgress(p, 1));
  }
  return out;
}

std::vector<TaskStatusRow> SqliteTasks::StatusRowsInSubtree(std::string_view unit_path) {
  // Paths end in '/': every path below starts with it and sorts before it with its last
  // character raised ('/' + 1 == '0').
  std::string upper(unit_path);
  if (!upper.empty()) upper.back() = static_cast<char>(upper.back() + 1);
  auto s = c_.Prepare(sql::kTaskStatusInSubtree);
  s.Bind(unit_path).Bind(upper);
  std::vector<TaskStatusRow> out;
  out.reserve(1024);
  int64_t max_id = 0;
  while (s.Next()) {
    TaskStatusRow r;
    r.id = TaskId(s.Int(0));
    r.parent = IdOf<TaskId>(s, 1);
    r.unit_path = s.Text(2);
    r.deadline.kind = ParseDeadlineKind(s.Text(3)).value_or(DeadlineKind::kNone);
    r.deadline.date = OptDate(s, 4);
    r.deadline.month = static_cast<unsigned>(s.Int(5));
    r.deadline.day = static_cast<unsigned>(s.Int(6));
    r.deadline.assigned_on = Instant{s.Int(7)}.VietnamDate();
    max_id = std::max(max_id, r.id.value);
    out.push_back(std::move(r));
  }
  // Where each task is in `out`: ids are dense, so an array when it stays small, else a map.
  std::vector<int32_t> slot;
  std::unordered_map<int64_t, size_t> at;
  bool dense = max_id <= 4 * static_cast<int64_t>(out.size()) + 65536;
  if (dense) {
    slot.assign(static_cast<size_t>(max_id) + 1, -1);
    for (size_t i = 0; i < out.size(); ++i) slot[out[i].id.value] = static_cast<int32_t>(i);
  } else {
    for (size_t i = 0; i < out.size(); ++i) at.emplace(out[i].id.value, i);
  }
  auto find = [&](int64_t id) -> TaskStatusRow* {
    if (dense) {
      if (id < 0 || id > max_id || slot[id] < 0) return nullptr;
      return &out[slot[id]];
    }
    auto it = at.find(id);
    return it == at.end() ? nullptr : &out[it->second];
  };
  // The root's path has one id ("/1/"): its subtree is every task.
  bool root = std::count(unit_path.begin(), unit_path.end(), '/') <= 2;
  auto p = c_.Prepare(root ? sql::kReportStatusAll : sql::kReportStatusInSubtree);
  if (!root) p.Bind(unit_path).Bind(upper);
  while (p.Next()) {
    if (TaskStatusRow* row = find(p.Int(0))) row->progress.push_back(ReadProgress(p, 1));
  }
  return out;
}

std::vector<Task> SqliteTasks::ListForAgencies(const std::vector<AgencyId>& agencies) {
  std::map<int64_t, Task> by_id;
  for (AgencyId a : agencies) {
    auto s = c_.Prepare(sql::kTasksOfAgency);
    s.Bind(a.value);
    while (s.Next()) {
      Task t = ReadTask(s);
      by_id.emplace(t.id.value, std::move(t));
    }
  }
  std::vector<Task> out;
  for (auto& [id, t] : by_id) {
    Fill(t);
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<Task> SqliteTasks::ListByIssue(IssueId issue) {
  auto s = c_.Prepare(sql::kTasksOfIssue);
  s.Bind(issue.value);
  return Collect(s);
}

Result<TaskReport> SqliteTasks::InsertReport(TaskReport r) {
  auto s = c_.Prepare(sql::kInsertReport);
  s.Bind(r.task.value)
      .Bind(r.on.ToIso())
      .Bind(r.percent)
      .Bind(r.done)
      .Bind(r.text)
      .Bind(ValueOf(r.agency))
      .Bind(r.user.value)
      .Bind(r.created_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "task"));
  r.id = ReportId(id);
  r.evidence.clear();
  return r;
}

std::vector<EvidenceFile> SqliteTasks::EvidenceOf(ReportId report) {
  auto s = c_.Prepare(sql::kEvidenceOfReport);
  s.Bind(report.value);
  std::vector<EvidenceFile> out;
  while (s.Next()) out.push_back(ReadEvidence(s));
  return out;
}

std::vector<TaskReport> SqliteTasks::Reports(TaskId task) {
  auto s = c_.Prepare(sql::kReportsOfTask);
  s.Bind(task.value);
  std::vector<TaskReport> out;
  while (s.Next()) out.push_back(ReadReport(s));
  for (auto& r : out) r.evidence = EvidenceOf(r.id);
  return out;
}

std::optional<TaskReport> SqliteTasks::FindReport(ReportId id) {
  auto s = c_.Prepare(sql::kFindReport);
  s.Bind(id.value);
  if (!s.Next()) return std::nullopt;
  TaskReport r = ReadReport(s);
  r.evidence = EvidenceOf(r.id);
  return r;
}

Result<EvidenceFile> SqliteTasks::InsertEvidence(EvidenceFile e, std::string_view bytes) {
  auto s = c_.Prepare(sql::kInsertEvidence);
  s.Bind(e.report.value)
      .Bind(e.file_name)
      .Bind(e.content_type)
      .Bind(e.size)
      .Bind(e.sha256)
      .BindBlob(bytes)
      .Bind(e.uploaded_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "report"));
  e.id = EvidenceId(id);
  return e;
}

std::optional<std::pair<EvidenceFile, std::string>> SqliteTasks::Evidence(EvidenceId id) {
  auto s = c_.Prepare(sql::kFindEvidence);
  s.Bind(id.value);
  if (!s.Next()) return std::nullopt;
  return std::make_pair(ReadEvidence(s), s.Blob(7));
}

// --- notifications -------------------------------------------------------------------------

Result<bool> SqliteNotifications::InsertIfNew(Notification n) {
  auto s = c_.Prepare(sql::kInsertNotification);
  s.Bind(NotificationKindName(n.kind))
      .Bind(n.task.value)
      .Bind(ValueOf(n.agency))
      .Bind(n.unit.value)
      .Bind(n.due.ToIso())
      .Bind(n.title)
      .Bind(n.body)
      .Bind(n.key)
      .Bind(n.created_at.unix_seconds);
  try {
    return s.Next();  // a row only when inserted
  } catch (const SqliteError& e) {
    if ((e.code() & 0xff) != SQLITE_CONSTRAINT && (e.code() & 0xff) != SQLITE_READONLY) throw;
    return CheckRun(e.code(), "task", "thông báo").error();
  }
}

std::vector<Notification> SqliteNotifications::ListFor(const std::vector<AgencyId>& agencies,
                                                       const std::vector<std::string>& paths,
                                                       int64_t limit) {
  std::map<int64_t, Notification, std::greater<>> by_id;  // newest first
  for (AgencyId a : agencies) {
    auto s = c_.Prepare(sql::kNotificationsOfAgency);
    s.Bind(a.value).Bind(limit);
    while (s.Next()) {
      auto n = ReadNotification(s);
      by_id.emplace(n.id.value, std::move(n));
    }
  }
  for (const auto& p : paths) {
    auto s = c_.Prepare(sql::kEscalationsInSubtree);
    s.Bind(p).Bind(limit);
    while (s.Next()) {
      auto n = ReadNotification(s);
      by_id.emplace(n.id.value, std::move(n));
    }
  }
  std::vector<Notification> out;
  for (auto& [id, n] : by_id) {
    if (static_cast<int64_t>(out.size()) >= limit) break;
    out.push_back(std::move(n));
  }
  return out;
}

Status SqliteNotifications::QueueMail(OutboxMail m) {
  auto s = c_.Prepare(sql::kQueueMail);
  s.Bind(m.to).Bind(m.subject).Bind(m.body).Bind(m.key).Bind(m.created_at.unix_seconds);
  return CheckRun(s.Run(), "key", "thư");
}

std::vector<OutboxMail> SqliteNotifications::Outbox(int64_t limit) {
  auto s = c_.Prepare(sql::kOutbox);
  s.Bind(limit);
  std::vector<OutboxMail> out;
  while (s.Next()) {
    OutboxMail m;
    m.id = s.Int(0);
    m.to = s.Text(1);
    m.subject = s.Text(2);
    m.body = s.Text(3);
    m.key = s.Text(4);
    m.created_at = Instant{s.Int(5)};
    m.sent_at = OptInstant(s, 6);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace doithoai::storage::sqlite
