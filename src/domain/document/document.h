// An official document as stored (SYSTEM.md C8): issued here from a dialogue's records
// (generated, numbered from its issuer's yearly series) or imported from text and confirmed
// by a person. The full content (bases, recipients, signer, tasks as written) is kept as the
// parser's / builder's JSON; the columns below are what is searched, numbered and linked.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"

namespace doithoai {

enum class DocumentOrigin { kGenerated, kImported };
const char* DocumentOriginName(DocumentOrigin o);

struct Document {
  DocumentId id;
  UnitId unit;            // the register that keeps it: its issuer, or the unit that received it
  std::string unit_path;  // filled on read
  std::optional<DialogueId> dialogue;
  std::optional<DocumentId> relays;  // the higher-level document this one implements
  DocumentOrigin origin = DocumentOrigin::kGenerated;
  std::string kind;               // "conclusion", "relay", "imported"
  std::string type_code;          // "TB"; empty for công văn
  std::string type_name;          // "Thông báo"
  std::optional<int64_t> number;  // unknown for some imported documents ("Số: /UBND-…")
  std::string symbol;             // "TB-UBND"
  std::string number_symbol;      // "158/TB-VPCP"; "/UBND-KSTTHC" when the number is blank
  std::string issuer;
  std::string parent_issuer;
  std::string place;
  std::optional<Date> issued_on;
  std::string summary;
  std::string signer;              // "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A"
  std::vector<std::string> cites;  // number/symbols of the documents in its bases
  std::string content_json;        // the whole document as the parser/builder JSON
  std::optional<UserId> created_by;
  Instant created_at;
};

// A stored file of a document: the issued DOCX and PDF, or the imported text.
struct DocumentFile {
  DocumentId document;
  std::string format;  // "docx", "pdf", "txt"
  std::string bytes;
};

}  // namespace doithoai
