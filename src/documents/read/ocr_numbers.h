// The digits of OCR text that CorrectOcrText (ocr_correction.h) repairs: dates, the number
// line and the year of a date. Internal to src/documents/read; pure.
#pragma once

#include <string>
#include <vector>

namespace doithoai::documents::ocr_fixes {

// Letters read for digits after "ngày", "tháng", "năm" and in d/m/yyyy ("ngày 3l" →
// "ngày 31", "2O23" → "2023"), when the result is a valid day, month or year.
std::string Dates(const std::string& line);

// "Sô: 3O/KH-UBND" → "Số: 30/KH-UBND" (O for 0, l or I for 1 in the number), a hyphen lost
// between a type and an issuer abbreviation ("QĐUBND" → "QĐ-UBND"); other lines unchanged.
std::string NumberLine(const std::string& line);

// A date's year past `latest_year` that is one likely OCR slip from the only year ≤
// `latest_year` the page writes takes that year ("năm 2039" → "năm 2030"); 0: unchanged.
std::vector<std::string> Years(std::vector<std::string> lines, int latest_year);

}  // namespace doithoai::documents::ocr_fixes
