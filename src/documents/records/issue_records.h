// The makers the issuing use cases of app/document call inside their transaction: a numbered,
// dated, signed document rendered as DOCX and PDF, its content as the parser's JSON (so an
// issued document and an imported one read alike), and for a conclusion one task per
// assignment of section d).
#pragma once

#include "app/document/documents.h"

namespace doithoai::documents {

Result<DocumentDraft> MakeConclusion(const DialogueRecords& records, int64_t number, Date issued_on,
                                     const std::string& signer_name);

Result<DocumentDraft> MakeRelayLetter(const RelayContext& context);

}  // namespace doithoai::documents
