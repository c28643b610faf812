// The XML inside an XLSX upload (src/import/xlsx_reader.cc, xlsx_cell.cc): the workbook, its
// relationships, the shared strings and the first sheet, given as text parts that this target
// packs into a stored (uncompressed) zip before calling the reader. Mutating the XML directly
// reaches the cell, reference, number and string-escape handling that mutations of compressed
// bytes never would.
//
// Input: up to four parts separated by a line "--part--": xl/workbook.xml,
// xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, xl/worksheets/sheet1.xml. A missing part is
// left out of the archive.
#include <zip.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.h"
#include "import/xlsx_reader.h"
#include "sheet_checks.h"

namespace doithoai::fuzz {
namespace {

constexpr const char* kParts[] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                  "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"};

// The parts as a zip archive in memory, stored without compression.
std::string StoredZip(const std::vector<std::string_view>& contents) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  FUZZ_CHECK(zip != nullptr);
  for (size_t i = 0; i < contents.size() && i < std::size(kParts); ++i) {
    zip_source_t* source = zip_source_buffer(zip, contents[i].data(), contents[i].size(), 0);
    zip_int64_t index = zip_file_add(zip, kParts[i], source, ZIP_FL_ENC_UTF_8);
    FUZZ_CHECK(index >= 0);
    zip_set_file_compression(zip, index, ZIP_CM_STORE, 0);
  }
  FUZZ_CHECK(zip_close(zip) == 0);
  std::string bytes;
  if (zip_source_open(buffer) == 0) {
    zip_source_seek(buffer, 0, SEEK_END);
    bytes.resize(static_cast<size_t>(zip_source_tell(buffer)));
    zip_source_seek(buffer, 0, SEEK_SET);
    zip_source_read(buffer, bytes.data(), bytes.size());
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

}  // namespace
}  // namespace doithoai::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  auto parts = fuzz::Split(fuzz::Bytes(data, size), "\n--part--\n", 4);
  std::string bytes = fuzz::StoredZip(parts);
  const import::ReadLimits limits = fuzz::SmallLimits();
  fuzz::CheckRows(import::ReadXlsx(bytes, limits), limits);
  fuzz::CheckSheetReaders(bytes, ".xlsx");
  return 0;
}
