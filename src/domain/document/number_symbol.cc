#include "domain/document/number_symbol.h"

#include <charconv>

namespace doithoai {
namespace {

bool IsJoint(char c) { return c == '-' || c == '/'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Letters (any UTF-8 letter: the bytes of a multi-byte code point), digits, "&", ".".
bool IsSymbolByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IsDigit(c) || c == '&' ||
         c == '.';
}

bool StartsWithYear(std::string_view s) {
  return s.size() > 5 && IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3]) &&
         s[4] == '/' && (s[0] == '1' || s[0] == '2');
}

// A joint state document (a "phối hợp" regulation or programme, a "liên tịch" plan) written
// without a year: its type code ends in PH or LT and the issuers follow a '/', joined by '-'
// ("QCPH/UBND-UBMTTQ", "CTPH/SNV-TĐTN"). Party and Youth Union type codes ("CV", "QĐ", "KH")
// never end so.
bool IsJointStateSymbol(std::string_view s) {
  size_t slash = s.find('/');
  if (slash == std::string_view::npos || slash < 3) return false;
  std::string_view type = s.substr(0, slash), issuers = s.substr(slash + 1);
  if (issuers.find('/') != std::string_view::npos || issuers.find('-') == std::string_view::npos) {
    return false;
  }
  if (type.find('-') != std::string_view::npos) return false;
  return type.ends_with("PH") || type.ends_with("LT");
}

}  // namespace

Status CheckDocumentSymbol(std::string_view symbol) {
  if (symbol.empty()) return Error::Invalid("symbol", "thiếu ký hiệu văn bản");
  if (symbol.size() > 60) return Error::Invalid("symbol", "ký hiệu dài quá 60 ký tự");
  bool letter = false;
  for (size_t i = 0; i < symbol.size(); ++i) {
    char c = symbol[i];
    if (IsJoint(c)) {
      if (i == 0 || i + 1 == symbol.size() || IsJoint(symbol[i - 1])) {
        return Error::Invalid("symbol",
                              "ký hiệu gồm các nhóm chữ nối bằng '-' hoặc '/': \"TB-VPCP\", "
                              "\"CV/ĐU\", \"QĐ/TWĐTN-VP\"");
      }
      continue;
    }
    if (!IsSymbolByte(c)) {
      return Error::Invalid("symbol", "ký hiệu không có dấu cách hay ký tự lạ: \"TB-VPCP\"");
    }
    letter = letter || !IsDigit(c);
  }
  if (!letter) return Error::Invalid("symbol", "ký hiệu phải có chữ: \"TB-VPCP\"");
  return Ok();
}

Result<DocumentNumberSymbol> ParseDocumentNumberSymbol(std::string_view written) {
  DocumentNumberSymbol out;
  size_t digits = 0;
  while (digits < written.size() && IsDigit(written[digits])) ++digits;
  if (digits > 5 || digits >= written.size() || !IsJoint(written[digits])) {
    return Error::Invalid("number_symbol",
                          "số và ký hiệu viết dạng \"36/KH-UBND\", \"18/2014/TT-BNV\" hoặc "
                          "\"15-CV/ĐU\"");
  }
  if (digits > 0) {
    int64_t n = 0;
    std::from_chars(written.data(), written.data() + digits, n);
    if (n < 1) return Error::Invalid("number_symbol", "số văn bản bắt đầu từ 01");
    out.number = n;
  }
  out.joint = written[digits];
  std::string_view rest = written.substr(digits + 1);
  if (out.joint == '/' && StartsWithYear(rest)) {
    int year = 0;
    std::from_chars(rest.data(), rest.data() + 4, year);
    out.year = year;
    rest.remove_prefix(5);
  }
  // Party and Youth Union: "type/issuer"; the others: no "/" outside a joint circular's
  // "TTLT/…" after the year.
  bool slash = rest.find('/') != std::string_view::npos;
  if (out.joint == '-' && !slash) {
    return Error::Invalid("number_symbol",
                          "số và ký hiệu văn bản của Đảng, Đoàn viết dạng \"15-CV/ĐU\"");
  }
  if (out.joint == '/' && slash && !out.year && !IsJointStateSymbol(rest)) {
    return Error::Invalid("number_symbol",
                          "ký hiệu có '/' chỉ ở văn bản của Đảng, Đoàn (\"15-CV/ĐU\") hoặc sau "
                          "năm của văn bản quy phạm pháp luật (\"17/2003/TTLT/BLĐTBXH-BTC\")");
  }
  if (auto st = CheckDocumentSymbol(rest); !st.ok()) {
    return Error::Invalid("number_symbol", st.error().fields().front().reason);
  }
  out.symbol = std::string(rest);
  return out;
}

std::string FormatDocumentNumberSymbol(const DocumentNumberSymbol& parts) {
  std::string out = parts.number ? std::to_string(*parts.number) : "";
  out += parts.joint;
  if (parts.year) out += std::to_string(*parts.year) + "/";
  return out + parts.symbol;
}

char JointForSymbol(std::string_view symbol) {
  if (StartsWithYear(symbol) || IsJointStateSymbol(symbol)) return '/';
  return symbol.find('/') != std::string_view::npos ? '-' : '/';
}

}  // namespace doithoai
