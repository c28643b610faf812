// Official documents of the dialogue cycle (C7, C8): issuing a dialogue's conclusion notice,
// relaying a higher level's document with a letter that assigns one's own bodies, recording a
// document imported from text once a person has confirmed it, and reading them back with the
// links both ways (the documents a document implements, and those that implement it).
//
// Rendering (DOCX, PDF) lives in documents/, which depends on app/: the HTTP layer hands the
// use case a maker that turns records into a numbered draft, called inside the transaction
// that takes the number, so a number is never taken without its document.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/dialogue/dialogue_records.h"
#include "domain/access/role.h"
#include "domain/document/document.h"
#include "domain/document/issuer_family.h"
#include "domain/document/recipients.h"
#include "domain/document/signer_block.h"
#include "domain/task/task.h"

namespace doithoai {

// What a maker produces and the use case stores: the document (without id), its files, and
// for a conclusion its tasks (without ids or document).
struct DocumentDraft {
  Document document;
  std::vector<DocumentFile> files;
  std::vector<Task> tasks;
};

// How a document is signed and sent, chosen when issuing (issue 13; app/document/signing.h).
struct Signing {
  IssuerFamily family = IssuerFamily::kPeoplesCommittee;
  SignerBlock signer;               // validated: a person's name, never a title
  std::optional<Unit> parent;       // the issuing unit's parent: header and copies
  std::vector<std::string> copies;  // "Nơi nhận:" before "Lưu"
  bool copies_chosen = false;       // given by the person issuing, printed as given
};

// --- the conclusion notice ---------------------------------------------------------------

struct IssueConclusionInput {
  std::optional<Date> issued_on;  // default: today; not before the dialogue nor after today
  // The signer: a whole block, or only the name in the block remembered for the unit (the
  // last one its People's Committee used, else "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH").
  std::optional<SignerBlock> signer;
  std::string signer_name;
  std::optional<std::vector<std::string>> copies;  // default: from the unit tree and agencies
};

using ConclusionMaker = std::function<Result<DocumentDraft>(
    const DialogueRecords& records, int64_t number, Date issued_on, const Signing& signing)>;

struct IssuedDocument {
  Document document;
  std::vector<Task> tasks;
};

// The leader issues the conclusion of a held dialogue: takes the next number of the unit's
// People's Committee for the year, stores the notice (DOCX, PDF) and one task per assignment,
// and sets the dialogue's conclusion date (its 10/15-day clock stops). Once per dialogue.
Result<IssuedDocument> IssueConclusion(Context& ctx, const Actor& actor, DialogueId dialogue,
                                       const IssueConclusionInput& in, const ConclusionMaker& make);

// --- relaying a higher level's document --------------------------------------------------

struct RelayItem {
  std::optional<TaskId> parent;  // the task of the relayed document it carries out, if one
  AgencyId lead;
  std::vector<AgencyId> coordinating;
  std::string content;
  Deadline deadline;
  bool request = false;  // "Đề nghị" a body the issuer does not direct (Youth Union)
};

struct RelayInput {
  UnitId unit;  // the relaying unit, one of whose bodies (`family`) issues the letter
  IssuerFamily family = IssuerFamily::kPeoplesCommittee;
  std::optional<Date> issued_on;
  std::optional<SignerBlock> signer;  // as IssueConclusionInput
  std::string signer_name;
  std::optional<std::vector<std::string>> copies;
  // The drafting unit in the symbol: "VX" → 12/UBND-VX; optional for the Party, Youth Union
  // and Fatherland Front ("15-CV/ĐU").
  std::string field_code;
  std::optional<AgencyId> monitor;  // follows up and reports back
  std::vector<RelayItem> items;
};

struct RelayContext {
  const Document& source;
  const Unit& unit;
  const RelayInput& input;
  int64_t number;
  Date issued_on;
  const std::map<AgencyId, Agency>& agencies;
  const Signing& signing;
};

using RelayMaker = std::function<Result<DocumentDraft>(const RelayContext& context)>;

// The leader of `in.unit`, a unit at or below the source's, relays it: every agency named
// belongs to that unit or below it, every parent is a task of the source that came down to it
// (domain/access/tree_scope.h).
Result<IssuedDocument> RelayDocument(Context& ctx, const Actor& actor, DocumentId source,
                                     const RelayInput& in, const RelayMaker& make);

// --- recording an imported document ------------------------------------------------------

struct ImportedTaskInput {
  std::optional<AgencyId> lead_agency;  // matched by the person confirming, if one of ours
  std::string lead_name;
  std::vector<TaskParty> coordinating;
  std::string content;
  Deadline deadline;
  std::optional<TaskId> parent;
};

struct ImportedDocumentInput {
  // The register it is recorded in: the unit of the person recording it or one below it.
  // A document received from above is recorded at the receiving unit (a Government notice a
  // ward received is the ward's record; only the nation records the nation's copy).
  UnitId unit;
  std::string type_code;
  std::optional<int64_t> number;
  std::string symbol;
  // As the document writes them ("18/2014/TT-BNV", "15-CV/ĐU"); optional: when empty, number
  // and symbol are joined by "/" (or "-" for a Party or Youth Union symbol "CV/ĐU").
  std::string number_symbol;
  std::string issuer;
  std::string parent_issuer;
  std::string place;
  std::optional<Date> issued_on;
  std::string summary;
  std::string signer;
  std::vector<std::string> cites;
  std::optional<DocumentId> relays;  // default: the first cited document found here
  std::string content_json;          // the parser's JSON as confirmed
  std::string source_text;           // kept as the document's "txt" file
  std::vector<ImportedTaskInput> tasks;
};

// Every lead and coordinating agency belongs to the register's unit or a unit below it, and
// every parent task and the relayed document came down to it (domain/access/tree_scope.h):
// field errors otherwise, and nothing is written.
Result<IssuedDocument> RecordImportedDocument(Context& ctx, const Actor& actor,
                                              const ImportedDocumentInput& in);

// --- reading -----------------------------------------------------------------------------

struct TaskWithStatus {
  Task task;
  TaskStatus status;
};

struct DocumentView {
  Document document;
  std::vector<TaskWithStatus> tasks;
  std::optional<Document> relays;    // up the tree
  std::vector<Document> relayed_by;  // down the tree
  std::vector<Document> cited;       // its bases found here
  std::vector<std::string> formats;  // files kept: "docx", "pdf", "txt"
};

// Staff only; documents are official records, visible to every signed-in staff member.
Result<DocumentView> GetDocument(Context& ctx, const Actor& actor, DocumentId id);
Result<std::vector<Document>> ListDocuments(Context& ctx, const Actor& actor,
                                            const DocumentFilter& filter);
Result<DocumentFile> GetDocumentFile(Context& ctx, const Actor& actor, DocumentId id,
                                     const std::string& format);
// The issued conclusion notice of a dialogue, public once issued (Youth Law Art. 10(3)).
Result<DocumentFile> PublicConclusionFile(Context& ctx, DialogueId dialogue,
                                          const std::string& format);

// The series key of the People's Committee of `unit` for the year of `on`.
std::string CommitteeSeriesKey(UnitId unit, Date on);

// --- what a unit issues with ---------------------------------------------------------------

// For each family of issuer: whether `unit` has that body (a People's Committee always; a
// Party committee, Fatherland Front or Youth Union when one of its agencies is that body),
// the signer block remembered for it (the last one used, else the family's default) and the
// addressees and copies from the unit's place in the tree, for the issuing forms to offer.
struct IssuingDefaults {
  IssuerFamily family;
  bool available = false;
  SignerBlock signer;
  Recipients report;  // a report to the superior
  Recipients letter;  // a letter or notice
};
Result<std::vector<IssuingDefaults>> GetIssuingDefaults(Context& ctx, const Actor& actor,
                                                        UnitId unit);

}  // namespace doithoai
