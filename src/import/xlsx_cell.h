// Pure helpers for the text of one XLSX cell, apart from the XML walking in xlsx_reader.cc so
// each can be tested on its own. Internal to src/import.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace doithoai::import {

// Excel's limit: column XFD.
inline constexpr int kXlsxMaxColumns = 16384;

// The 0-based column of an A1-style cell reference ("A1" → 0, "C7" → 2, "AA10" → 26), or
// nullopt when `ref` is not letters followed by a row number within Excel's grid.
std::optional<int> ColumnOfReference(std::string_view ref);

// The column letters of a 0-based column: 0 → "A", 26 → "AA". REQUIRES: column >= 0.
std::string ColumnLetters(int column);

// A stored number (`<v>` of a numeric cell) as text: whole numbers below 2^53 without a
// fraction ("25", not "25.0"), others as the shortest decimal that reads back as the same
// double ("0.1", "1e-10"). Text that is not a finite number comes back unchanged.
std::string FormatNumber(std::string_view stored);

// Decodes the escapes of ECMA-376 Part 1 §22.9.2.19 (ST_Xstring): "_xHHHH_" stands for the
// UTF-16 code unit HHHH, which is how Excel stores characters XML cannot hold (a carriage
// return is "_x000D_"; a literal "_x" is written "_x005F_x"). A surrogate is left as written.
std::string DecodeXstring(std::string_view s);

}  // namespace doithoai::import
