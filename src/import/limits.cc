#include "import/limits.h"

#include <string>

namespace doithoai::import {
namespace {

// "5 MB" for whole mebibytes, otherwise bytes: the limit as an officer would read it.
std::string SizeText(size_t bytes) {
  constexpr size_t kMiB = 1 << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MB";
  return std::to_string(bytes) + " byte";
}

}  // namespace

Error FileTooLarge(const ReadLimits& limits) {
  return Error::TooLarge("file", "tệp lớn hơn giới hạn " + SizeText(limits.max_bytes));
}

Error UnpackedTooLarge(const ReadLimits& limits) {
  return Error::TooLarge(
      "file", "tệp XLSX giải nén ra lớn hơn giới hạn " + SizeText(limits.max_uncompressed));
}

Error TooManyRows(const ReadLimits& limits) {
  return Error::TooLarge(
      "file", "tệp có nhiều hơn " + std::to_string(limits.max_rows) + " dòng có dữ liệu");
}

Error TooManyColumns(const ReadLimits& limits, std::string_view where) {
  return Error::TooLarge("file", std::string(where) + ": có dữ liệu ngoài " +
                                     std::to_string(limits.max_columns) + " cột đầu tiên");
}

}  // namespace doithoai::import
