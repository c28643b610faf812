// Documents, tasks, reports, evidence and notifications of a MemoryStore: the naive reference
// of storage/sqlite/task_repositories.cc, scanning its tables.
#include <algorithm>

#include "storage/memory/memory_repositories.h"

namespace doithoai::storage::memory {
namespace {

int YearOf(const Document& d) {
  return d.issued_on ? d.issued_on->year() : d.created_at.VietnamDate().year();
}

bool InSubtree(std::string_view path, std::string_view prefix) {
  return path.substr(0, prefix.size()) == prefix;
}

class MemoryDocuments final : public DocumentRepository {
 public:
  explicit MemoryDocuments(Tables t) : t_(t) {}

  Result<Document> Insert(Document d) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->units.contains(d.unit)) return Error::Invalid("unit", "đơn vị không tồn tại");
    if (d.relays && !s->documents.contains(*d.relays)) {
      return Error::Invalid("relays", "văn bản không tồn tại");
    }
    if (d.number) {
      for (const auto& [id, o] : s->documents) {
        if (o.number && o.unit == d.unit && o.issuer == d.issuer && YearOf(o) == YearOf(d) &&
            o.number_symbol == d.number_symbol) {
          return Duplicate("number_symbol", "Số, ký hiệu văn bản đã được dùng trong năm");
        }
      }
    }
    d.id = NextId(s->documents);
    d.unit_path.clear();
    s->documents.emplace(d.id, d);
    d.unit_path = s->units.at(d.unit).path;
    return d;
  }

  std::optional<Document> Find(DocumentId id) override {
    auto it = t_.read().documents.find(id);
    if (it == t_.read().documents.end()) return std::nullopt;
    return Filled(it->second);
  }

  std::vector<Document> List(const DocumentFilter& f) override {
    std::vector<Document> out;
    for (const auto& [id, d] : t_.read().documents) {
      Document filled = Filled(d);
      if (f.unit_path && !InSubtree(filled.unit_path, *f.unit_path)) continue;
      if (f.dialogue && d.dialogue != f.dialogue) continue;
      out.push_back(std::move(filled));
    }
    // Newest issue date first, undated last, then newest id first.
    std::sort(out.begin(), out.end(), [](const Document& a, const Document& b) {
      if (a.issued_on.has_value() != b.issued_on.has_value()) return a.issued_on.has_value();
      if (a.issued_on != b.issued_on) return a.issued_on > b.issued_on;
      return a.id > b.id;
    });
    return Page(std::move(out), f.limit, f.offset);
  }

  std::vector<Document> FindByNumberSymbol(std::string_view number_symbol) override {
    std::vector<Document> out;
    for (const auto& [id, d] : t_.read().documents) {
      if (d.number_symbol == number_symbol) out.push_back(Filled(d));
    }
    return out;
  }

  std::vector<Document> Relaying(DocumentId id) override {
    std::vector<Document> out;
    for (const auto& [did, d] : t_.read().documents) {
      if (d.relays == id) out.push_back(Filled(d));
    }
    return out;
  }

  Status PutFile(const DocumentFile& f) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->documents.contains(f.document)) {
      return Error::Invalid("format", "tệp văn bản: bản ghi được tham chiếu không tồn tại");
    }
    auto key = std::make_pair(f.document, f.format);
    if (s->document_files.contains(key)) return Duplicate("format", "Tệp văn bản đã tồn tại");
    s->document_files.emplace(key, std::make_shared<const std::string>(f.bytes));
    return Ok();
  }

  std::optional<DocumentFile> File(DocumentId id, std::string_view format) override {
    auto it = t_.read().document_files.find(std::make_pair(id, std::string(format)));
    if (it == t_.read().document_files.end()) return std::nullopt;
    return DocumentFile{id, std::string(format), *it->second};
  }

 private:
  Document Filled(Document d) const {
    d.unit_path = t_.read().units.at(d.unit).path;
    return d;
  }
  Tables t_;
};

class MemoryTasks final : public TaskRepository {
 public:
  explicit MemoryTasks(Tables t) : t_(t) {}

  Result<Task> Insert(Task task) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto agency_ok = [&](const std::optional<AgencyId>& a) {
      return !a || s->agencies.contains(*a);
    };
    bool ok = s->documents.contains(task.document) && s->units.contains(task.unit) &&
              (!task.parent || s->tasks.contains(*task.parent)) &&
              (!task.carried_from || s->tasks.contains(*task.carried_from)) &&
              agency_ok(task.lead.agency) &&
              std::all_of(task.coordinating.begin(), task.coordinating.end(),
                          [&](const TaskParty& p) { return agency_ok(p.agency); });
    if (!ok) return Error::NotFound("văn bản hoặc cơ quan");
    for (IssueId i : task.issues) {
      if (!s->issues.contains(i)) {
        return Error::Invalid("issues", "nhóm vấn đề: bản ghi được tham chiếu không tồn tại");
      }
    }
    std::sort(task.issues.begin(), task.issues.end());
    task.issues.erase(std::unique(task.issues.begin(), task.issues.end()), task.issues.end());
    task.id = NextId(s->tasks);
    task.progress.clear();
    task.unit_path.clear();
    s->tasks.emplace(task.id, task);
    task.unit_path = s->units.at(task.unit).path;
    FillAssignedOn(task);
    return task;
  }

  std::optional<Task> Find(TaskId id) override {
    auto it = t_.read().tasks.find(id);
    if (it == t_.read().tasks.end()) return std::nullopt;
    return Filled(it->second);
  }

  std::vector<Task> ListByDocument(DocumentId document) override {
    return Where([&](const Task& t) { return t.document == document; });
  }

  std::vector<Task> Children(TaskId parent) override {
    return Where([&](const Task& t) { return t.parent == parent; });
  }

  std::vector<Task> ListInSubtree(std::string_view unit_path) override {
    std::vector<Task> out =
        Where([&](const Task& t) { return InSubtree(t_.read().units.at(t.unit).path, unit_path); });
    for (auto& t : out) {  // as SQLite's: without coordinators and issues
      t.coordinating.clear();
      t.issues.clear();
    }
    return out;
  }

  std::vector<TaskStatusRow> StatusRowsInSubtree(std::string_view unit_path) override {
    std::vector<TaskStatusRow> out;
    for (auto& t : ListInSubtree(unit_path)) {
      Deadline d = t.deadline;
      d.text.clear();
      out.push_back({t.id, t.parent, std::move(t.unit_path), std::move(d), std::move(t.progress)});
    }
    return out;
  }

  std::vector<Task> ListForAgencies(const std::vector<AgencyId>& agencies) override {
    auto mine = [&](const std::optional<AgencyId>& a) {
      return a && std::find(agencies.begin(), agencies.end(), *a) != agencies.end();
    };
    return Where([&](const Task& t) {
      return mine(t.lead.agency) || std::any_of(t.coordinating.begin(), t.coordinating.end(),
                                                [&](const TaskParty& p) { return mine(p.agency); });
    });
  }

  std::vector<Task> ListByIssue(IssueId issue) override {
    return Where([&](const Task& t) {
      return std::find(t.issues.begin(), t.issues.end(), issue) != t.issues.end();
    });
  }

  Result<TaskReport> InsertReport(TaskReport r) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->tasks.contains(r.task) || !s->users.contains(r.user) ||
        (r.agency && !s->agencies.contains(*r.agency))) {
      return Error::Invalid("task", "bản ghi: bản ghi được tham chiếu không tồn tại");
    }
    if (r.percent < 0 || r.percent > 100) return Error::Internal("bản ghi: vi phạm ràng buộc");
    r.id = NextId(s->reports);
    r.evidence.clear();
    s->reports.emplace(r.id, r);
    return r;
  }

  std::vector<TaskReport> Reports(TaskId task) override {
    std::vector<TaskReport> out;
    for (const auto& [id, r] : t_.read().reports) {
      if (r.task == task) out.push_back(WithEvidence(r));
    }
    return out;
  }

  std::optional<TaskReport> FindReport(ReportId id) override {
    auto it = t_.read().reports.find(id);
    if (it == t_.read().reports.end()) return std::nullopt;
    return WithEvidence(it->second);
  }

  Result<EvidenceFile> InsertEvidence(EvidenceFile e, std::string_view bytes) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->reports.contains(e.report)) {
      return Error::Invalid("report", "bản ghi: bản ghi được tham chiếu không tồn tại");
    }
    e.id = NextId(s->evidence);
    s->evidence.emplace(e.id, std::make_pair(e, std::make_shared<const std::string>(bytes)));
    return e;
  }

  std::optional<std::pair<EvidenceFile, std::string>> Evidence(EvidenceId id) override {
    auto it = t_.read().evidence.find(id);
    if (it == t_.read().evidence.end()) return std::nullopt;
    return std::make_pair(it->second.first, *it->second.second);
  }

 private:
  Task Filled(Task t) const {
    t.unit_path = t_.read().units.at(t.unit).path;
    FillAssignedOn(t);
    for (const auto& [id, r] : t_.read().reports) {
      if (r.task == t.id) t.progress.push_back({r.on, r.percent, r.done});
    }
    return t;
  }

  template <class Pred>
  std::vector<Task> Where(Pred pred) const {
    std::vector<Task> out;
    for (const auto& [id, t] : t_.read().tasks) {
      if (pred(t)) out.push_back(Filled(t));
    }
    return out;
  }

  TaskReport WithEvidence(TaskReport r) const {
    for (const auto& [id, e] : t_.read().evidence) {
      if (e.first.report == r.id) r.evidence.push_back(e.first);
    }
    return r;
  }

  Tables t_;
};

class MemoryNotifications final : public NotificationRepository {
 public:
  explicit MemoryNotifications(Tables t) : t_(t) {}

  Result<bool> InsertIfNew(Notification n) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    for (const auto& [id, o] : s->notifications) {
      if (o.key == n.key) return false;
    }
    if (!s->tasks.contains(n.task) || !s->units.contains(n.unit)) {
      return Error::Invalid("task", "thông báo: bản ghi được tham chiếu không tồn tại");
    }
    n.id = NextId(s->notifications);
    n.unit_path.clear();
    s->notifications.emplace(n.id, n);
    return true;
  }

  std::vector<Notification> ListFor(const std::vector<AgencyId>& agencies,
                                    const std::vector<std::string>& paths, int64_t limit) override {
    std::vector<Notification> out;
    const auto& all = t_.read().notifications;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
      Notification n = it->second;
      n.unit_path = t_.read().units.at(n.unit).path;
      bool mine =
          n.agency && std::find(agencies.begin(), agencies.end(), *n.agency) != agencies.end();
      bool escalated = n.kind == NotificationKind::kOverdue &&
                       std::any_of(paths.begin(), paths.end(),
                                   [&](const std::string& p) { return InSubtree(n.unit_path, p); });
      if (mine || escalated) out.push_back(std::move(n));
      if (static_cast<int64_t>(out.size()) >= limit) break;
    }
    return out;
  }

  Status QueueMail(OutboxMail m) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    for (const auto& o : s->outbox) {
      if (o.key == m.key) return Ok();
    }
    m.id = static_cast<int64_t>(s->outbox.size()) + 1;
    s->outbox.push_back(std::move(m));
    return Ok();
  }

  std::vector<OutboxMail> Outbox(int64_t limit) override {
    return Page(t_.read().outbox, limit, 0);
  }

 private:
  Tables t_;
};

}  // namespace

std::unique_ptr<DocumentRepository> NewDocumentRepository(Tables t) {
  return std::make_unique<MemoryDocuments>(t);
}
std::unique_ptr<TaskRepository> NewTaskRepository(Tables t) {
  return std::make_unique<MemoryTasks>(t);
}
std::unique_ptr<NotificationRepository> NewNotificationRepository(Tables t) {
  return std::make_unique<MemoryNotifications>(t);
}

}  // namespace doithoai::storage::memory
