#include "domain/question/tracking_code.h"

#include <array>
#include <cstdio>

namespace doithoai {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford base32
constexpr int kCheckModulus = 31;      // prime: every weight is invertible, every swap detected
constexpr int kCheckInverseOf14 = 20;  // 14 × 20 = 280 ≡ 1 (mod 31); 14 is the check's weight

// The value of a typed symbol, or -1. Crockford's decoding: O is 0, I and L are 1.
int SymbolValue(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'O') c = '0';
  if (c == 'I' || c == 'L') c = '1';
  auto at = kAlphabet.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// Σ (i + 1) · v[i] over the symbols given, mod 31. A whole code sums to 0.
int WeightedSum(std::span<const int> values) {
  int sum = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    sum = (sum + static_cast<int>(i + 1) * values[i]) % kCheckModulus;
  }
  return sum;
}

std::string Canonical(std::span<const int, kTrackingSymbols> v) {
  std::string out(kTrackingPrefix);
  for (size_t i = 0; i < kTrackingSymbols; ++i) {
    if (i % 4 == 0) out += '-';
    out += kAlphabet[static_cast<size_t>(v[i])];
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "DT.YYYYMMDD.NNNN" (sequence of 4 to 12 digits) with a real date; the prefix in any case.
bool IsLegacyShape(std::string_view s) {
  if (s.size() < 16 || s.size() > 24) return false;
  if ((s[0] != 'D' && s[0] != 'd') || (s[1] != 'T' && s[1] != 't') || s[2] != '.' || s[11] != '.') {
    return false;
  }
  for (size_t i = 3; i < s.size(); ++i) {
    if (i != 11 && !IsDigit(s[i])) return false;
  }
  return Date::Parse(std::string(s.substr(3, 4)) + "-" + std::string(s.substr(7, 2)) + "-" +
                     std::string(s.substr(9, 2)))
      .has_value();
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

Error NotACode() {
  return Error::Invalid("code", "không đúng dạng mã theo dõi (ví dụ DT-7K3M-9QXA-2HFP-W8)");
}

}  // namespace

std::string MakeTrackingCode(std::span<const uint8_t, kTrackingRandomBytes> random) {
  std::array<int, kTrackingSymbols> v{};
  // The 65 bits, most significant first, 5 at a time.
  for (size_t i = 0; i + 1 < kTrackingSymbols; ++i) {
    int value = 0;
    for (size_t bit = i * 5; bit < i * 5 + 5; ++bit) {
      value = (value << 1) | ((random[bit / 8] >> (7 - bit % 8)) & 1);
    }
    v[i] = value;
  }
  int partial = WeightedSum(std::span<const int>(v.data(), kTrackingSymbols - 1));
  v[kTrackingSymbols - 1] =
      (kCheckModulus - partial) % kCheckModulus * kCheckInverseOf14 % kCheckModulus;
  return Canonical(v);
}

std::string NewTrackingCode(const Random& random) {
  std::array<uint8_t, kTrackingRandomBytes> bytes;
  random.Fill(bytes);
  return MakeTrackingCode(bytes);
}

std::string FormatLegacyTrackingCode(Date day, int64_t sequence) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*s.%04d%02u%02u.%04lld",
                static_cast<int>(kTrackingPrefix.size()), kTrackingPrefix.data(), day.year(),
                day.month(), day.day(), static_cast<long long>(sequence));
  return buf;
}

Result<TypedTrackingCode> ParseTrackingCode(std::string_view typed) {
  if (typed.size() > kTrackingTypedMaxBytes) return NotACode();
  typed = Trim(typed);
  if (IsLegacyShape(typed)) {
    std::string code(typed);
    code[0] = 'D';
    code[1] = 'T';
    return TypedTrackingCode{std::move(code), true};
  }
  std::array<int, kTrackingSymbols + 2> seen{};  // room for the prefix
  size_t n = 0;
  for (char c : typed) {
    if (c == '-' || c == ' ' || c == '\t') continue;
    int value = SymbolValue(c);
    if (value < 0 || n == seen.size()) return NotACode();
    seen[n++] = value;
  }
  std::span<const int> symbols(seen.data(), n);
  // With the prefix: 16 symbols starting D, T (D = 13, T = 26).
  if (n == kTrackingSymbols + 2 && seen[0] == 13 && seen[1] == 26) symbols = symbols.subspan(2);
  if (symbols.size() != kTrackingSymbols) return NotACode();
  if (WeightedSum(symbols) != 0) {
    return Error::Invalid("code", "mã theo dõi có ký tự gõ nhầm: kiểm tra lại từng ký tự");
  }
  return TypedTrackingCode{Canonical(symbols.first<kTrackingSymbols>()), false};
}

}  // namespace doithoai
