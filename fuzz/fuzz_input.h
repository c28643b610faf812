// Helpers shared by the libFuzzer targets in fuzz/ (see docs/security.md, "Fuzzing and
// sanitizers"). Header-only; built only with -DDOITHOAI_FUZZ=ON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace doithoai::fuzz {

// The fuzzer's bytes as text.
inline std::string_view Bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Splits `input` at each `separator` into at most `max_parts` parts (the last part keeps any
// further separators). Targets that need several inputs (a file name and its bytes, the parts
// of a workbook) read them this way, so a seed stays a readable text file.
inline std::vector<std::string_view> Split(std::string_view input, std::string_view separator,
                                           size_t max_parts) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    size_t at = input.find(separator);
    if (at == std::string_view::npos) break;
    parts.push_back(input.substr(0, at));
    input.remove_prefix(at + separator.size());
  }
  parts.push_back(input);
  return parts;
}

// An oracle failed: the property the target checks does not hold. Aborting makes libFuzzer
// report the input as a crash, like a sanitizer finding.
[[noreturn]] inline void Fail(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", condition, file, line);
  std::abort();
}

}  // namespace doithoai::fuzz

// Checks an oracle; on failure names it and aborts.
#define FUZZ_CHECK(condition) \
  ((condition) ? (void)0 : ::doithoai::fuzz::Fail(#condition, __FILE__, __LINE__))
