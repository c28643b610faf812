#include "domain/mail/mail_message.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

// A naive reference decoder: base64 of one encoded word or a body.
std::string FromBase64(std::string_view in) {
  static const std::string kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    size_t v = kAlphabet.find(c);
    if (v == std::string::npos) continue;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

std::string DecodeWords(const std::string& header) {
  std::string out;
  size_t pos = 0;
  while ((pos = header.find("=?UTF-8?B?", pos)) != std::string::npos) {
    size_t end = header.find("?=", pos + 10);
    out += FromBase64(header.substr(pos + 10, end - pos - 10));
    pos = end + 2;
  }
  return out;
}

MailMessage Sample() {
  MailMessage m;
  m.from_address = "no-reply@doithoai.vn";
  m.from_name = "Đối thoại thanh niên";
  m.to_address = "lan@example.vn";
  m.subject = "Câu hỏi của bạn đã được trả lời — mã theo dõi ABCD-1234";
  m.body = "Xin chào,\nCâu trả lời đã được công bố.\n";
  m.message_id = MessageIdFor(12, 0, "doithoai.vn");
  m.date = Instant{1796626934};
  return m;
}

TEST(MailMessage, PlainAsciiHeaderTextStaysAsItIs) {
  EXPECT_EQ(EncodeHeaderText("subject", "Task reminder").value(), "Task reminder");
}

TEST(MailMessage, Rfc2047WordsAreAtMost75CharactersAndDecodeToTheText) {
  std::string subject =
      "Nhiệm vụ sắp đến hạn: Tổ chức tập huấn kỹ năng số cho đoàn viên "
      "thanh niên các xã, phường trên địa bàn tỉnh";
  std::string h = EncodeHeaderText("subject", subject).value();
  size_t start = 0;
  while (start < h.size()) {
    size_t end = h.find("\r\n ", start);
    if (end == std::string::npos) end = h.size();
    EXPECT_LE(end - start, 75u);
    start = end + 3;
  }
  EXPECT_EQ(DecodeWords(h), subject);
  // "=?" in ASCII text would be read as an encoded word: it is encoded too.
  EXPECT_EQ(DecodeWords(EncodeHeaderText("subject", "a =?b").value()), "a =?b");
}

TEST(MailMessage, LineBreaksInHeaderTextAreRefusedNamingTheField) {
  auto r = EncodeHeaderText("subject", "Hello\r\nBcc: victim@x.vn");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields().at(0).field, "subject");
  MailMessage m = Sample();
  m.from_name = "Ban\nBcc: x@y.vn";
  EXPECT_EQ(BuildMime(m).error().fields().at(0).field, "from_name");
  m = Sample();
  m.to_address = "a@x.vn\r\nBcc: x@y.vn";
  EXPECT_EQ(BuildMime(m).error().fields().at(0).field, "to");
}

TEST(MailMessage, MimeHasTheHeadersAndABase64Utf8Body) {
  MailMessage m = Sample();
  m.unsubscribe_url = "https://doithoai.vn/huy-nhan-thu?t=abc";
  std::string mime = BuildMime(m).value();
  EXPECT_NE(mime.find("Date: Mon, 07 Dec 2026 07:02:14 +0000\r\n"), std::string::npos);
  EXPECT_NE(mime.find("To: <lan@example.vn>\r\n"), std::string::npos);
  EXPECT_NE(mime.find("Message-ID: <outbox-12.0@doithoai.vn>\r\n"), std::string::npos);
  EXPECT_NE(mime.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  EXPECT_NE(mime.find("List-Unsubscribe: <https://doithoai.vn/huy-nhan-thu?t=abc>\r\n"),
            std::string::npos);
  EXPECT_NE(mime.find("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), std::string::npos);
  size_t from = mime.find("From: ");
  EXPECT_EQ(DecodeWords(mime.substr(from, mime.find("\r\n", from) - from)), m.from_name);
  size_t blank = mime.find("\r\n\r\n");
  EXPECT_EQ(FromBase64(mime.substr(blank + 4)), "Xin chào,\r\nCâu trả lời đã được công bố.\r\n");
  // Every line is short and no bare LF exists.
  for (size_t i = 0; i < mime.size(); ++i) {
    if (mime[i] == '\n') {
      EXPECT_EQ(mime[i - 1], '\r');
    }
  }
}

TEST(MailMessage, StaffMailHasNoUnsubscribeHeaders) {
  std::string mime = BuildMime(Sample()).value();
  EXPECT_EQ(mime.find("List-Unsubscribe"), std::string::npos);
}

TEST(MailMessage, Base64LinesAreAtMost76Characters) {
  std::string b = Base64Lines(std::string(200, 'x'));
  EXPECT_EQ(b.find("\r\n"), 76u);
  EXPECT_EQ(FromBase64(b), std::string(200, 'x'));
  EXPECT_EQ(Base64Lines("ab"), "YWI=\r\n");
}

TEST(MailMessage, MessageIdIsTheSameForEveryAttemptOfOneOutboxMail) {
  EXPECT_EQ(MessageIdFor(42, 1, "x.vn"), "<outbox-42.1@x.vn>");
  EXPECT_EQ(MessageIdFor(42, 1, "x.vn"), MessageIdFor(42, 1, "x.vn"));
  EXPECT_NE(MessageIdFor(42, 1, "x.vn"), MessageIdFor(42, 2, "x.vn"));
}

}  // namespace
}  // namespace doithoai
