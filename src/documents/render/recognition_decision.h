// The decision to recognise youth initiatives (quyết định khen thưởng, QĐ; Decree 30/2020
// Appendix III, issue 15 C10): the Youth Union's standing committee gives a Giấy khen (or the
// award it names) to the authors of the initiatives its council selected — one row each, with
// the author or team, their unit, the initiative and the award. A draft: the clerk numbers and
// dates it on issue.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "documents/render/issuance.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

struct Awardee {
  std::string authors;     // "Nguyễn Minh Anh, Trần Đức Huy"
  std::string unit;        // "Đoàn Trường Đại học Hàng hải Việt Nam"
  std::string initiative;  // the initiative's title
  std::string award;       // "Giấy khen của Ban Thường vụ Thành đoàn Hải Phòng"
};

struct RecognitionDecisionInput {
  Issuance issuance;  // its issuer_code makes the symbol "QĐ/<code>" (Youth Union form)
  std::string authority;  // "Ban Thường vụ Thành đoàn Hải Phòng": decides, printed upper case
  std::string call_title;          // "Cuộc thi Ý tưởng sáng tạo thanh niên … năm 2025"
  std::vector<std::string> bases;  // "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh", …
  std::string proposal;            // "Xét kết quả chấm của Hội đồng …"
  std::vector<Awardee> awardees;
  // Điều 2: one line per supported initiative, "Sở Khoa học và Công nghệ hỗ trợ triển khai
  // sáng kiến “…” …, trước ngày 30/09/2026"; empty: the general support article.
  std::vector<std::string> supports;
};

// kInvalid naming each missing input: "issuance.*", "authority", "call_title", "awardees"
// (none), "awardees[i].authors" / ".initiative" / ".award".
Result<OfficialDocument> BuildRecognitionDecision(const RecognitionDecisionInput& input);

}  // namespace doithoai::documents
