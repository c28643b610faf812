// A read-only zip archive over bytes in memory, for the XLSX reader. Every entry is inflated
// against one budget (ReadLimits::max_uncompressed): an entry's declared size is checked
// before any memory is reserved, and no more than the declared size is accepted while
// inflating, so an archive that lies about its sizes fails instead of growing.
#pragma once

#include <zip.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "import/sheet.h"

namespace doithoai::import {

class ZipArchive {
 public:
  // REQUIRES: `bytes` outlives the archive. ErrorCode::kInvalid, field "file", when `bytes`
  // is not a zip archive.
  static Result<ZipArchive> Open(std::string_view bytes, const ReadLimits& limits);

  // The entry named `name` (ASCII case ignored), or nullopt when there is none. Fails with
  // ErrorCode::kTooLarge when the budget would be exceeded and ErrorCode::kInvalid when the
  // entry cannot be inflated (truncated, corrupt, encrypted).
  Result<std::optional<std::string>> Read(std::string_view name);

 private:
  struct Discard {
    void operator()(zip_t* zip) const { zip_discard(zip); }
  };

  ZipArchive(zip_t* zip, const ReadLimits& limits)
      : zip_(zip), limits_(limits), budget_(limits.max_uncompressed) {}

  std::unique_ptr<zip_t, Discard> zip_;
  ReadLimits limits_;
  size_t budget_;  // bytes that may still be inflated
};

// The reasons shared by the XLSX reader's kInvalid errors.
inline constexpr char kNotXlsx[] = "tệp không phải XLSX hợp lệ";
inline constexpr char kCorruptXlsx[] = "tệp XLSX bị hỏng, không đọc được";

}  // namespace doithoai::import
