// Spreadsheets of youth-development indicators (C9), written with libxlsxwriter: the values
// template of a reporting round (to fill for many units and upload back; read by
// import/indicator_sheet.h) and the tables of the annual report (Appendix I) as XLSX.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/indicator/indicator.h"
#include "domain/indicator/indicator_value.h"

namespace doithoai::documents {

struct XlsxCell {
  std::string text;
  std::optional<double> number;  // written as a number when set
  bool bold = false;
};

struct XlsxSheet {
  std::string name;                           // at most 31 characters
  std::string title;                          // merged over the table, bold
  std::vector<std::string> notes;             // one line each, under the title
  std::vector<std::vector<XlsxCell>> header;  // bold, bordered, grey
  std::vector<std::vector<XlsxCell>> rows;    // bordered
  std::vector<double> widths;                 // per column, in characters
};

// The .xlsx bytes of the sheets, A4 landscape, Times New Roman, header rows frozen.
// kInternal if the file cannot be written.
Result<std::string> RenderSheetsXlsx(const std::vector<XlsxSheet>& sheets);

struct ValueTemplate {
  std::string programme_title;
  int period_year = 0;
  std::string due_on;  // "30/11/2025"
  std::vector<Indicator> indicators;
  struct UnitLine {
    std::string code, name;
    std::map<IndicatorId, IndicatorValue> values;  // what is already stored, pre-filled
  };
  std::vector<UnitLine> units;
};

// The template: title, instructions, a human header (indicator code, name and measure; for a
// ratio two columns "Tử số" / "Mẫu số"), the key row that import/indicator_sheet.h reads
// ("unit_code", "unit_name", "<code>/num", "<code>/den", "comment"), then one row per unit.
XlsxSheet ValueTemplateSheet(const ValueTemplate& t);

}  // namespace doithoai::documents
