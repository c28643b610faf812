#include "domain/mail/mail_message.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "domain/mail/email_address.h"

namespace doithoai {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Base64(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = (static_cast<unsigned char>(in[i]) << 16) |
                 (static_cast<unsigned char>(in[i + 1]) << 8) |
                 static_cast<unsigned char>(in[i + 2]);
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += kBase64[(v >> 6) & 63];
    out += kBase64[v & 63];
  }
  if (i + 1 == in.size()) {
    uint32_t v = static_cast<unsigned char>(in[i]) << 16;
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += "==";
  } else if (i + 2 == in.size()) {
    uint32_t v =
        (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += kBase64[(v >> 6) & 63];
    out += '=';
  }
  return out;
}

bool HasLineBreak(std::string_view s) { return s.find_first_of("\r\n") != std::string_view::npos; }

bool IsPlainAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) return false;
  }
  return s.find("=?") == std::string_view::npos;
}

// Length of the UTF-8 character starting with byte `lead` (1 for a stray continuation byte).
size_t CharLength(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

Result<std::string> Address(std::string_view field, std::string_view address) {
  if (HasLineBreak(address))
    return Error::Invalid(std::string(field), "không được chứa xuống dòng");
  return ValidateEmailAddress(field, address);
}

}  // namespace

std::string MessageIdFor(int64_t outbox_id, int recipient_index, std::string_view domain) {
  return "<outbox-" + std::to_string(outbox_id) + "." + std::to_string(recipient_index) + "@" +
         std::string(domain) + ">";
}

// Encoded words for all of `text`, split between characters; joined by CRLF SP folding.
static std::string EncodedWords(std::string_view text) {
  // "=?UTF-8?B?" + base64 + "?=" ≤ 75 characters: 12 of frame, at most 60 of base64 → 45
  // bytes per word, whole characters only.
  constexpr size_t kMaxBytesPerWord = 45;
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = i;
    while (end < text.size()) {
      size_t len = CharLength(static_cast<unsigned char>(text[end]));
      if (end + len - i > kMaxBytesPerWord) break;
      end += len;
    }
    if (end == i) end = std::min(text.size(), i + CharLength(static_cast<unsigned char>(text[i])));
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + Base64(text.substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

Result<std::string> EncodeHeaderText(std::string_view field, std::string_view text) {
  if (HasLineBreak(text)) {
    return Error::Invalid(std::string(field), "không được chứa ký tự xuống dòng");
  }
  if (IsPlainAscii(text)) return std::string(text);
  return EncodedWords(text);
}

std::string Base64Lines(std::string_view bytes) {
  std::string b = Base64(bytes), out;
  out.reserve(b.size() + b.size() / 76 * 2 + 2);
  for (size_t i = 0; i < b.size(); i += 76) {
    out.append(b, i, 76);
    out += "\r\n";
  }
  return out;
}

std::string MailDate(Instant at) {
  static constexpr std::array<const char*, 7> kDays = {"Thu", "Fri", "Sat", "Sun",
                                                       "Mon", "Tue", "Wed"};
  static constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int64_t days = at.unix_seconds >= 0 ? at.unix_seconds / 86400 : (at.unix_seconds - 86399) / 86400;
  int64_t secs = at.unix_seconds - days * 86400;
  Date d = Date::FromDaysSinceEpoch(days);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d +0000",
                kDays[static_cast<size_t>(((days % 7) + 7) % 7)], d.day(),
                kMonths[static_cast<size_t>(d.month() - 1)], d.year(),
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                static_cast<int>(secs % 60));
  return buf;
}

Result<std::string> BuildMime(const MailMessage& m) {
  DT_ASSIGN_OR_RETURN(std::string from, Address("from", m.from_address));
  DT_ASSIGN_OR_RETURN(std::string to, Address("to", m.to_address));
  DT_ASSIGN_OR_RETURN(std::string name, EncodeHeaderText("from_name", m.from_name));
  DT_ASSIGN_OR_RETURN(std::string subject, EncodeHeaderText("subject", m.subject));
  if (HasLineBreak(m.message_id) || !IsPlainAscii(m.message_id)) {
    return Error::Invalid("message_id", "không hợp lệ");
  }
  if (HasLineBreak(m.unsubscribe_url) || !IsPlainAscii(m.unsubscribe_url)) {
    return Error::Invalid("unsubscribe_url", "không hợp lệ");
  }
  std::string out;
  out.reserve(m.body.size() * 4 / 3 + 1024);
  out += "Date: " + MailDate(m.date) + "\r\n";
  if (m.from_name.empty()) {
    out += "From: <" + from + ">\r\n";
  } else if (IsPlainAscii(name) && name.find_first_of("\"\\()<>,;:@[]") == std::string::npos) {
    out += "From: \"" + name + "\" <" + from + ">\r\n";
  } else {
    out += "From: " + EncodedWords(m.from_name) + " <" + from + ">\r\n";
  }
  out += "To: <" + to + ">\r\n";
  out += "Subject: " + subject + "\r\n";
  out += "Message-ID: " + m.message_id + "\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  if (!m.unsubscribe_url.empty()) {
    out += "List-Unsubscribe: <" + m.unsubscribe_url + ">\r\n";
    out += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
  }
  out += "Auto-Submitted: auto-generated\r\n";
  out += "\r\n";
  std::string body;
  body.reserve(m.body.size() + 64);
  for (char c : m.body) {
    if (c == '\r') continue;
    if (c == '\n')
      body += "\r\n";
    else
      body += c;
  }
  out += Base64Lines(body);
  return out;
}

}  // namespace doithoai
