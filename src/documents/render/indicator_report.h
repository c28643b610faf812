// The annual report (báo cáo, BC) on a youth-development programme (C9): what a People's
// Committee sends its superior after each round ("báo cáo trước ngày 30/11 hằng năm"), in the
// Decree 30 layout, with Appendix I (indicators: baseline, targets, result, progress) and
// Appendix II (tasks and solutions linked to the indicators). The same tables as XLSX.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "documents/render/indicator_xlsx.h"
#include "documents/render/issuance.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

struct IndicatorReportRow {
  std::string code, name, measure;
  std::string direction;     // "≥", "≤", "="
  std::string baseline;      // "50 (2024)" or ""
  std::string target;        // the target of the report's year, or ""
  std::string final_target;  // "85 (2030)"
  std::string result;        // the rolled-up value of the year, or "" when not reported
  std::string assessment;  // "Đạt", "Chưa đạt", "Đúng lộ trình", "Chưa có số liệu"
};

struct IndicatorReportTask {
  std::string content, lead, deadline, status;
};

struct IndicatorReportInput {
  Issuance issuance;            // symbol: "BC-" + issuer_code
  std::string host;             // "Ủy ban nhân dân thành phố Hải Phòng"
  std::string programme_title;  // "Phát triển thanh niên thành phố Hải Phòng đến năm 2030"
  std::string basis;            // "Quyết định số 1331/QĐ-TTg …"; may be empty
  int period_year = 0;
  std::vector<std::string> addressed;           // "Bộ Nội vụ"
  int expected = 0, reported = 0, on_time = 0;  // completeness of the round
  int units = 0;                                // units that had to report
  std::vector<IndicatorReportRow> indicators;
  std::vector<IndicatorReportTask> tasks;
};

// kInvalid naming what is missing ("programme_title", "period_year", "issuance.issuer"…).
Result<OfficialDocument> BuildIndicatorReport(const IndicatorReportInput& in);

// Appendix I and the completeness as sheets, for RenderSheetsXlsx.
std::vector<XlsxSheet> IndicatorReportSheets(const IndicatorReportInput& in);

}  // namespace doithoai::documents
