// Evidence files attached to a progress report (C7): which types are accepted and how big.
// The type is decided by the file's first bytes, not by its name or the client's claim, and
// the name's extension must agree with it, so a renamed executable is refused.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace doithoai {

inline constexpr int64_t kEvidenceMaxBytes = 5 * 1024 * 1024;  // the server's upload limit
inline constexpr int kEvidenceMaxPerReport = 10;

struct EvidenceType {
  std::string content_type;  // "application/pdf"
  std::string extension;     // "pdf"
};

// The accepted type of `bytes` named `file_name`. kInvalid on "file_name" (empty, too long,
// no or wrong extension), "file" (empty, unknown type); kTooLarge over kEvidenceMaxBytes.
// Accepted: PDF, DOCX, XLSX, JPEG, PNG.
Result<EvidenceType> CheckEvidence(std::string_view file_name, std::string_view bytes);

// The name kept: the last path component, control characters removed, NFC, trimmed.
std::string CleanEvidenceName(std::string_view file_name);

}  // namespace doithoai
