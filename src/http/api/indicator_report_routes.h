// Shared by the indicator route files: file downloads and the annual report routes.
#pragma once

#include <string>

#include "http/api/api.h"

namespace doithoai::http {

inline constexpr char kXlsxType[] =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// An attachment response, never cached.
HttpResponse FileDownload(std::string bytes, const char* content_type, const std::string& name);

// GET /api/indicator-rounds/{id}/report/{name}: bao-cao.docx | bao-cao.pdf | bao-cao.xlsx.
void RegisterIndicatorReportRoutes(Router& r, Api& api);

}  // namespace doithoai::http
