// The ports of conclusions, documents and tasks (C7, C8), under the contract of app/ports.h:
// Find* return nullopt for a missing id, Insert* assign ids and return the stored record, a
// uniqueness violation is kConflict naming the field.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/document/document.h"
#include "domain/task/task.h"

namespace doithoai {

struct DocumentFilter {
  std::optional<std::string> unit_path;  // documents issued inside this subtree
  std::optional<DialogueId> dialogue;
  int64_t limit = 50;
  int64_t offset = 0;
};

class DocumentRepository {
 public:
  virtual ~DocumentRepository() = default;
  // Conflict on "number_symbol" when the same issuer already has it in the same year in the
  // same unit's register (another unit may keep its own copy of a document it received).
  virtual Result<Document> Insert(Document document) = 0;
  virtual std::optional<Document> Find(DocumentId id) = 0;
  // Newest issue date first (undated last), then by id.
  virtual std::vector<Document> List(const DocumentFilter& filter) = 0;
  // Those issued (or imported) with this number/symbol, any year; oldest first.
  virtual std::vector<Document> FindByNumberSymbol(std::string_view number_symbol) = 0;
  // The documents that implement `id` (relays == id), by id.
  virtual std::vector<Document> Relaying(DocumentId id) = 0;
  virtual Status PutFile(const DocumentFile& file) = 0;  // one per (document, format)
  virtual std::optional<DocumentFile> File(DocumentId id, std::string_view format) = 0;
};

// What a task's status and its place in the roll-ups need, without its texts: a unit's board
// reads one for every task of its subtree (100,000 nationally, docs/benchmarks.md §7).
struct TaskStatusRow {
  TaskId id;
  std::optional<TaskId> parent;
  std::string unit_path;
  Deadline deadline;                     // without its text
  std::vector<ProgressReport> progress;  // oldest first
};

class TaskRepository {
 public:
  virtual ~TaskRepository() = default;
  // Assigns the id; the document, parent and agencies must exist (kNotFound otherwise).
  virtual Result<Task> Insert(Task task) = 0;
  virtual std::optional<Task> Find(TaskId id) = 0;
  virtual std::vector<Task> ListByDocument(DocumentId document) = 0;  // by id
  virtual std::vector<Task> Children(TaskId parent) = 0;              // by id
  // Tasks led inside the subtree at `unit_path` (all of them for "/"), by id.
  virtual std::vector<Task> ListInSubtree(std::string_view unit_path) = 0;
  // The same tasks as status rows (what ListInSubtree gives, less the texts), in no
  // particular order.
  virtual std::vector<TaskStatusRow> StatusRowsInSubtree(std::string_view unit_path) = 0;
  // Tasks led or coordinated by one of `agencies`, by id.
  virtual std::vector<Task> ListForAgencies(const std::vector<AgencyId>& agencies) = 0;
  // Tasks that implement an issue of the dialogue.
  virtual std::vector<Task> ListByIssue(IssueId issue) = 0;
  virtual Result<TaskReport> InsertReport(TaskReport report) = 0;
  virtual std::vector<TaskReport> Reports(TaskId task) = 0;  // oldest first, with evidence
  virtual std::optional<TaskReport> FindReport(ReportId id) = 0;
  // Stores the file's bytes with its description; assigns the id.
  virtual Result<EvidenceFile> InsertEvidence(EvidenceFile file, std::string_view bytes) = 0;
  // The description and the bytes.
  virtual std::optional<std::pair<EvidenceFile, std::string>> Evidence(EvidenceId id) = 0;
};

class NotificationRepository {
 public:
  virtual ~NotificationRepository() = default;
  // Inserts unless a notification with the same key exists; true when inserted.
  virtual Result<bool> InsertIfNew(Notification n) = 0;
  // Newest first: those for one of `agencies`, and escalations inside the subtrees of
  // `unit_paths` (an escalation is for the leaders of the unit that assigned the task).
  virtual std::vector<Notification> ListFor(const std::vector<AgencyId>& agencies,
                                            const std::vector<std::string>& unit_paths,
                                            int64_t limit) = 0;
  virtual Status QueueMail(OutboxMail mail) = 0;              // ignores a key already queued
  virtual std::vector<OutboxMail> Outbox(int64_t limit) = 0;  // oldest first
};

}  // namespace doithoai
