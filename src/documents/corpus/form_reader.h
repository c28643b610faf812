// How each form of a corpus document is found and read for `document score --form`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "documents/corpus/corpus.h"

namespace doithoai::documents::corpus {

struct FormSpec {
  std::vector<std::string> extensions;  // tried in order after "<id>"
  FormReader read;
};

// "txt": <id>.txt read as UTF-8 text; "docx": <id>.docx; "pdf": <id>.pdf; "scan":
// <id>.scan.pdf, <id>.png or <id>.jpg — the last three through ReadDocumentBytes
// (documents/read/read_document.h). kInvalid (field "form") for any other name.
Result<FormSpec> FormFor(std::string_view form);

}  // namespace doithoai::documents::corpus
