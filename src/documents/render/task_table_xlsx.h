// A list of assigned tasks as a spreadsheet (.xlsx, libxlsxwriter) and as a body table for the
// DOCX and PDF renderers, with the columns agencies use when they report on a directive:
// STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời hạn, Trạng thái.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

struct TaskRow {
  std::string content;  // "Tổ chức tuyên truyền về chuyển đổi số …"
  std::string lead;     // cơ quan chủ trì
  std::vector<std::string> coordinating;  // cơ quan phối hợp, may be empty
  std::string deadline;  // as printed: "Trước ngày 30/11/2025", "Thường xuyên"
  std::string status;    // "Chưa thực hiện", "Quá hạn"…; empty if not tracked
};

struct TaskTable {
  std::string title;     // "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾT LUẬN …"
  std::string subtitle;  // "(Kèm theo Thông báo số 12/TB-VP ngày 05/4/2025)"; may be empty
  std::vector<TaskRow> tasks;
};

// The column names, in order.
const std::vector<std::string>& TaskTableColumns();

// kInvalid naming each bad field ("title", "tasks[2].content", "tasks[2].lead"), including
// text that is not UTF-8 or longer than a spreadsheet cell holds (32,767 characters).
Status ValidateTaskTable(const TaskTable& table);

// The .xlsx bytes: the title (merged, bold) and subtitle over a bordered table whose header row
// is frozen and repeated on printed pages, wrapped text, fixed column widths, A4 landscape;
// under it the totals — the number of tasks and the number per status — each written as a
// formula together with its computed value, so a reader that does not calculate (as
// libxlsxwriter does not) still shows the numbers. kInternal if the file cannot be written.
Result<std::string> RenderTaskTableXlsx(const TaskTable& table);

// The same rows as a body table (without the status column when no task has a status).
Table ToBodyTable(const TaskTable& table);

}  // namespace doithoai::documents
