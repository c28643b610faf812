#include "import/indicator_sheet.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "import/csv_reader.h"
#include "import/xlsx_cell.h"
#include "import/xlsx_reader.h"

namespace doithoai::import {
namespace {

bool EndsWithIgnoringCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
    --e;
  return std::string(s.substr(b, e - b));
}

struct Column {
  std::string code;
  enum Part { kNum, kDen, kComment, kIgnored } part = kIgnored;
};

std::string Cell(int column, int row) { return ColumnLetters(column) + std::to_string(row); }

}  // namespace

std::optional<double> ParseSheetNumber(std::string_view text) {
  std::string s = Trim(text);
  if (s.empty()) return std::nullopt;
  if (s.find('.') == std::string::npos && std::count(s.begin(), s.end(), ',') == 1) {
    std::replace(s.begin(), s.end(), ',', '.');
  }
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

Result<std::vector<SheetValue>> ReadIndicatorSheet(std::string_view bytes,
                                                   std::string_view filename,
                                                   const ReadLimits& limits) {
  bool xlsx = EndsWithIgnoringCase(filename, ".xlsx");
  if (!xlsx && !EndsWithIgnoringCase(filename, ".csv")) {
    return Error::Invalid("filename", "chỉ nhận tệp .xlsx hoặc .csv");
  }
  if (bytes.empty()) return Error::Invalid("file", "tệp rỗng");
  DT_ASSIGN_OR_RETURN(auto rows, xlsx ? ReadXlsx(bytes, limits) : ReadCsv(bytes, limits));
  auto key = std::find_if(rows.begin(), rows.end(), [](const SheetRow& r) {
    return !r.cells.empty() && Trim(r.cells[0]) == "unit_code";
  });
  if (key == rows.end()) {
    return Error::Invalid("file",
                          "không thấy hàng mã cột (ô cột A ghi \"unit_code\"): hãy dùng tệp mẫu "
                          "tải về từ kỳ báo cáo");
  }
  FieldErrors errors;
  std::vector<Column> columns(key->cells.size());
  std::map<std::string, std::pair<int, int>> by_code;  // code → (num column, den column)
  int comment_column = -1;
  for (size_t c = 1; c < key->cells.size(); ++c) {
    std::string k = Trim(key->cells[c]);
    std::string where = Cell(static_cast<int>(c), key->row_number);
    if (k.empty() || k == "unit_name") continue;
    if (k == "comment") {
      if (comment_column >= 0) errors.Add(where, "cột ghi chú bị lặp");
      comment_column = static_cast<int>(c);
      columns[c].part = Column::kComment;
      continue;
    }
    size_t slash = k.rfind('/');
    std::string part = slash == std::string::npos ? "" : k.substr(slash + 1);
    std::string code = slash == std::string::npos ? "" : k.substr(0, slash);
    if (code.empty() || (part != "num" && part != "den")) {
      errors.Add(where, "mã cột \"" + k + "\" không hợp lệ (cần <mã chỉ tiêu>/num hoặc /den)");
      continue;
    }
    auto& slot = by_code.try_emplace(code, -1, -1).first->second;
    int& target = part == "num" ? slot.first : slot.second;
    if (target >= 0) errors.Add(where, "mã cột \"" + k + "\" bị lặp");
    target = static_cast<int>(c);
    columns[c] = {code, part == "num" ? Column::kNum : Column::kDen};
  }
  for (const auto& [code, cols] : by_code) {
    if (cols.first < 0) {
      errors.Add(Cell(cols.second, key->row_number), "thiếu cột tử số " + code + "/num");
    }
  }
  if (!errors.empty()) return errors.ToError();
  std::vector<SheetValue> out;
  for (auto row = key + 1; row != rows.end(); ++row) {
    auto cell = [&](int c) {
      return c >= 0 && c < static_cast<int>(row->cells.size()) ? Trim(row->cells[c])
                                                               : std::string();
    };
    std::string unit = cell(0);
    std::string comment = cell(comment_column);
    bool any = false;
    for (const auto& [code, cols] : by_code) {
      std::string num = cell(cols.first), den = cell(cols.second);
      if (num.empty() && den.empty()) continue;
      any = true;
      SheetValue v;
      v.indicator_code = code;
      v.row_number = row->row_number;
      v.unit_code = unit;
      v.unit_cell = Cell(0, row->row_number);
      v.numerator_cell = Cell(cols.first, row->row_number);
      if (cols.second >= 0) v.denominator_cell = Cell(cols.second, row->row_number);
      v.comment = comment;
      v.comment_cell = comment_column >= 0 ? Cell(comment_column, row->row_number) : v.unit_cell;
      if (!num.empty()) {
        v.numerator = ParseSheetNumber(num);
        if (!v.numerator) errors.Add(v.numerator_cell, "\"" + num + "\" không phải là số");
      }
      if (!den.empty()) {
        v.denominator = ParseSheetNumber(den);
        if (!v.denominator) errors.Add(v.denominator_cell, "\"" + den + "\" không phải là số");
      }
      out.push_back(std::move(v));
    }
    if (any && unit.empty()) errors.Add(Cell(0, row->row_number), "thiếu mã đơn vị");
  }
  if (!errors.empty()) return errors.ToError();
  if (out.empty()) return Error::Invalid("file", "tệp không có số liệu nào");
  return out;
}

}  // namespace doithoai::import
