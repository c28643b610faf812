#include "documents/render/indicator_xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace doithoai::documents {
namespace {

// A workbook file in the temporary directory (libxlsxwriter writes only to files), removed
// when this goes out of scope.
class TempFile {
 public:
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "doithoai_ind_XXXXXX").string();
    int fd = mkstemp(pattern.data());
    if (fd >= 0) {
      close(fd);
      path_ = pattern;
    }
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

lxw_format* Font(lxw_workbook* wb, double size) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, "Times New Roman");
  format_set_font_size(f, size);
  return f;
}

lxw_error WriteSheet(lxw_workbook* wb, const XlsxSheet& s) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
  if (ws == nullptr) return LXW_ERROR_MEMORY_MALLOC_FAILED;
  lxw_format* title = Font(wb, 14);
  format_set_bold(title);
  format_set_align(title, LXW_ALIGN_CENTER);
  format_set_text_wrap(title);
  lxw_format* note = Font(wb, 12);
  format_set_italic(note);
  lxw_format* header = Font(wb, 12);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_bg_color(header, 0xD9D9D9);
  lxw_format* cell = Font(wb, 12);
  format_set_text_wrap(cell);
  format_set_border(cell, LXW_BORDER_THIN);
  lxw_format* bold = Font(wb, 12);
  format_set_bold(bold);
  format_set_text_wrap(bold);
  format_set_border(bold, LXW_BORDER_THIN);
  lxw_error first = LXW_NO_ERROR;
  auto keep = [&first](lxw_error e) {
    if (first == LXW_NO_ERROR) first = e;
  };
  size_t columns = s.widths.size();
  for (const auto& r : s.header) columns = std::max(columns, r.size());
  for (const auto& r : s.rows) columns = std::max(columns, r.size());
  for (size_t c = 0; c < s.widths.size(); ++c)
    keep(worksheet_set_column(ws, c, c, s.widths[c], nullptr));
  lxw_row_t row = 0;
  if (!s.title.empty()) {
    if (columns > 1) {
      keep(worksheet_merge_range(ws, 0, 0, 0, columns - 1, s.title.c_str(), title));
    } else {
      keep(worksheet_write_string(ws, 0, 0, s.title.c_str(), title));
    }
    keep(worksheet_set_row(ws, 0, 36, nullptr));
    row = 1;
  }
  for (const auto& n : s.notes) keep(worksheet_write_string(ws, row++, 0, n.c_str(), note));
  auto write = [&](const std::vector<XlsxCell>& cells, lxw_format* base) {
    for (size_t c = 0; c < cells.size(); ++c) {
      lxw_format* f = cells[c].bold ? bold : base;
      if (cells[c].number) {
        keep(worksheet_write_number(ws, row, c, *cells[c].number, f));
      } else {
        keep(worksheet_write_string(ws, row, c, cells[c].text.c_str(), f));
      }
    }
    for (size_t c = cells.size(); c < columns; ++c) keep(worksheet_write_blank(ws, row, c, base));
    ++row;
  };
  for (const auto& r : s.header) write(r, header);
  lxw_row_t body = row;
  for (const auto& r : s.rows) write(r, cell);
  worksheet_freeze_panes(ws, body, 0);
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  return first;
}

XlsxCell Text(std::string s, bool bold = false) { return {std::move(s), std::nullopt, bold}; }

}  // namespace

Result<std::string> RenderSheetsXlsx(const std::vector<XlsxSheet>& sheets) {
  TempFile temp;
  if (temp.path().empty()) return Error::Internal("XLSX: cannot create a temporary file");
  lxw_workbook* wb = workbook_new(temp.path().c_str());
  if (wb == nullptr) return Error::Internal("XLSX: cannot create the workbook");
  lxw_error written = LXW_NO_ERROR;
  for (const auto& s : sheets) {
    lxw_error e = WriteSheet(wb, s);
    if (written == LXW_NO_ERROR) written = e;
  }
  lxw_error closed = workbook_close(wb);
  if (written != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
    return Error::Internal(std::string("XLSX: ") +
                           lxw_strerror(written != LXW_NO_ERROR ? written : closed));
  }
  std::ifstream in(temp.path(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.empty()) return Error::Internal("XLSX: the workbook could not be read back");
  return bytes;
}

XlsxSheet ValueTemplateSheet(const ValueTemplate& t) {
  XlsxSheet s;
  s.name = "So lieu " + std::to_string(t.period_year);
  s.title =
      "MẪU NHẬP SỐ LIỆU CHỈ TIÊU NĂM " + std::to_string(t.period_year) + "\n" + t.programme_title;
  s.notes = {"Hạn gửi: " + t.due_on +
                 ". Mỗi hàng là một đơn vị; ô để trống là chưa báo cáo. Không sửa hàng mã cột "
                 "(unit_code …).",
             "Chỉ tiêu tỷ lệ: nhập tử số và mẫu số (số người), hệ thống tự tính tỷ lệ."};
  std::vector<XlsxCell> human = {Text("Mã đơn vị"), Text("Tên đơn vị")};
  std::vector<XlsxCell> keys = {Text("unit_code"), Text("unit_name")};
  s.widths = {12, 30};
  for (const auto& ind : t.indicators) {
    std::string label = ind.code + ". " + ind.name + " (" + ind.measure + ")";
    if (ind.kind == IndicatorKind::kRatio) {
      human.push_back(Text(label + " — Tử số"));
      human.push_back(Text(ind.code + " — Mẫu số"));
      keys.push_back(Text(ind.code + "/num"));
      keys.push_back(Text(ind.code + "/den"));
      s.widths.insert(s.widths.end(), {18, 14});
    } else {
      human.push_back(Text(label));
      keys.push_back(Text(ind.code + "/num"));
      s.widths.push_back(18);
    }
  }
  human.push_back(Text("Ghi chú (giải thích khi số liệu chênh lệch nhiều so với năm trước)"));
  keys.push_back(Text("comment"));
  s.widths.push_back(40);
  s.header = {human, keys};
  for (const auto& u : t.units) {
    std::vector<XlsxCell> row = {Text(u.code), Text(u.name)};
    std::string comment;
    for (const auto& ind : t.indicators) {
      auto it = u.values.find(ind.id);
      XlsxCell num, den;
      if (it != u.values.end()) {
        num.number = it->second.numerator;
        den.number = it->second.denominator;
        if (comment.empty()) comment = it->second.comment;
      }
      row.push_back(num);
      if (ind.kind == IndicatorKind::kRatio) row.push_back(den);
    }
    row.push_back(Text(comment));
    s.rows.push_back(std::move(row));
  }
  return s;
}

}  // namespace doithoai::documents
