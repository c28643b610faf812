// Who signs a document and who gets a copy, chosen when issuing or relaying (issue 13): the
// signer block given, or the one the unit's body last used (remembered in its register: each
// generated document keeps its family and block in its content), or the family's default;
// the copies given, or those the unit's place in the tree calls for
// (domain/document/recipients.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/document/documents.h"

namespace doithoai {

// The block `family` of `unit` signed its last generated document with, if any.
std::optional<SignerBlock> RememberedSigner(Tx& tx, const Unit& unit, IssuerFamily family);

// Whether `unit` has the body that issues for `family` (always, for its People's Committee).
bool HasIssuerBody(Tx& tx, const Unit& unit, IssuerFamily family);

struct SigningInput {
  IssuerFamily family = IssuerFamily::kPeoplesCommittee;
  DocumentPurpose purpose = DocumentPurpose::kLetter;
  const std::optional<SignerBlock>* signer = nullptr;  // the block as given, if any
  std::string_view signer_name;                        // the name alone, if no block
  const std::optional<std::vector<std::string>>* copies = nullptr;
};

// The signing to print, each problem added to `errors`: a whole block is checked under
// "signer.*"; a name alone under "signer_name" (a title there is refused as in a block);
// copies under "copies[i]" (at most 30 lines of 300 bytes, none empty).
Signing ChooseSigning(Tx& tx, const Unit& unit, const SigningInput& in, FieldErrors& errors);

}  // namespace doithoai
