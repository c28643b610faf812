// CSV uploads (src/import/csv_reader.cc): ReadCsv with its delimiter sniffing, quoting and
// limits, then the question-batch and indicator-sheet readers on the same bytes, as the import
// routes run them.
#include <cstdint>

#include "fuzz_checks.h"
#include "import/csv_reader.h"
#include "sheet_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  auto bytes = fuzz::Bytes(data, size);
  const import::ReadLimits limits = fuzz::SmallLimits();
  fuzz::CheckRows(import::ReadCsv(bytes, limits), limits);
  fuzz::CheckSheetReaders(bytes, ".csv");
  return 0;
}
