// Where the document importer's test files live: tests/data/documents/ in the source tree,
// found from this file's own path (CMake passes absolute source paths), or from
// $DOITHOAI_SOURCE_DIR. Header-only; used by *_test.cc.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace doithoai::documents::testing {

inline std::filesystem::path DocumentsDataDir() {
  if (const char* root = std::getenv("DOITHOAI_SOURCE_DIR")) {
    return std::filesystem::path(root) / "tests" / "data" / "documents";
  }
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path().parent_path() /
         "tests" / "data" / "documents";
}

inline std::string ReadDataFile(const std::string& name) {
  std::ifstream in(DocumentsDataDir() / name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace doithoai::documents::testing
