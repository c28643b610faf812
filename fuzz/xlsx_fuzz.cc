// XLSX uploads as the bytes arrive (src/import/xlsx_reader.cc, zip_archive.cc): the zip
// container with its inflate budget, the workbook parts, then the question-batch and
// indicator-sheet readers. libzip and pugixml are Debian's (not instrumented), so this target
// mostly tests how our code meets their failures; xlsx_xml_fuzz explores the XML handling.
#include <cstdint>

#include "fuzz_checks.h"
#include "import/xlsx_reader.h"
#include "import/zip_archive.h"
#include "sheet_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  auto bytes = fuzz::Bytes(data, size);
  const import::ReadLimits limits = fuzz::SmallLimits();
  fuzz::CheckRows(import::ReadXlsx(bytes, limits), limits);
  fuzz::CheckSheetReaders(bytes, ".xlsx");
  // The container alone, as a DOCX reader would open one: entries by name within the budget.
  if (auto zip = import::ZipArchive::Open(bytes, limits); zip.ok()) {
    size_t inflated = 0;
    for (const char* name : {"[Content_Types].xml", "word/document.xml", "xl/workbook.xml"}) {
      auto entry = zip->Read(name);
      if (!entry.ok()) {
        fuzz::CheckRefusal(entry.error());
        continue;
      }
      if (*entry) inflated += (*entry)->size();
    }
    FUZZ_CHECK(inflated <= limits.max_uncompressed);
  } else {
    fuzz::CheckRefusal(zip.error());
  }
  return 0;
}
