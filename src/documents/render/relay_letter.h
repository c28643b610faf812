// The letter (công văn) by which a lower level relays a higher level's directive and assigns
// its own bodies — seeds/000 relays notice 158/TB-VPCP of the Government Office to a city's
// departments. A công văn has no type name: its subject sits under the number as
// "V/v triển khai thực hiện …", its addressees are listed under "Kính gửi:", and "Nơi nhận:"
// starts with "Như trên" (the addressees).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "documents/render/issuance.h"
#include "documents/render/official_document.h"
#include "documents/render/task_table_xlsx.h"
#include "domain/document/issuer_family.h"

namespace doithoai::documents {

struct RelayTask {
  std::string content;   // "Tổ chức quán triệt, tuyên truyền …"
  std::string deadline;  // as printed; may be empty
};

struct RelayAssignment {
  std::string agency;  // "Sở Khoa học và Công nghệ", "Thành đoàn Hải Phòng"
  // "Đề nghị" (request) for bodies the issuer does not direct — the Youth Union, the
  // Fatherland Front; "Giao" (assign) for its own departments and lower units.
  bool request = false;
  std::vector<std::string> coordinating;  // "phối hợp với …" for every task of this agency
  std::vector<RelayTask> tasks;
};

struct RelayLetterInput {
  // The People's Committee by default; a Party committee, the Fatherland Front or the Youth
  // Union write their own symbol ("CV/ĐU") and the issuance carries their header.
  IssuerFamily family = IssuerFamily::kPeoplesCommittee;
  Issuance issuance;       // symbol: LetterSymbol(family, issuer_code, field_code): "UBND-VX"
  std::string field_code;  // the drafting unit or field: "VX", "KSTTHC"; optional but for UBND
  // The relayed directive, cited in full: "Thông báo số 158/TB-VPCP ngày 11/4/2024 của Văn
  // phòng Chính phủ về thực hiện Kết luận của Thủ tướng Chính phủ tại …".
  std::string source;
  std::string subject;  // after "V/v triển khai thực hiện ": "Kết luận của Thủ tướng …"
  std::vector<std::string> addressed;
  std::string host;  // in running text: "Ủy ban nhân dân thành phố"
  std::vector<RelayAssignment> assignments;
  std::string monitor;  // "Sở Nội vụ": follows up and reports back to the host
};

// kInvalid naming each missing input ("source", "addressed", "assignments[1].agency"…).
Result<OfficialDocument> BuildRelayLetter(const RelayLetterInput& input);

// Every task of the letter, one row each, for the XLSX sheet.
TaskTable RelayTasks(const RelayLetterInput& input);

}  // namespace doithoai::documents
