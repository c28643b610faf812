// Reads an indicator values sheet: the XLSX template of a reporting round (see
// documents/render/indicator_template_xlsx.h), filled by a coordinator or a Youth Union
// officer for many units at once, and uploaded back.
//
// The sheet has a key row, the first row whose column A reads "unit_code"; its other cells
// name what each column holds: "unit_name" (ignored), "<indicator code>/num",
// "<indicator code>/den" (a ratio's denominator) and "comment". Rows above it (title,
// instructions, human headers) are ignored; every non-empty row below it is one unit, by its
// code in column A. Empty value cells are skipped (nothing is reported for them).
//
// Cells are named by their spreadsheet reference ("D12") in every error, so the person who
// filled the sheet can find them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "import/sheet.h"

namespace doithoai::import {

struct SheetValue {
  std::string indicator_code;
  int row_number = 0;
  std::string unit_code;
  std::string unit_cell;            // "A12"
  std::optional<double> numerator;  // nullopt: the cell was empty
  std::optional<double> denominator;
  std::string numerator_cell, denominator_cell;  // "D12", "E12"; empty when no such column
  std::string comment;
  std::string comment_cell;
};

// Reads a number as people type it in Vietnam: "1200", "72.5", "72,5"; nullopt otherwise.
std::optional<double> ParseSheetNumber(std::string_view text);

// One SheetValue per (unit row, indicator) with at least one of its cells filled. Errors
// (kInvalid): "filename" when not .xlsx/.csv; "file" when unreadable or without a key row;
// a cell reference ("C4", "D12") for an unknown key, a duplicate key, a denominator column
// without its numerator column, a value that is not a number, or a row without a unit code;
// all cell errors are collected. kTooLarge past `limits`.
Result<std::vector<SheetValue>> ReadIndicatorSheet(std::string_view bytes,
                                                   std::string_view filename,
                                                   const ReadLimits& limits);

}  // namespace doithoai::import
