// Where each field of a parsed document came from (issue 11): the page and line of the read
// file where its value is written, and how sure the reader was of that line, so the person
// confirming an upload sees "trang 1, dòng 4" beside a field and checks the doubtful ones.
//
// Pure: the pages as read and the document as parsed in, the sources out. Values are matched
// folded (case, diacritics, đ→d, punctuation and spacing ignored), across line breaks (a
// summary wrapped over three lines is found at its first line); a value that OCR garbled is
// matched by the share of its words found, which lowers its confidence. A value found nowhere
// has no source.
#pragma once

#include <string>
#include <vector>

#include "documents/parse/document.h"
#include "documents/read/read_document.h"

namespace doithoai::documents {

struct FieldSource {
  // The field's path in the preview JSON: "number_symbol", "date", "signer.name",
  // "bases[0]", "tasks[2].lead", "tasks[2].content", "tasks[2].deadline".
  std::string field;
  int page = 0;           // 1-based
  int line = 0;           // 1-based, counting the page's non-blank lines
  double match = 0;       // 1: the whole value as written (folded); less: the share of its words
  double confidence = 0;  // the line's reader confidence (1 for a text layer) × match
  std::string text;       // the page line where the value starts, as read
};

// The sources of the fields of `doc` that are found in `pages`, in the order of the preview
// JSON's keys. Fields with no value (nullopt, empty) are skipped.
std::vector<FieldSource> FindFieldSources(const std::vector<ReadPage>& pages,
                                          const ParsedDocument& doc);

}  // namespace doithoai::documents
