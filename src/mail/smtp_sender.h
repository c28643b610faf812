// The MailSender port (app/mail/mail_sender.h) over SMTP, with libcurl (docs/decisions/
// 0006-libcurl-for-smtp.md): submission on 587 with STARTTLS required, implicit TLS on 465, or
// plain SMTP to a relay on the same host; AUTH when a user is configured. One connection is
// kept open between messages (libcurl's connection cache), so a batch costs one handshake.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "app/mail/mail_sender.h"
#include "core/result.h"

namespace doithoai::mail {

enum class SmtpTls {
  kNone,      // plain SMTP: only for a relay on the same host or a test server
  kStartTls,  // STARTTLS required: no message goes out unencrypted
  kImplicit,  // TLS from the first byte (smtps, port 465)
};
Result<SmtpTls> ParseSmtpTls(std::string_view field, std::string_view name);  // none|starttls|tls

struct SmtpSettings {
  std::string host;  // empty: mail is not sent
  int port = 587;
  SmtpTls tls = SmtpTls::kStartTls;
  std::string user;  // empty: no AUTH
  std::string password;
  std::string ca_file;  // CAs trusted instead of the system's (a private server); "" = system
  int connect_timeout_s = 10;  // a server that does not answer counts as unreachable
  int timeout_s = 60;          // one whole message
};

// Invalid (field named, Vietnamese reason) for an empty host, a bad port, or a password sent
// over a plain connection to a host other than the loopback.
Status CheckSmtpSettings(const SmtpSettings& s);

class SmtpSender final : public MailSender {
 public:
  explicit SmtpSender(SmtpSettings settings);
  ~SmtpSender() override;
  SmtpSender(const SmtpSender&) = delete;
  SmtpSender& operator=(const SmtpSender&) = delete;

  SendOutcome Send(std::string_view from, std::string_view to, std::string_view mime) override;

 private:
  SmtpSettings settings_;
  std::string url_;
  std::mutex mu_;         // one transfer at a time on the handle
  void* curl_ = nullptr;  // CURL*, kept for its open connection
};

}  // namespace doithoai::mail
