// Documents, tasks and notifications on SQLite (migration 0002, SQL in conclusion_queries.h).
#pragma once

#include "app/ports.h"
#include "storage/sqlite/connection.h"

namespace doithoai::storage::sqlite {

class SqliteDocuments final : public DocumentRepository {
 public:
  explicit SqliteDocuments(Connection& c) : c_(c) {}
  Result<Document> Insert(Document document) override;
  std::optional<Document> Find(DocumentId id) override;
  std::vector<Document> List(const DocumentFilter& filter) override;
  std::vector<Document> FindByNumberSymbol(std::string_view number_symbol) override;
  std::vector<Document> Relaying(DocumentId id) override;
  Status PutFile(const DocumentFile& file) override;
  std::optional<DocumentFile> File(DocumentId id, std::string_view format) override;

 private:
  std::vector<Document> Collect(Statement& s);
  Connection& c_;
};

class SqliteTasks final : public TaskRepository {
 public:
  explicit SqliteTasks(Connection& c) : c_(c) {}
  Result<Task> Insert(Task task) override;
  std::optional<Task> Find(TaskId id) override;
  std::vector<Task> ListByDocument(DocumentId document) override;
  std::vector<Task> Children(TaskId parent) override;
  std::vector<Task> ListInSubtree(std::string_view unit_path) override;
  std::vector<TaskStatusRow> StatusRowsInSubtree(std::string_view unit_path) override;
  std::vector<Task> ListForAgencies(const std::vector<AgencyId>& agencies) override;
  std::vector<Task> ListByIssue(IssueId issue) override;
  Result<TaskReport> InsertReport(TaskReport report) override;
  std::vector<TaskReport> Reports(TaskId task) override;
  std::optional<TaskReport> FindReport(ReportId id) override;
  Result<EvidenceFile> InsertEvidence(EvidenceFile file, std::string_view bytes) override;
  std::optional<std::pair<EvidenceFile, std::string>> Evidence(EvidenceId id) override;

 private:
  // Reads the rows of `s` and fills each task's coordinators, issues and progress.
  std::vector<Task> Collect(Statement& s, bool with_details = true);
  void Fill(Task& task);
  std::vector<EvidenceFile> EvidenceOf(ReportId report);
  Connection& c_;
};

class SqliteNotifications final : public NotificationRepository {
 public:
  explicit SqliteNotifications(Connection& c) : c_(c) {}
  Result<bool> InsertIfNew(Notification n) override;
  std::vector<Notification> ListFor(const std::vector<AgencyId>& agencies,
                                    const std::vector<std::string>& unit_paths,
                                    int64_t limit) override;
  Status QueueMail(OutboxMail mail) override;
  std::vector<OutboxMail> Outbox(int64_t limit) override;

 private:
  Connection& c_;
};

}  // namespace doithoai::storage::sqlite
