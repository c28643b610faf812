#include "app/document/store_document.h"

#include "app/audit_trail.h"
#include "app/document/document_snapshot.h"

namespace doithoai {

Result<IssuedDocument> StoreDocument(Tx& tx, Document document, std::vector<DocumentFile> files,
                                     std::vector<Task> tasks, const Actor& actor, Instant now,
                                     const std::string& action) {
  document.created_by = actor.user;
  document.created_at = now;
  DT_ASSIGN_OR_RETURN(Document stored, tx.documents().Insert(std::move(document)));
  for (auto& f : files) {
    f.document = stored.id;
    DT_RETURN_IF_ERROR(tx.documents().PutFile(f));
  }
  IssuedDocument out{stored, {}};
  for (auto& t : tasks) {
    t.document = stored.id;
    t.created_at = now;
    DT_ASSIGN_OR_RETURN(Task task, tx.tasks().Insert(std::move(t)));
    out.tasks.push_back(std::move(task));
  }
  nlohmann::json after = Snapshot(stored);
  after["tasks"] = static_cast<int64_t>(out.tasks.size());
  DT_RETURN_IF_ERROR(
      Record(tx, now, actor.user, action, "document", stored.id.value, nullptr, after));
  return out;
}

}  // namespace doithoai
