#include "documents/render/task_table_xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "text/normalize.h"

namespace doithoai::documents {
namespace {

constexpr size_t kMaxCellChars = 32767;  // Excel's limit for one cell
constexpr int kColumns = 6;
constexpr double kColumnWidths[kColumns] = {6, 55, 24, 28, 18, 18};  // in characters

std::string Coordinating(const TaskRow& task) {
  std::string out;
  for (const std::string& c : task.coordinating) out += (out.empty() ? "" : ";\n") + c;
  return out;
}

void CheckText(FieldErrors& errors, const std::string& field, const std::string& value) {
  if (!text::IsValidUtf8(value)) {
    errors.Add(field, "văn bản không phải UTF-8 hợp lệ");
  } else if (text::CodePointCount(value) > kMaxCellChars) {
    errors.Add(field, "dài quá 32.767 ký tự của một ô bảng tính");
  }
}

// "=COUNTIF(F5:F9,"Quá hạn")" with the quotes of `status` doubled, as formulas escape them.
std::string CountIf(const std::string& range, const std::string& status) {
  std::string quoted;
  for (char c : status) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return "=COUNTIF(" + range + ",\"" + quoted + "\")";
}

// A workbook file in the temporary directory, removed when this goes out of scope.
class TempPath {
 public:
  TempPath() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "doithoai_xlsx_XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd >= 0) {
      close(fd);
      path_ = pattern;
    }
  }
  ~TempPath() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Formats {
  lxw_format* title;
  lxw_format* subtitle;
  lxw_format* header;
  lxw_format* cell;
  lxw_format* number;
  lxw_format* total_label;
  lxw_format* total;
};

lxw_format* BaseFormat(lxw_workbook* wb, double size) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, "Times New Roman");
  format_set_font_size(f, size);
  return f;
}

Formats AddFormats(lxw_workbook* wb) {
  Formats f;
  f.title = BaseFormat(wb, 14);
  format_set_bold(f.title);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  format_set_align(f.title, LXW_ALIGN_VERTICAL_CENTER);
  format_set_text_wrap(f.title);
  f.subtitle = BaseFormat(wb, 12);
  format_set_italic(f.subtitle);
  format_set_align(f.subtitle, LXW_ALIGN_CENTER);
  f.header = BaseFormat(wb, 12);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(f.header, LXW_BORDER_THIN);
  format_set_bg_color(f.header, 0xD9D9D9);
  f.cell = BaseFormat(wb, 12);
  format_set_text_wrap(f.cell);
  format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f.cell, LXW_BORDER_THIN);
  f.number = BaseFormat(wb, 12);
  format_set_align(f.number, LXW_ALIGN_CENTER);
  format_set_align(f.number, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(f.number, LXW_BORDER_THIN);
  f.total_label = BaseFormat(wb, 12);
  format_set_bold(f.total_label);
  format_set_border(f.total_label, LXW_BORDER_THIN);
  f.total = BaseFormat(wb, 12);
  format_set_bold(f.total);
  format_set_align(f.total, LXW_ALIGN_CENTER);
  format_set_border(f.total, LXW_BORDER_THIN);
  return f;
}

// Writes the sheet; returns the first libxlsxwriter error, if any.
lxw_error WriteSheet(lxw_workbook* wb, const TaskTable& table) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Nhiệm vụ");
  if (ws == nullptr) return LXW_ERROR_MEMORY_MALLOC_FAILED;
  const Formats f = AddFormats(wb);
  lxw_error first = LXW_NO_ERROR;
  auto keep = [&first](lxw_error e) {
    if (first == LXW_NO_ERROR) first = e;
  };
  for (int c = 0; c < kColumns; ++c)
    keep(worksheet_set_column(ws, c, c, kColumnWidths[c], nullptr));
  keep(worksheet_merge_range(ws, 0, 0, 0, kColumns - 1, table.title.c_str(), f.title));
  keep(worksheet_set_row(ws, 0, 36, nullptr));
  lxw_row_t row = 1;
  if (!table.subtitle.empty()) {
    keep(worksheet_merge_range(ws, 1, 0, 1, kColumns - 1, table.subtitle.c_str(), f.subtitle));
    row = 2;
  }
  ++row;  // a blank row before the table
  const lxw_row_t header_row = row;
  const std::vector<std::string>& columns = TaskTableColumns();
  for (int c = 0; c < kColumns; ++c) {
    keep(worksheet_write_string(ws, header_row, c, columns[c].c_str(), f.header));
  }
  for (size_t i = 0; i < table.tasks.size(); ++i) {
    const TaskRow& t = table.tasks[i];
    const lxw_row_t r = header_row + 1 + static_cast<lxw_row_t>(i);
    keep(worksheet_write_number(ws, r, 0, static_cast<double>(i + 1), f.number));
    keep(worksheet_write_string(ws, r, 1, t.content.c_str(), f.cell));
    keep(worksheet_write_string(ws, r, 2, t.lead.c_str(), f.cell));
    keep(worksheet_write_string(ws, r, 3, Coordinating(t).c_str(), f.cell));
    keep(worksheet_write_string(ws, r, 4, t.deadline.c_str(), f.cell));
    keep(worksheet_write_string(ws, r, 5, t.status.c_str(), f.cell));
  }
  // Totals under the table: a formula and its value in each cell (see the header comment).
  const lxw_row_t first_data = header_row + 1;
  const lxw_row_t last_data = header_row + static_cast<lxw_row_t>(table.tasks.size());
  const std::string b_range =
      "B" + std::to_string(first_data + 1) + ":B" + std::to_string(last_data + 1);
  const std::string f_range =
      "F" + std::to_string(first_data + 1) + ":F" + std::to_string(last_data + 1);
  lxw_row_t r = last_data + 2;
  keep(worksheet_write_string(ws, r, 1, "Tổng số nhiệm vụ", f.total_label));
  if (table.tasks.empty()) {
    keep(worksheet_write_number(ws, r, 2, 0, f.total));
  } else {
    keep(worksheet_write_formula_num(ws, r, 2, ("=COUNTA(" + b_range + ")").c_str(), f.total,
                                     static_cast<double>(table.tasks.size())));
  }
  std::vector<std::pair<std::string, int>> by_status;  // in order of first appearance
  for (const TaskRow& t : table.tasks) {
    if (t.status.empty()) continue;
    auto it = std::find_if(by_status.begin(), by_status.end(),
                           [&](const auto& s) { return s.first == t.status; });
    if (it == by_status.end()) {
      by_status.push_back({t.status, 1});
    } else {
      ++it->second;
    }
  }
  for (const auto& [status, count] : by_status) {
    ++r;
    keep(worksheet_write_string(ws, r, 1, status.c_str(), f.total_label));
    keep(worksheet_write_formula_num(ws, r, 2, CountIf(f_range, status).c_str(), f.total, count));
  }
  worksheet_freeze_panes(ws, header_row + 1, 0);
  keep(worksheet_repeat_rows(ws, header_row, header_row));
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  return first;
}

}  // namespace

const std::vector<std::string>& TaskTableColumns() {
  static const std::vector<std::string> kColumnNames = {
      "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Trạng thái"};
  return kColumnNames;
}

Status ValidateTaskTable(const TaskTable& table) {
  FieldErrors errors;
  if (table.title.empty()) errors.Add("title", "thiếu tiêu đề bảng");
  CheckText(errors, "title", table.title);
  CheckText(errors, "subtitle", table.subtitle);
  for (size_t i = 0; i < table.tasks.size(); ++i) {
    const TaskRow& t = table.tasks[i];
    const std::string p = "tasks[" + std::to_string(i) + "]";
    if (t.content.empty()) errors.Add(p + ".content", "thiếu nội dung nhiệm vụ");
    if (t.lead.empty()) errors.Add(p + ".lead", "thiếu cơ quan chủ trì");
    CheckText(errors, p + ".content", t.content);
    CheckText(errors, p + ".lead", t.lead);
    CheckText(errors, p + ".coordinating", Coordinating(t));
    CheckText(errors, p + ".deadline", t.deadline);
    CheckText(errors, p + ".status", t.status);
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

Result<std::string> RenderTaskTableXlsx(const TaskTable& table) {
  DT_RETURN_IF_ERROR(ValidateTaskTable(table));
  // libxlsxwriter 1.1.4 writes only to a file.
  TempPath temp;
  if (temp.path().empty()) return Error::Internal("XLSX: cannot create a temporary file");
  lxw_workbook* wb = workbook_new(temp.path().c_str());
  if (wb == nullptr) return Error::Internal("XLSX: cannot create the workbook");
  const lxw_error written = WriteSheet(wb, table);
  const lxw_error closed = workbook_close(wb);  // frees wb
  if (written != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
    return Error::Internal(std::string("XLSX: ") +
                           lxw_strerror(written != LXW_NO_ERROR ? written : closed));
  }
  std::ifstream in(temp.path(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.empty()) return Error::Internal("XLSX: the workbook could not be read back");
  return bytes;
}

Table ToBodyTable(const TaskTable& table) {
  bool has_status = false;
  for (const TaskRow& t : table.tasks) has_status = has_status || !t.status.empty();
  Table out;
  out.columns = TaskTableColumns();
  out.column_weights = {1.1, 7, 3.4, 3.4, 2.6, 2.4};
  if (!has_status) {
    out.columns.pop_back();
    out.column_weights.pop_back();
  }
  for (size_t i = 0; i < table.tasks.size(); ++i) {
    const TaskRow& t = table.tasks[i];
    std::vector<std::string> row = {std::to_string(i + 1), t.content, t.lead, Coordinating(t),
                                    t.deadline};
    if (has_status) row.push_back(t.status);
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace doithoai::documents
