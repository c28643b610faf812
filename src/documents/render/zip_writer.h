// Writes a zip archive in memory (libzip), for the DOCX renderer. Entries are deflated and
// stored in the order added; Office readers expect "[Content_Types].xml" among them.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace doithoai::documents {

struct ZipEntry {
  std::string name;     // path inside the archive, "/"-separated, UTF-8
  std::string content;  // bytes
};

// The archive's bytes, or ErrorCode::kInternal if libzip fails.
Result<std::string> ZipEntries(const std::vector<ZipEntry>& entries);

}  // namespace doithoai::documents
