#include "documents/parse/number_symbol.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "documents/parse/doc_types.h"
#include "documents/parse/text_util.h"

namespace doithoai::documents::parse {
namespace {

// Length of the symbol characters (letters, digits, "/", "-", "&", ".") at `pos`.
size_t SymbolRun(std::string_view s, size_t pos) {
  int32_t i = static_cast<int32_t>(pos);
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    bool ok = c >= 0 && (u_isalnum(c) || c == '/' || c == '-' || c == '&' || c == '.');
    if (!ok) {
      i = start;
      break;
    }
  }
  return static_cast<size_t>(i) - pos;
}

// Skips a draft's blank number: dots, ellipses, underscores, spaces.
size_t SkipBlankNumber(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    if (s[pos] == '.' || s[pos] == '_' || s[pos] == ' ') {
      pos++;
    } else if (s.substr(pos, 3) == "\xE2\x80\xA6") {
      pos += 3;
    } else {
      break;
    }
  }
  return pos;
}

// Where a word glued to the symbol's last group starts, or npos: a portal table losing the
// cell break writes "2855/QĐ-BGDĐTNgày đăng công báo" — after two or more capitals, a capital
// followed by two or more lower case letters is the next cell's word ("Ngày"). A symbol's own
// lower case letters come one at a time ("QĐ-TTg", "07-QĐi/TW", "CTr").
size_t GluedWordAt(std::string_view symbol) {
  size_t group = symbol.find_last_of("-/");
  group = group == std::string_view::npos ? 0 : group + 1;
  const auto n = static_cast<int32_t>(symbol.size());
  const auto* p = reinterpret_cast<const uint8_t*>(symbol.data());
  int32_t i = static_cast<int32_t>(group);
  int capitals = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !u_isupper(c)) return std::string_view::npos;
    if (capitals >= 2) {
      int lower = 0;
      int32_t j = i;
      while (j < n) {
        UChar32 d;
        U8_NEXT(p, j, n, d);
        if (d < 0 || !u_islower(d)) break;
        lower++;
      }
      if (lower >= 2 && j == n) return static_cast<size_t>(start);
    }
    capitals++;
  }
  return std::string_view::npos;
}

}  // namespace

NumberSymbol MatchNumberSymbol(std::string_view s) {
  NumberSymbol m;
  size_t pos = 0;
  while (pos < s.size() && IsAsciiDigit(s[pos])) pos++;
  const size_t digits = pos;
  if (digits > 6) return m;
  if (digits == 0) pos = SkipBlankNumber(s, 0);
  while (digits > 0 && pos < s.size() && s[pos] == ' ') pos++;
  if (pos >= s.size() || (s[pos] != '/' && s[pos] != '-')) return m;
  const char sep = s[pos++];
  if (pos < s.size() && s[pos] == ' ') pos++;
  // The symbol: runs of symbol characters, rejoined across one space after a separator.
  std::string symbol;
  while (true) {
    size_t run = SymbolRun(s, pos);
    if (run == 0) break;
    symbol.append(s.substr(pos, run));
    pos += run;
    bool dangling = symbol.back() == '-' || symbol.back() == '/';
    // "2865/GDĐT –KT&KĐCL": a hyphen (or an en dash) after a space joins the next group.
    std::string_view after = s.substr(pos);
    if (!dangling && after.size() > 2 && after[0] == ' ') {
      size_t dash = after.substr(1).starts_with("-")              ? 1
                    : after.substr(1).starts_with("\xE2\x80\x93") ? 3
                                                                  : 0;
      if (dash > 0 && StartsUpper(after.substr(1 + dash))) {
        symbol.push_back('-');
        pos += 1 + dash;
        continue;
      }
    }
    if (!dangling || pos + 1 >= s.size() || s[pos] != ' ' || !StartsUpper(s.substr(pos + 1))) {
      break;
    }
    pos++;
  }
  while (!symbol.empty() &&
         (symbol.back() == '.' || symbol.back() == '-' || symbol.back() == '/')) {
    symbol.pop_back();
    pos--;
  }
  if (size_t glued = GluedWordAt(symbol); glued != std::string_view::npos) {
    pos -= symbol.size() - glued;
    symbol.resize(glued);
  }
  // A law or decree carries its year: "13/2021/NĐ-CP", "57/2020/QH14".
  std::string year;
  if (digits > 0 && sep == '/' && symbol.size() > 5 && symbol[4] == '/' &&
      IsAsciiDigit(symbol[0]) && IsAsciiDigit(symbol[1]) && IsAsciiDigit(symbol[2]) &&
      IsAsciiDigit(symbol[3])) {
    year = symbol.substr(0, 4);
    symbol = symbol.substr(5);
  }
  if (symbol.empty() || !StartsLetter(symbol)) return m;
  m.length = pos;
  std::string number(s.substr(0, digits));
  if (digits > 0) m.number = number;
  m.written = number + std::string(1, sep) + (year.empty() ? "" : year + "/") + symbol;
  m.symbol = std::move(symbol);
  std::string first_group = m.symbol.substr(0, m.symbol.find_first_of("-/"));
  if (TypeByCode(first_group)) m.type_code = first_group;
  return m;
}

}  // namespace doithoai::documents::parse
