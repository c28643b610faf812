#include "import/csv_reader.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <utility>

#include "import/limits.h"
#include "text/normalize.h"

namespace doithoai::import {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::array<char, 3> kDelimiters = {',', ';', '\t'};
constexpr int kDelimiterSampleRows = 10;

// Splits CSV text into records one at a time, so a caller can stop at a limit without first
// materialising the whole file.
class RecordScanner {
 public:
  RecordScanner(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

  bool AtEnd() const { return pos_ >= text_.size(); }

  // REQUIRES: !AtEnd(). The next record, empty cells included.
  Result<SheetRow> Next() {
    enum class State { kFieldStart, kUnquoted, kQuoted, kAfterQuote };
    SheetRow row{++row_number_, {}};
    std::string field;
    State state = State::kFieldStart;
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (state == State::kQuoted) {
        if (c != '"') {
          field.push_back(c);
        } else if (pos_ < text_.size() && text_[pos_] == '"') {
          field.push_back('"');
          ++pos_;
        } else {
          state = State::kAfterQuote;
        }
        continue;
      }
      if (c == '"' && state == State::kFieldStart) {
        state = State::kQuoted;
      } else if (c == delimiter_) {
        row.cells.push_back(std::exchange(field, {}));
        state = State::kFieldStart;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        break;
      } else {
        field.push_back(c);
        state = State::kUnquoted;
      }
    }
    if (state == State::kQuoted) {
      return Error::Invalid(
          "file", "dấu ngoặc kép mở ở dòng " + std::to_string(row.row_number) + " không được đóng");
    }
    row.cells.push_back(std::move(field));
    return row;
  }

 private:
  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  int row_number_ = 0;
};

bool IsBlank(const SheetRow& row) {
  return std::all_of(row.cells.begin(), row.cells.end(),
                     [](const std::string& cell) { return cell.empty(); });
}

// How well `delimiter` splits the first rows: how many of them share the most common field
// count above one. A comma inside Vietnamese prose varies from row to row; the real delimiter
// repeats in every row, padding cells included.
int DelimiterScore(std::string_view text, char delimiter) {
  RecordScanner scanner(text, delimiter);
  std::map<size_t, int> rows_by_width;
  for (int sampled = 0; sampled < kDelimiterSampleRows && !scanner.AtEnd();) {
    Result<SheetRow> row = scanner.Next();
    if (!row.ok()) break;
    if (IsBlank(*row)) continue;
    ++sampled;
    if (row->cells.size() > 1) ++rows_by_width[row->cells.size()];
  }
  int best = 0;
  for (const auto& [width, rows] : rows_by_width) best = std::max(best, rows);
  return best;
}

char DetectDelimiter(std::string_view text) {
  char best = kDelimiters[0];
  int best_score = 0;
  for (char delimiter : kDelimiters) {
    int score = DelimiterScore(text, delimiter);
    if (score > best_score) {
      best = delimiter;
      best_score = score;
    }
  }
  return best;
}

Status CheckEncoding(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    return Error::Invalid("file", "tệp CSV đang mã hoá UTF-16; hãy lưu lại dạng \"CSV UTF-8\"");
  }
  if (bytes.find('\0') != std::string_view::npos) {
    return Error::Invalid("file", "tệp CSV chứa dữ liệu nhị phân");
  }
  return Ok();
}

std::vector<std::string> WithoutTrailingEmptyCells(std::vector<std::string> cells) {
  while (!cells.empty() && cells.back().empty()) cells.pop_back();
  return cells;
}

Status CheckRow(const SheetRow& row, const ReadLimits& limits) {
  for (const std::string& cell : row.cells) {
    if (!text::IsValidUtf8(cell)) {
      return Error::Invalid("file", "dòng " + std::to_string(row.row_number) +
                                        " không phải UTF-8 hợp lệ; hãy lưu lại dạng \"CSV UTF-8\"");
    }
  }
  if (row.cells.size() > static_cast<size_t>(limits.max_columns)) {
    return TooManyColumns(limits, "dòng " + std::to_string(row.row_number));
  }
  return Ok();
}

}  // namespace

Result<std::vector<SheetRow>> ReadCsv(std::string_view bytes, const ReadLimits& limits) {
  if (bytes.size() > limits.max_bytes) return FileTooLarge(limits);
  DT_RETURN_IF_ERROR(CheckEncoding(bytes));
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());

  RecordScanner scanner(bytes, DetectDelimiter(bytes));
  std::vector<SheetRow> rows;
  while (!scanner.AtEnd()) {
    DT_ASSIGN_OR_RETURN(SheetRow row, scanner.Next());
    row.cells = WithoutTrailingEmptyCells(std::move(row.cells));
    if (row.cells.empty()) continue;
    DT_RETURN_IF_ERROR(CheckRow(row, limits));
    if (rows.size() >= static_cast<size_t>(limits.max_rows)) return TooManyRows(limits);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace doithoai::import
