#include "import/limits.h"

#include <algorithm>
#include <string>

#include "text/normalize.h"

namespace doithoai::import {
namespace {

// "5 MB" for whole mebibytes, otherwise bytes: the limit as an officer would read it.
std::string SizeText(size_t bytes) {
  constexpr size_t kMiB = 1 << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MB";
  return std::to_string(bytes) + " byte";
}

// The length of the UTF-8 sequence a lead byte starts; 1 for a byte that cannot start one.
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

std::string QuotedFromFile(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t n = std::min(SequenceLength(static_cast<unsigned char>(s[i])), s.size() - i);
    std::string_view sequence = s.substr(i, n);
    bool valid = text::IsValidUtf8(sequence);
    if (!valid) sequence = "\xEF\xBF\xBD";  // U+FFFD for the one byte skipped
    if (out.size() + sequence.size() > kQuotedMaxBytes) return out + "…";
    out += sequence;
    i += valid ? n : 1;
  }
  return out;
}

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
