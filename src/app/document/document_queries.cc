// Reading documents: one document with its tasks and its links up and down the tree, a list,
// and the stored files.
#include "app/document/documents.h"
#include "domain/access/tree_scope.h"

namespace doithoai {
namespace {

// The one document-read rule (domain/access/tree_scope.h), given the document's tasks.
bool CanRead(const Actor& actor, const Document& d, const std::vector<Task>& tasks) {
  std::vector<AgencyId> agencies;
  for (const auto& t : tasks) {
    if (t.lead.agency) agencies.push_back(*t.lead.agency);
    for (const auto& c : t.coordinating) {
      if (c.agency) agencies.push_back(*c.agency);
    }
  }
  return CanReadDocument(actor, d.unit_path, agencies);
}

std::vector<std::string> Formats(Tx& tx, DocumentId id) {
  std::vector<std::string> out;
  for (const char* f : {"docx", "pdf", "txt"}) {
    if (tx.documents().File(id, f)) out.emplace_back(f);
  }
  return out;
}

}  // namespace

Result<DocumentView> GetDocument(Context& ctx, const Actor& actor, DocumentId id) {
  Date today = ctx.clock.Today();
  return ReadValue<DocumentView>(ctx.store, [&](Tx& tx) -> Result<DocumentView> {
    auto d = tx.documents().Find(id);
    if (!d) return Error::NotFound("văn bản");
    std::vector<Task> tasks = tx.tasks().ListByDocument(id);
    if (!CanRead(actor, *d, tasks)) return Error::Forbidden();
    DocumentView v;
    v.document = *d;
    for (auto& t : tasks) {
      TaskStatus s = StatusOf(t.deadline, t.progress, today);
      v.tasks.push_back({std::move(t), s});
    }
    if (d->relays) v.relays = tx.documents().Find(*d->relays);
    v.relayed_by = tx.documents().Relaying(id);
    for (const auto& cite : d->cites) {
      for (auto& c : tx.documents().FindByNumberSymbol(cite)) {
        if (c.id != id) v.cited.push_back(std::move(c));
      }
    }
    v.formats = Formats(tx, id);
    return v;
  });
}

Result<std::vector<Document>> ListDocuments(Context& ctx, const Actor& actor,
                                            const DocumentFilter& filter) {
  return ReadValue<std::vector<Document>>(ctx.store, [&](Tx& tx) -> Result<std::vector<Document>> {
    std::vector<Document> out;
    for (auto& d : tx.documents().List(filter)) {
      if (CanRead(actor, d, tx.tasks().ListByDocument(d.id))) out.push_back(std::move(d));
    }
    return out;
  });
}

Result<DocumentFile> GetDocumentFile(Context& ctx, const Actor& actor, DocumentId id,
                                     const std::string& format) {
  return ReadValue<DocumentFile>(ctx.store, [&](Tx& tx) -> Result<DocumentFile> {
    auto d = tx.documents().Find(id);
    if (!d) return Error::NotFound("văn bản");
    if (!CanRead(actor, *d, tx.tasks().ListByDocument(id))) return Error::Forbidden();
    auto f = tx.documents().File(id, format);
    if (!f) return Error::NotFound("tệp " + format + " của văn bản");
    return *f;
  });
}

Result<DocumentFile> PublicConclusionFile(Context& ctx, DialogueId dialogue,
                                          const std::string& format) {
  return ReadValue<DocumentFile>(ctx.store, [&](Tx& tx) -> Result<DocumentFile> {
    if (format != "pdf" && format != "docx") return Error::NotFound("tệp " + format);
    DocumentFilter f;
    f.dialogue = dialogue;
    for (const auto& d : tx.documents().List(f)) {
      if (d.kind != "conclusion") continue;
      if (auto file = tx.documents().File(d.id, format)) return *file;
    }
    return Error::NotFound("thông báo kết luận đã ban hành");
  });
}

}  // namespace doithoai
