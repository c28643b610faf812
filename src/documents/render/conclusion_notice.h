// The conclusion notice (thông báo kết luận, TB) after a dialogue, built from plain input. Its
// four numbered sections are the contents Decree 13/2021/NĐ-CP Art. 11(1) requires:
//   a) the issues youth raised, b) what was answered on the spot, c) complex or multi-sector
//   matters forwarded to the competent body, d) which agency resolves each recommendation.
// It must be published and sent within 10 days of the dialogue, 15 if complex (Youth Law Art.
// 10(3)); the clock is the caller's business, this only writes the document.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "documents/render/issuance.h"
#include "documents/render/official_document.h"
#include "documents/render/task_table_xlsx.h"

namespace doithoai::documents {

struct AnsweredIssue {      // b)
  std::string issue;        // "Hỗ trợ vốn vay khởi nghiệp cho thanh niên"
  std::string answer;       // what was said, summarised
  std::string answered_by;  // "Giám đốc Sở Tài chính"
};

struct ForwardedIssue {  // c)
  std::string issue;
  std::string agency;  // the competent body it went to: "Bộ Nội vụ"
};

struct Recommendation {  // d)
  std::string content;  // starts with a verb: "nghiên cứu, đề xuất cơ chế hỗ trợ …"
  std::string lead;     // "Sở Nội vụ"
  std::vector<std::string> coordinating;
  std::string deadline;  // as printed: "trước ngày 30/6/2025", "thường xuyên"; may be empty
};

struct ConclusionNoticeInput {
  Issuance issuance;  // symbol: "TB-" + issuer_code
  std::string chair;  // "đồng chí Nguyễn Văn An, Chủ tịch Ủy ban nhân dân tỉnh"
  std::string chair_title;  // "Chủ tịch Ủy ban nhân dân tỉnh"
  Date held_on;
  std::string venue;  // "Trung tâm Hội nghị tỉnh"
  std::string theme;  // may be empty
  std::string attendees;  // "lãnh đạo các sở, ngành, Tỉnh đoàn và 300 đại biểu thanh niên"
  std::vector<std::string> issues_raised;   // a)
  std::vector<AnsweredIssue> answered;      // b)
  std::vector<ForwardedIssue> forwarded;    // c)
  std::vector<Recommendation> assignments;  // d)
  std::string publisher;  // "Văn phòng Ủy ban nhân dân tỉnh": "… thông báo để …"
};

// kInvalid naming each missing input ("chair", "assignments[0].lead"…).
Result<OfficialDocument> BuildConclusionNotice(const ConclusionNoticeInput& input);

// One assignment as printed in section d): "Giao Sở Nội vụ chủ trì, phối hợp với Thành đoàn
// nghiên cứu …; thời hạn: trước ngày 30/6/2025."
std::string AssignmentSentence(const Recommendation& r);

// Section d) as a task list, for the XLSX sheet the agencies report on.
TaskTable ConclusionTasks(const ConclusionNoticeInput& input);

}  // namespace doithoai::documents
