#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>

namespace doithoai::text {

bool IsValidUtf8(std::string_view s) {
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string ReplaceInvalidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);  // on an ill-formed sequence, skips its maximal prefix
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

size_t CodePointCount(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

std::string ToNfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  if (U_SUCCESS(status) && nfc->isNormalized(u, status) && U_SUCCESS(status)) {
    return std::string(s);
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc->normalize(u, status);
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::optional<std::string> CleanText(std::string_view s, Lines lines) {
  if (!IsValidUtf8(s)) return std::nullopt;
  std::string nfc = ToNfc(s);
  std::string out;
  out.reserve(nfc.size());
  int pending_newlines = 0;
  bool pending_space = false;
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(nfc.data());
  const auto n = static_cast<int32_t>(nfc.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    bool is_newline = c == '\n';
    bool is_space = c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || c == 0x3000;
    if (is_newline && lines == Lines::kMultiple) {
      pending_newlines++;
      pending_space = false;
      continue;
    }
    if (is_newline || is_space) {
      pending_space = true;
      continue;
    }
    if (u_iscntrl(c) || c == 0x200B || c == 0xFEFF) continue;  // controls, zero-width, BOM
    if (!out.empty()) {
      if (pending_newlines > 0) {
        out.append(pending_newlines >= 2 ? "\n\n" : "\n");
      } else if (pending_space) {
        out.push_back(' ');
      }
    }
    pending_newlines = 0;
    pending_space = false;
    out.append(nfc, start, i - start);
  }
  return out;
}

std::string Fold(std::string_view s) {
  // One transliterator per thread: ICU transliterators are not thread-safe to share.
  thread_local std::unique_ptr<icu::Transliterator> fold = [] {
    UErrorCode status = U_ZERO_ERROR;
    UParseError perr;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "doithoai-fold", ":: NFD; :: [:Nonspacing Mark:] Remove; :: NFC; đ > d; Đ > D; :: Lower;",
        UTRANS_FORWARD, perr, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  if (fold) fold->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace doithoai::text
