#include "import/question_sheet.h"

#include <array>
#include <cassert>
#include <optional>
#include <string>

#include "import/csv_reader.h"
#include "import/xlsx_reader.h"
#include "text/normalize.h"

namespace doithoai::import {
namespace {

constexpr int kHeaderSearchRows = 10;
constexpr std::string_view kZipMagic = "PK\x03\x04";
constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

enum Field { kText, kBranch, kCompiledBy, kRepresents, kAge, kFieldCount };

struct Alias {
  std::string_view key;  // as HeaderKey leaves it
  Field field;
};

constexpr Alias kAliases[] = {
    {"noi dung cau hoi", kText},
    {"noi dung", kText},
    {"cau hoi", kText},
    {"y kien", kText},
    {"noi dung y kien", kText},
    {"text", kText},
    {"question", kText},
    {"don vi", kBranch},
    {"chi doan", kBranch},
    {"co so doan", kBranch},
    {"ten don vi", kBranch},
    {"ten chi doan", kBranch},
    {"branch", kBranch},
    {"nguoi tong hop", kCompiledBy},
    {"nguoi tong hop cau hoi", kCompiledBy},
    {"compiled by", kCompiledBy},  // also "compiled_by"
    {"so thanh nien", kRepresents},
    {"so luong thanh nien", kRepresents},
    {"thay mat so thanh nien", kRepresents},
    {"represents", kRepresents},
    {"tuoi", kAge},
    {"do tuoi", kAge},
    {"age", kAge},
};

// How a missing required column is named to the officer, as in the template.
constexpr std::array<std::string_view, 3> kRequiredHeaders = {"Nội dung câu hỏi", "Đơn vị",
                                                              "Người tổng hợp"};

using ColumnMap = std::array<std::optional<size_t>, kFieldCount>;  // column of each Field

enum class Format { kCsv, kXlsx };

Result<Format> FormatOf(std::string_view filename) {
  size_t dot = filename.rfind('.');
  std::string extension;
  if (dot != std::string_view::npos) {
    for (char c : filename.substr(dot + 1)) extension += (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
  }
  if (extension == "xlsx") return Format::kXlsx;
  if (extension == "csv") return Format::kCsv;
  return Error::Invalid("filename", "chỉ nhận tệp .xlsx hoặc .csv");
}

// Catches a file saved under the wrong extension before a reader gives a vaguer error.
Status CheckContentMatches(Format format, std::string_view bytes) {
  if (bytes.empty()) return Error::Invalid("file", "tệp rỗng");
  bool zip = bytes.starts_with(kZipMagic);
  if (format == Format::kCsv && zip) {
    return Error::Invalid("file", "tệp có đuôi .csv nhưng là tệp nén (có thể là XLSX)");
  }
  if (format == Format::kXlsx && !zip && !bytes.starts_with(kOleMagic)) {
    return Error::Invalid("file",
                          "tệp có đuôi .xlsx nhưng không phải XLSX (có thể là CSV đổi đuôi)");
  }
  return Ok();
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The header folded, with text in parentheses or brackets dropped and every run of other
// punctuation or spaces made one space: "Số thanh niên (người)*" → "so thanh nien".
std::string HeaderKey(std::string_view header) {
  std::string key;
  int nesting = 0;
  bool pending_space = false;
  for (char c : text::Fold(header)) {
    if (c == '(' || c == '[') {
      ++nesting;
    } else if ((c == ')' || c == ']') && nesting > 0) {
      --nesting;
    } else if (nesting > 0) {
      continue;
    } else if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      if (pending_space && !key.empty()) key += ' ';
      pending_space = false;
      key += c;
      continue;
    }
    pending_space = true;
  }
  return key;
}

std::optional<Field> FieldOf(std::string_view header) {
  std::string key = HeaderKey(header);
  for (const Alias& alias : kAliases) {
    if (alias.key == key) return alias.field;
  }
  return std::nullopt;
}

ColumnMap MapColumns(const SheetRow& header) {
  ColumnMap columns;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    std::optional<Field> field = FieldOf(header.cells[i]);
    if (field && !columns[*field]) columns[*field] = i;
  }
  return columns;
}

int MappedCount(const ColumnMap& columns) {
  int count = 0;
  for (const auto& column : columns) count += column.has_value();
  return count;
}

struct Header {
  size_t index = 0;  // into the rows the reader returned
  ColumnMap columns;
};

// The first row numbered up to kHeaderSearchRows that maps the text column. Failing that,
// the one that maps the most columns, so the error can name only the missing ones.
std::optional<Header> FindHeader(const std::vector<SheetRow>& rows) {
  std::optional<Header> best;
  for (size_t i = 0; i < rows.size() && rows[i].row_number <= kHeaderSearchRows; ++i) {
    ColumnMap columns = MapColumns(rows[i]);
    if (columns[kText]) return Header{i, columns};
    if (!best || MappedCount(columns) > MappedCount(best->columns)) best = Header{i, columns};
  }
  return best;
}

Status CheckRequiredColumns(const ColumnMap& columns) {
  std::string missing;
  for (Field field : {kText, kBranch, kCompiledBy}) {
    if (columns[field]) continue;
    if (!missing.empty()) missing += ", ";
    missing += kRequiredHeaders[field];
  }
  if (missing.empty()) return Ok();
  return Error::Invalid("columns", "thiếu cột bắt buộc: " + missing +
                                       " (dòng tiêu đề phải nằm trong " +
                                       std::to_string(kHeaderSearchRows) + " dòng đầu)");
}

std::string CellAt(const SheetRow& row, std::optional<size_t> column) {
  return column && *column < row.cells.size() ? row.cells[*column] : std::string();
}

bool IsBlank(std::string_view cell) {
  return cell.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::optional<QuestionRow> ToQuestionRow(const SheetRow& row, const ColumnMap& columns) {
  QuestionRow question{row.row_number,
                       {.text = CellAt(row, columns[kText]),
                        .branch = CellAt(row, columns[kBranch]),
                        .compiled_by = CellAt(row, columns[kCompiledBy]),
                        .represents = CellAt(row, columns[kRepresents]),
                        .age = CellAt(row, columns[kAge])}};
  const BatchRowInput& in = question.input;
  for (const std::string* cell : {&in.text, &in.branch, &in.compiled_by, &in.represents, &in.age}) {
    if (!IsBlank(*cell)) return question;
  }
  return std::nullopt;
}

Result<std::vector<SheetRow>> ReadSheet(Format format, std::string_view bytes,
                                        const ReadLimits& limits) {
  return format == Format::kXlsx ? ReadXlsx(bytes, limits) : ReadCsv(bytes, limits);
}

}  // namespace

Result<std::vector<QuestionRow>> ReadQuestionSheet(std::string_view bytes,
                                                   std::string_view filename,
                                                   const ReadLimits& limits) {
  DT_ASSIGN_OR_RETURN(Format format, FormatOf(filename));
  DT_RETURN_IF_ERROR(CheckContentMatches(format, bytes));
  DT_ASSIGN_OR_RETURN(std::vector<SheetRow> rows, ReadSheet(format, bytes, limits));
  if (rows.empty()) return Error::Invalid("file", "tệp không có câu hỏi nào");
  std::optional<Header> header = FindHeader(rows);
  DT_RETURN_IF_ERROR(CheckRequiredColumns(header ? header->columns : ColumnMap()));
  assert(header);  // no header maps no column, so the check above has failed

  std::vector<QuestionRow> questions;
  for (size_t i = header->index + 1; i < rows.size(); ++i) {
    if (std::optional<QuestionRow> question = ToQuestionRow(rows[i], header->columns)) {
      questions.push_back(std::move(*question));
    }
  }
  if (questions.empty()) return Error::Invalid("file", "tệp không có câu hỏi nào");
  return questions;
}

}  // namespace doithoai::import
