// The document text parser (src/documents/parse/): ParseDocument on text pasted or uploaded
// for import (POST /api/documents/parse), then the JSON a person confirms, as the preview route
// serialises it. Oracles: a refusal is a clear 4xx on "file"; an accepted document dumps to
// JSON (every string UTF-8) and its dates are real dates.
#include <cstdint>
#include <string>

#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  auto doc = documents::ParseDocument(fuzz::Bytes(data, size));
  if (!doc.ok()) {
    fuzz::CheckRefusal(doc.error());
    return 0;
  }
  std::string json = documents::ToJson(*doc).dump();  // throws on text that is not UTF-8
  fuzz::CheckText(json);
  for (const documents::ParsedTask& task : doc->tasks) {
    if (task.deadline.date) FUZZ_CHECK(task.deadline.kind == documents::DeadlineKind::kDate);
  }
  return 0;
}
