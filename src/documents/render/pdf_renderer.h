// Renders an OfficialDocument as PDF with Cairo and Pango in the Decree 30/2020 layout of
// page_layout.h, the same page the DOCX renderer describes: A4, the two-column header with
// its rules, centred bold type name and summary, justified body with first-line indents,
// tables whose rows break across pages under a repeated header, the signature block beside
// "Nơi nhận:", appendices on new pages, and page numbers centred in the top margin from page 2.
//
// Type is Times New Roman where installed, else Liberation Serif (fonts-liberation2); the
// fonts are embedded as subsets.
#pragma once

#include <string>

#include "core/result.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

// The PDF bytes (PDF 1.5), or ValidateDocument's kInvalid error (every bad field named), or
// kInternal when no suitable font is installed or Cairo fails.
Result<std::string> RenderPdf(const OfficialDocument& doc);

}  // namespace doithoai::documents
