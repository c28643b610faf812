// The SMTP adapter's settings checks, and what a server that is not there looks like to the
// use case. Real delivery (STARTTLS, AUTH, refusals) runs against aiosmtpd in
// tests/mail/smtp_delivery_test.py.
#include "mail/smtp_sender.h"

#include <gtest/gtest.h>

namespace doithoai::mail {
namespace {

SmtpSettings Plain(std::string host) {
  SmtpSettings s;
  s.host = std::move(host);
  s.port = 25;
  s.tls = SmtpTls::kNone;
  return s;
}

TEST(SmtpSettings, TlsModesAreNamed) {
  EXPECT_EQ(ParseSmtpTls("smtp-tls", "starttls").value(), SmtpTls::kStartTls);
  EXPECT_EQ(ParseSmtpTls("smtp-tls", "tls").value(), SmtpTls::kImplicit);
  EXPECT_EQ(ParseSmtpTls("smtp-tls", "none").value(), SmtpTls::kNone);
  auto bad = ParseSmtpTls("smtp-tls", "ssl");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields().at(0).field, "smtp-tls");
}

TEST(SmtpSettings, BadSettingsAreRefusedNamingTheFlag) {
  auto field = [](const SmtpSettings& s) {
    auto r = CheckSmtpSettings(s);
    return r.ok() ? std::string() : r.error().fields().at(0).field;
  };
  EXPECT_EQ(field(Plain("")), "smtp-host");
  EXPECT_EQ(field(Plain("mail.example.vn/x")), "smtp-host");
  EXPECT_EQ(field(Plain("a\r\nb")), "smtp-host");
  SmtpSettings port = Plain("mail.example.vn");
  port.port = 70000;
  EXPECT_EQ(field(port), "smtp-port");
  SmtpSettings remote = Plain("mail.example.vn");
  remote.user = "doithoai";
  EXPECT_EQ(field(remote), "smtp-tls") << "no password in the clear to another host";
  remote.tls = SmtpTls::kStartTls;
  EXPECT_EQ(field(remote), "");
  SmtpSettings local = Plain("127.0.0.1");
  local.user = "doithoai";
  EXPECT_EQ(field(local), "") << "a relay on the same host may take AUTH in the clear";
}

TEST(SmtpSender, NobodyListeningIsTransientAndUnreachable) {
  SmtpSettings s = Plain("127.0.0.1");
  s.port = 19108;  // this helper's port range; nothing listens here
  s.connect_timeout_s = 5;
  SmtpSender sender(s);
  SendOutcome o = sender.Send("a@x.vn", "b@x.vn", "Subject: x\r\n\r\nx\r\n");
  EXPECT_EQ(o.kind, SendOutcome::Kind::kTransient);
  EXPECT_TRUE(o.unreachable);
  EXPECT_NE(o.detail.find("không gửi được tới máy chủ thư"), std::string::npos) << o.detail;
}

}  // namespace
}  // namespace doithoai::mail
