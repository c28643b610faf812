// What the import routes do with an uploaded spreadsheet, for the CSV and XLSX targets: read
// the rows, then read them as a question batch (each row validated as ImportQuestions does) and
// as an indicator values sheet. Every refusal must be a clear 4xx and every cell UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/question/submission.h"
#include "fuzz_checks.h"
#include "import/indicator_sheet.h"
#include "import/question_sheet.h"
#include "import/sheet.h"

namespace doithoai::fuzz {

// Small bounds, so the limits are reached by small inputs.
inline import::ReadLimits SmallLimits() {
  import::ReadLimits limits;
  limits.max_bytes = 64 << 10;
  limits.max_uncompressed = 256 << 10;
  limits.max_rows = 200;
  limits.max_columns = 20;
  return limits;
}

inline void CheckRows(const Result<std::vector<import::SheetRow>>& rows,
                      const import::ReadLimits& limits) {
  if (!rows.ok()) return CheckRefusal(rows.error());
  FUZZ_CHECK(rows->size() <= static_cast<size_t>(limits.max_rows));
  int previous = 0;
  for (const import::SheetRow& row : *rows) {
    FUZZ_CHECK(row.row_number > previous);
    previous = row.row_number;
    FUZZ_CHECK(!row.cells.empty() && row.cells.size() <= static_cast<size_t>(limits.max_columns));
    for (const std::string& cell : row.cells) CheckText(cell);
  }
}

// `extension` is ".csv" or ".xlsx".
inline void CheckSheetReaders(std::string_view bytes, std::string_view extension) {
  const import::ReadLimits limits = SmallLimits();
  auto questions = import::ReadQuestionSheet(bytes, "cau-hoi" + std::string(extension), limits);
  if (questions.ok()) {
    for (const import::QuestionRow& row : *questions) {
      for (const std::string* cell : {&row.input.text, &row.input.branch, &row.input.compiled_by,
                                      &row.input.represents, &row.input.age}) {
        CheckText(*cell);
      }
      auto clean = ValidateBatchRow(row.input);
      if (!clean.ok()) CheckRefusal(clean.error());
    }
  } else {
    CheckRefusal(questions.error());
  }
  auto values = import::ReadIndicatorSheet(bytes, "chi-tieu" + std::string(extension), limits);
  if (values.ok()) {
    for (const import::SheetValue& v : *values) {
      CheckText(v.indicator_code);
      CheckText(v.unit_code);
      CheckText(v.comment);
    }
  } else {
    CheckRefusal(values.error());
  }
}

}  // namespace doithoai::fuzz
