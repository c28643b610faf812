// Renders an OfficialDocument as a Word document (Office Open XML WordprocessingML, ECMA-376)
// in the Decree 30/2020 layout of page_layout.h: A4, the two-column header as a borderless
// table, centred bold type name and summary, justified body, the signature block and
// "Nơi nhận:" side by side, and page numbers centred in the top margin from page 2 (a header
// part holding a PAGE field, with a different, empty first-page header).
//
// Times New Roman is named in every run; a reader without it substitutes its metric twin
// (Liberation Serif on Linux).
#pragma once

#include <string>

#include "core/result.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

// The .docx bytes, or ValidateDocument's kInvalid error (every bad field named), or kInternal
// if the archive cannot be written.
Result<std::string> RenderDocx(const OfficialDocument& doc);

}  // namespace doithoai::documents
