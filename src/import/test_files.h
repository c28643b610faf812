// Builds spreadsheet files for the import tests: real XLSX written by libxlsxwriter (through a
// temporary file, as that library only writes to disk) and hand-made archives for what
// libxlsxwriter never writes. Header-only and used only by *_test.cc.
#pragma once

#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace doithoai::import::test_files {

using Entries = std::vector<std::pair<std::string, std::string>>;  // name, content

inline std::string ReadFileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Writes a workbook whose first sheet `fill` populates, and returns the file's bytes. With
// `constant_memory` libxlsxwriter stores strings inline (t="inlineStr") instead of in the
// shared string table.
inline std::string WriteXlsx(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill,
                             bool constant_memory = false) {
  static std::atomic<int> counter{0};
  std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("doithoai_import_" + std::to_string(getpid()) + "_" + std::to_string(counter++) + ".xlsx");
  lxw_workbook_options options = {};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (workbook == nullptr) throw std::runtime_error("workbook_new_opt failed");
  fill(workbook, workbook_add_worksheet(workbook, "Câu hỏi"));
  if (workbook_close(workbook) != LXW_NO_ERROR) throw std::runtime_error("workbook_close failed");
  std::string bytes = ReadFileBytes(path);
  std::filesystem::remove(path);
  return bytes;
}

// A zip archive of `entries`, deflated, built in memory.
inline std::string ZipOf(const Entries& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (zip == nullptr) throw std::runtime_error("zip_open_from_source failed");
  for (const auto& [name, content] : entries) {
    zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
    if (zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      throw std::runtime_error("zip_file_add failed");
    }
  }
  if (zip_close(zip) != 0) throw std::runtime_error("zip_close failed");
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  std::string bytes(static_cast<size_t>(zip_source_tell(buffer)), '\0');
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

inline constexpr std::string_view kMainNs =
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr std::string_view kRelNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The smallest workbook Excel's model allows: one sheet whose <sheetData> holds `rows_xml`,
// and a shared string table when `shared_strings_xml` (the <si> items) is not empty.
inline Entries MinimalXlsxEntries(std::string_view rows_xml,
                                  std::string_view shared_strings_xml = {}) {
  std::string ns(kMainNs), rel_ns(kRelNs);
  Entries entries = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns +
                              "\" xmlns:r=\"" + rel_ns +
                              "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" "
                              "r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" +
           rel_ns +
           "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" +
           rel_ns + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" +
                                       ns + "\"><sheetData>" + std::string(rows_xml) +
                                       "</sheetData></worksheet>"},
  };
  if (!shared_strings_xml.empty()) {
    entries.push_back(
        {"xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + ns +
                                     "\">" + std::string(shared_strings_xml) + "</sst>"});
  }
  return entries;
}

inline std::string MinimalXlsx(std::string_view rows_xml,
                               std::string_view shared_strings_xml = {}) {
  return ZipOf(MinimalXlsxEntries(rows_xml, shared_strings_xml));
}

}  // namespace doithoai::import::test_files
