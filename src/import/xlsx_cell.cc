#include "import/xlsx_cell.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace doithoai::import {
namespace {

constexpr int kXlsxMaxRow = 1048576;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::optional<unsigned> HexValue(std::string_view hex) {
  unsigned value = 0;
  auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
  if (ec != std::errc() || end != hex.data() + hex.size()) return std::nullopt;
  return value;
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

}  // namespace

std::optional<int> ColumnOfReference(std::string_view ref) {
  size_t letters = 0;
  int column = 0;
  while (letters < ref.size() && (IsUpper(ref[letters]) || IsLower(ref[letters]))) {
    char c = ref[letters++];
    column = column * 26 + (IsUpper(c) ? c - 'A' : c - 'a') + 1;
    if (column > kXlsxMaxColumns) return std::nullopt;
  }
  std::string_view digits = ref.substr(letters);
  int row = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), row);
  if (letters == 0 || digits.empty() || !IsDigit(digits[0]) || ec != std::errc() ||
      end != digits.data() + digits.size() || row < 1 || row > kXlsxMaxRow) {
    return std::nullopt;
  }
  return column - 1;
}

std::string ColumnLetters(int column) {
  std::string letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

std::string FormatNumber(std::string_view stored) {
  double value = 0;
  auto [end, ec] = std::from_chars(stored.data(), stored.data() + stored.size(), value);
  if (ec != std::errc() || end != stored.data() + stored.size() || !std::isfinite(value)) {
    return std::string(stored);
  }
  constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
  if (value == std::trunc(value) && std::fabs(value) < kExactIntegers) {
    return std::to_string(static_cast<int64_t>(value));
  }
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string DecodeXstring(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    constexpr size_t kEscapeLength = 7;  // _xHHHH_
    if (s.compare(i, 2, "_x") == 0 && i + kEscapeLength <= s.size() &&
        s[i + kEscapeLength - 1] == '_') {
      std::optional<unsigned> unit = HexValue(s.substr(i + 2, 4));
      if (unit && (*unit < 0xD800 || *unit > 0xDFFF)) {
        AppendUtf8(static_cast<char32_t>(*unit), out);
        i += kEscapeLength;
        continue;
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

}  // namespace doithoai::import
