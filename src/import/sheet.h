// What the spreadsheet readers (csv_reader, xlsx_reader) return, and the limits they enforce.
// An uploaded file is untrusted: a 5 MB XLSX can inflate to gigabytes (a zip bomb), so every
// reader checks these limits before it allocates and again while it reads.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace doithoai::import {

struct ReadLimits {
  size_t max_bytes = 5 << 20;          // size of the uploaded file itself
  size_t max_uncompressed = 50 << 20;  // XLSX only: total bytes inflated from the archive
  int max_rows = 10000;                // non-empty rows, title and header rows included
  int max_columns = 50;                // a value in a column past this one is refused
};

// One non-empty row of the first sheet. Cells are raw text as the spreadsheet shows it
// (numbers without a trailing ".0"); a missing cell is an empty string, and trailing empty
// cells are dropped, so rows may differ in length.
struct SheetRow {
  int row_number = 0;  // 1-based, as a spreadsheet program numbers it
  std::vector<std::string> cells;
};

}  // namespace doithoai::import
