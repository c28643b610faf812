#include "domain/mail/email_address.h"

#include <algorithm>

namespace doithoai {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsAtext(char c) {
  // RFC 5322 atext, less the characters that mean something to a shell or a mail client's
  // address parser and are not seen in real addresses ("'", "`", "|", "{", "}").
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&*+-/=?^_~").find(c) != std::string_view::npos;
}

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Nothing, or the reason the address is refused.
std::string Refusal(std::string_view a) {
  if (a.empty()) return "chưa nhập địa chỉ e-mail";
  if (a.size() > kEmailMaxChars) return "địa chỉ e-mail dài quá 254 ký tự";
  for (char c : a) {
    if (c == '\r' || c == '\n') return "địa chỉ e-mail không được chứa xuống dòng";
    if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e) {
      return "địa chỉ e-mail chỉ gồm chữ không dấu, số và ký tự . _ - + (không dấu cách, không "
             "chữ có dấu)";
    }
  }
  size_t at = a.rfind('@');
  if (at == std::string_view::npos) return "địa chỉ e-mail không hợp lệ: thiếu @";
  std::string_view local = a.substr(0, at), domain = a.substr(at + 1);
  if (local.empty()) return "địa chỉ e-mail không hợp lệ: thiếu phần tên trước @";
  if (local.size() > kEmailLocalMaxChars) return "phần tên trước @ dài quá 64 ký tự";
  if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos) {
    return "địa chỉ e-mail không hợp lệ: dấu chấm đặt sai chỗ trước @";
  }
  for (char c : local) {
    if (c != '.' && !IsAtext(c)) {
      return std::string("địa chỉ e-mail không hợp lệ: ký tự '") + c + "' không được dùng";
    }
  }
  if (domain.empty()) return "địa chỉ e-mail không hợp lệ: thiếu tên miền sau @";
  if (domain.find('.') == std::string_view::npos) {
    return "địa chỉ e-mail không hợp lệ: tên miền sau @ phải có dấu chấm (ví dụ gmail.com)";
  }
  size_t start = 0;
  while (start <= domain.size()) {
    size_t end = domain.find('.', start);
    if (end == std::string_view::npos) end = domain.size();
    std::string_view label = domain.substr(start, end - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-' ||
        !std::all_of(label.begin(), label.end(), IsLabelChar)) {
      return "địa chỉ e-mail không hợp lệ: tên miền sau @ sai";
    }
    start = end + 1;
  }
  return {};
}

}  // namespace

Result<std::string> ValidateEmailAddress(std::string_view field, std::string_view text) {
  std::string_view a = Trim(text);
  std::string why = Refusal(a);
  if (!why.empty()) return Error::Invalid(std::string(field), why);
  std::string out(a);
  size_t at = out.rfind('@');
  std::transform(out.begin() + static_cast<std::ptrdiff_t>(at), out.end(),
                 out.begin() + static_cast<std::ptrdiff_t>(at),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  return out;
}

bool LooksLikeEmailAddress(std::string_view text) { return Refusal(Trim(text)).empty(); }

}  // namespace doithoai
