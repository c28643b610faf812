// The upload entry points. doithoai has no multipart parsing: a file is the raw request body,
// its name in the query (?file_name= for evidence, ?filename= for imports). What reads them:
//  - evidence (POST /api/reports/{id}/evidence): CheckEvidence decides the type from the first
//    bytes and holds the name's extension to it; CleanEvidenceName keeps what is stored;
//  - imports (questions, indicator values): the name's extension picks the reader and the
//    bytes must match it (a zip named .csv, a text file named .xlsx are refused).
//
// Input: the file name (UTF-8, as ParseTarget lets through), "\n", the file's bytes. Oracles: a
// kept name is UTF-8 without path separators or control characters; an accepted evidence file has
// the extension of its type and a name of at most 200 bytes; every refusal is a clear 4xx.
#include <cctype>
#include <cstdint>
#include <string>

#include "domain/task/evidence.h"
#include "fuzz_checks.h"
#include "import/indicator_sheet.h"
#include "import/question_sheet.h"
#include "sheet_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  auto parts = fuzz::Split(fuzz::Bytes(data, size), "\n", 2);
  std::string_view name = parts[0];
  std::string_view bytes = parts.size() > 1 ? parts[1] : std::string_view();
  if (!text::IsValidUtf8(name)) return 0;  // ParseTarget refuses such a query string

  std::string kept = CleanEvidenceName(name);
  fuzz::CheckText(kept);
  for (char c : kept) {
    FUZZ_CHECK(c != '/' && c != '\\' && c != 0x7f && static_cast<unsigned char>(c) >= 0x20);
  }
  auto type = CheckEvidence(name, bytes);
  if (type.ok()) {
    FUZZ_CHECK(kept.size() <= 200 && !bytes.empty());
    std::string lower = kept;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    FUZZ_CHECK(lower.ends_with("." + type->extension));
    fuzz::CheckText(type->content_type);
  } else {
    fuzz::CheckRefusal(type.error());
  }

  const import::ReadLimits limits = fuzz::SmallLimits();
  if (auto rows = import::ReadQuestionSheet(bytes, name, limits); !rows.ok()) {
    fuzz::CheckRefusal(rows.error());
  }
  if (auto values = import::ReadIndicatorSheet(bytes, name, limits); !values.ok()) {
    fuzz::CheckRefusal(values.error());
  }
  return 0;
}
