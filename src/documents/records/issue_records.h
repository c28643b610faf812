// The makers the issuing use cases of app/document call inside their transaction: a numbered,
// dated, signed document rendered as DOCX and PDF, its content as the parser's JSON (so an
// issued document and an imported one read alike), and for a conclusion one task per
// assignment of section d).
#pragma once

#include "app/document/documents.h"
#include "app/initiative/initiatives.h"
#include "documents/render/issuance.h"

namespace doithoai::documents {

Result<DocumentDraft> MakeConclusion(const DialogueRecords& records, int64_t number, Date issued_on,
                                     const Signing& signing);

// The header, signer block and copies of `signing` applied to an issuance (issue 13): the
// family's header (domain/document/issuer_family.h) for `unit`, the block as printed.
void ApplySigning(const Signing& signing, const Unit& unit, Issuance& issuance);

Result<DocumentDraft> MakeRelayLetter(const RelayContext& context);

// The Youth Union's decision on a call for initiatives (issue 15, C10): the recognised ones in
// Điều 1, one line of Điều 2 per support task (its lead, content and deadline), numbered in
// the Youth Union's series, dated, signed as chosen; the tasks go into its content.
Result<DocumentDraft> MakeInitiativeDecision(const InitiativeRecords& records,
                                             const std::vector<Task>& support_tasks, int64_t number,
                                             Date issued_on, const Signing& signing);

}  // namespace doithoai::documents
