#include "documents/parse/text_util.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace doithoai::documents::parse {
namespace {

// The code point at `i` (advancing `i`), or a negative value for a malformed sequence.
UChar32 Next(std::string_view s, int32_t& i) {
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

UChar32 First(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = 0;
  return Next(s, i);
}

bool IsWordChar(UChar32 c) { return c >= 0 && (u_isalnum(c) || u_getCombiningClass(c) > 0); }

// Appends the code point `c` (REQUIRES: valid) as UTF-8.
void Append(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), len, c);
  out.append(buf, len);
}

}  // namespace

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

namespace {

// Maps each character's case with `map` where the mapped character has the same UTF-8 length,
// so offsets into `s` stay valid in the result; ASCII takes the short path.
std::string MapCaseSameLength(std::string_view s, UChar32 (*map)(UChar32)) {
  std::string out;
  out.reserve(s.size());
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(map(b)));
      i++;
      continue;
    }
    int32_t start = i;
    UChar32 c = Next(s, i);
    UChar32 mapped = c >= 0 ? map(c) : c;
    if (c < 0 || mapped == c || U8_LENGTH(mapped) != i - start) {
      out.append(s.substr(start, i - start));
    } else {
      Append(out, mapped);
    }
  }
  return out;
}

}  // namespace

std::string LowerSameLength(std::string_view s) { return MapCaseSameLength(s, u_tolower); }

std::string UpperSameLength(std::string_view s) { return MapCaseSameLength(s, u_toupper); }

std::string CapitalizeFirst(std::string_view s) {
  if (s.empty()) return {};
  int32_t i = 0;
  UChar32 c = Next(s, i);
  UChar32 upper = c >= 0 ? u_toupper(c) : c;
  std::string out;
  out.reserve(s.size());
  if (c < 0 || upper == c || U8_LENGTH(upper) != i) {
    out.append(s.substr(0, i));
  } else {
    Append(out, upper);
  }
  out.append(s.substr(i));
  return out;
}

bool IsUpperText(std::string_view s) {
  int letters = 0;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = Next(s, i);
    if (c < 0) return false;
    if (u_islower(c)) return false;
    if (u_isalpha(c)) letters++;
  }
  return letters >= 2;
}

bool StartsUpper(std::string_view s) {
  UChar32 c = First(s);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool StartsLower(std::string_view s) {
  UChar32 c = First(s);
  return c >= 0 && u_islower(c);
}

bool StartsLetter(std::string_view s) {
  UChar32 c = First(s);
  return c >= 0 && u_isalpha(c);
}

bool HasLetter(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c = Next(s, i);
    if (c >= 0 && u_isalpha(c)) return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view TrimEnd(std::string_view s, std::string_view chars) {
  while (!s.empty() && (s.back() == ' ' || chars.find(s.back()) != std::string_view::npos)) {
    s.remove_suffix(1);
  }
  return s;
}

std::string_view TrimStart(std::string_view s, std::string_view chars) {
  while (!s.empty() && (s.front() == ' ' || chars.find(s.front()) != std::string_view::npos)) {
    s.remove_prefix(1);
  }
  return s;
}

bool StartsWithWord(std::string_view s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  if (s.size() == prefix.size()) return true;
  return !IsWordChar(First(s.substr(prefix.size())));
}

size_t FindWord(std::string_view haystack, std::string_view needle, size_t from) {
  while (from <= haystack.size()) {
    size_t pos = haystack.find(needle, from);
    if (pos == std::string_view::npos) return pos;
    bool starts = pos == 0 || haystack[pos - 1] == ' ' ||
                  std::string_view("(\"“,;:").find(haystack[pos - 1]) != std::string_view::npos;
    if (starts && StartsWithWord(haystack.substr(pos), needle)) return pos;
    from = pos + 1;
  }
  return std::string_view::npos;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(' ', start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) words.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool LooksLikePersonName(std::string_view s) {
  std::vector<std::string_view> words = SplitWords(s);
  if (words.size() < 2 || words.size() > 6) return false;
  for (std::string_view w : words) {
    if (!StartsUpper(w) || IsUpperText(w)) {
      // "Lê Văn A" ends with a one-letter word; all-caps words are positions, not names.
      if (!(w.size() == 1 && StartsUpper(w))) return false;
    }
    int32_t i = 0;
    const auto n = static_cast<int32_t>(w.size());
    while (i < n) {
      UChar32 c = Next(w, i);
      if (c < 0 || !(u_isalpha(c) || c == '.')) return false;
    }
  }
  return true;
}

}  // namespace doithoai::documents::parse
