#include "documents/read/ocr_numbers.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>

#include "text/fold.h"

namespace doithoai::documents::ocr_fixes {
namespace {

std::optional<char> DigitFor(char c) {
  if (c >= '0' && c <= '9') return c;
  switch (c) {
    case 'O':
    case 'o':
    case 'D':
    case 'Q':
      return '0';
    case 'l':
    case 'I':
    case 'i':
    case '|':
    case '!':
      return '1';
    case 'Z':
    case 'z':
      return '2';
    case 'S':
    case 's':
      return '5';
    case 'B':
      return '8';
    default:
      return std::nullopt;
  }
}

// `token` with letters read for digits turned to digits, when it has at least one real digit
// and every other character is such a letter.
std::optional<std::string> AsDigits(std::string_view token) {
  std::string out;
  bool real = false;
  for (char c : token) {
    std::optional<char> d = DigitFor(c);
    if (!d) return std::nullopt;
    real = real || (c >= '0' && c <= '9');
    out.push_back(*d);
  }
  if (!real || out.empty()) return std::nullopt;
  return out;
}

bool InRange(const std::string& digits, int low, int high) {
  int v = std::atoi(digits.c_str());
  return v >= low && v <= high;
}

std::vector<std::string> SplitKeep(const std::string& line) {
  std::vector<std::string> parts;  // alternating: spaces, token, spaces, token...
  size_t i = 0;
  while (i < line.size()) {
    size_t j = i;
    bool space = line[i] == ' ' || line[i] == '\t';
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t') == space) ++j;
    parts.push_back(line.substr(i, j - i));
    i = j;
  }
  return parts;
}

// Splits trailing punctuation (",", ".", ";", ":", ")") off a token.
std::pair<std::string, std::string> CoreAndTail(const std::string& token) {
  size_t end = token.size();
  while (end > 0 && std::string_view(",.;:)").find(token[end - 1]) != std::string_view::npos) {
    --end;
  }
  return {token.substr(0, end), token.substr(end)};
}

// "d/m/yyyy" (or with '.' or '-') with letters for digits, when it is a valid date.
std::optional<std::string> AsNumericDate(const std::string& token) {
  char sep = 0;
  for (char c : token) {
    if (c == '/' || c == '.' || c == '-') {
      sep = c;
      break;
    }
  }
  if (sep == 0) return std::nullopt;
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || token[i] == sep) {
      parts.push_back(token.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() != 3 || parts[2].size() != 4) return std::nullopt;
  std::string out;
  int real = 0;
  for (size_t k = 0; k < 3; ++k) {
    std::optional<std::string> d = AsDigits(parts[k]);
    if (!d) return std::nullopt;
    for (char c : parts[k]) real += c >= '0' && c <= '9';
    if (k > 0) out.push_back(sep);
    out += *d;
  }
  if (real < 5 || parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
  if (!InRange(out.substr(0, out.find(sep)), 1, 31)) return std::nullopt;
  std::string month = out.substr(out.find(sep) + 1);
  if (!InRange(month.substr(0, month.find(sep)), 1, 12)) return std::nullopt;
  if (!InRange(out.substr(out.rfind(sep) + 1), 1900, 2100)) return std::nullopt;
  return out;
}

}  // namespace

std::string Dates(const std::string& line) {
  std::vector<std::string> parts = SplitKeep(line);
  std::string previous;  // the folded word before the current token
  for (std::string& part : parts) {
    if (part.empty() || part[0] == ' ' || part[0] == '\t') continue;
    auto [core, tail] = CoreAndTail(part);
    std::optional<std::string> fixed;
    if (previous == "ngay") {
      fixed = AsDigits(core);
      if (fixed && (fixed->size() > 2 || !InRange(*fixed, 1, 31))) fixed.reset();
    } else if (previous == "thang") {
      fixed = AsDigits(core);
      if (fixed && (fixed->size() > 2 || !InRange(*fixed, 1, 12))) fixed.reset();
    } else if (previous == "nam") {
      fixed = AsDigits(core);
      if (fixed && (fixed->size() != 4 || !InRange(*fixed, 1900, 2100))) fixed.reset();
    }
    if (!fixed) fixed = AsNumericDate(core);
    if (fixed) part = *fixed + tail;
    previous = text::FastFold(core);
  }
  std::string out;
  for (const std::string& part : parts) out += part;
  return out;
}

namespace {

// Type abbreviations that open a symbol, and issuer abbreviations that may follow them.
constexpr std::string_view kTypeCodes[] = {"QĐ", "KH", "TB",  "BC", "TTr", "CT", "HD", "KL",
                                           "NQ", "QC", "QyĐ", "GM", "TTg", "CV", "PA", "ĐA"};
constexpr std::string_view kIssuerCodes[] = {"UBND", "HĐND", "BCĐ", "BTV", "BCH", "TTg", "VPCP",
                                             "SNV",  "BNV",  "TU",  "HU",  "ĐU",  "ĐTN"};

// "QĐUBND" → "QĐ-UBND"; anything else unchanged.
std::string RestoreHyphen(const std::string& symbol) {
  if (symbol.find('-') != std::string::npos) return symbol;
  for (std::string_view type : kTypeCodes) {
    if (symbol.size() <= type.size() || symbol.compare(0, type.size(), type) != 0) continue;
    std::string_view rest = std::string_view(symbol).substr(type.size());
    for (std::string_view issuer : kIssuerCodes) {
      if (rest == issuer) return std::string(type) + "-" + std::string(issuer);
    }
  }
  return symbol;
}

}  // namespace

// "Sô: 3O/KHUBND" → "Số: 30/KH-UBND"; other lines unchanged.
std::string NumberLine(const std::string& line) {
  std::vector<std::string> parts = SplitKeep(line);
  size_t first = parts.empty() || parts[0][0] != ' ' ? 0 : 1;
  if (first + 2 >= parts.size()) return line;
  std::string head = text::FastFold(parts[first]);
  if (head != "so" && head != "so:") return line;
  std::string& token = parts[first + 2];
  size_t cut = token.find_first_of("/-");
  if (cut == std::string::npos || cut == 0) return line;
  std::optional<std::string> number = AsDigits(token.substr(0, cut));
  if (!number) return line;
  size_t slash = token.find('/');
  std::string symbol = token;
  if (slash != std::string::npos && slash > cut) {
    // "36-HD/VPTW" (Party) or "18/2014/TT-BNV": leave the symbol's own letters.
    token = *number + token.substr(cut);
  } else {
    std::string rest = token.substr(cut + 1);
    auto [core, tail] = CoreAndTail(rest);
    if (token[cut] == '/') {
      // A year part "2O14/…" stays as it is unless it reads as digits.
      size_t next = core.find('/');
      if (next != std::string::npos) {
        std::optional<std::string> year = AsDigits(core.substr(0, next));
        if (year && year->size() == 4) core = *year + core.substr(next);
      } else {
        core = RestoreHyphen(core);
      }
    }
    token = *number + token[cut] + core + tail;
  }
  parts[first] = parts[first].back() == ':' ? "Số:" : "Số";
  std::string out;
  for (const std::string& part : parts) out += part;
  return out;
}

namespace {

bool OneLikelySlip(const std::string& a, const std::string& b) {
  static const std::string_view kPairs[] = {"09", "08", "06", "17", "38", "56",
                                            "58", "68", "89", "35", "13", "47"};
  if (a.size() != b.size()) return false;
  int diffs = 0;
  bool likely = false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    ++diffs;
    for (std::string_view p : kPairs) {
      if ((a[i] == p[0] && b[i] == p[1]) || (a[i] == p[1] && b[i] == p[0])) likely = true;
    }
  }
  return diffs == 1 && likely;
}

}  // namespace

std::vector<std::string> Years(std::vector<std::string> lines, int latest_year) {
  if (latest_year <= 0) return lines;
  // Every four-digit year the page writes, with its count.
  std::map<std::string, int> years;
  for (const std::string& line : lines) {
    for (size_t i = 0; i + 4 <= line.size(); ++i) {
      bool bounded = (i == 0 || !isdigit(static_cast<unsigned char>(line[i - 1]))) &&
                     (i + 4 == line.size() || !isdigit(static_cast<unsigned char>(line[i + 4])));
      std::string y = line.substr(i, 4);
      if (bounded && std::all_of(y.begin(), y.end(), ::isdigit) && InRange(y, 1900, 2100)) {
        ++years[y];
      }
    }
  }
  for (const auto& [year, count] : years) {
    if (std::atoi(year.c_str()) <= latest_year) continue;
    std::optional<std::string> replacement;
    int candidates = 0;
    for (const auto& [other, other_count] : years) {
      if (std::atoi(other.c_str()) <= latest_year && OneLikelySlip(year, other)) {
        replacement = other;
        ++candidates;
      }
    }
    if (candidates != 1) continue;
    for (std::string& line : lines) {
      // Only in dates: after "năm " or after "/", "." or "-" of d/m/yyyy.
      for (std::string_view before : {std::string_view("năm "), std::string_view("/"),
                                      std::string_view("."), std::string_view("-")}) {
        std::string from = std::string(before) + year, to = std::string(before) + *replacement;
        for (size_t at = line.find(from); at != std::string::npos; at = line.find(from, at + 1)) {
          line.replace(at, from.size(), to);
        }
      }
    }
  }
  return lines;
}

}  // namespace doithoai::documents::ocr_fixes
