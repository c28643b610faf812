// The one way the document use cases write a document: the record, its files and its tasks
// (each given the new document's id), and the audit entry — inside the caller's transaction.
#pragma once

#include <string>
#include <vector>

#include "app/document/documents.h"
#include "app/ports.h"

namespace doithoai {

// `action` names the audit entry ("document.issued"); its snapshot counts the tasks.
Result<IssuedDocument> StoreDocument(Tx& tx, Document document, std::vector<DocumentFile> files,
                                     std::vector<Task> tasks, const Actor& actor, Instant now,
                                     const std::string& action);

}  // namespace doithoai
