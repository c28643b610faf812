// The MailSender port (issue 14): hands one finished message (domain/mail/mail_message.h) to
// a mail server. The SMTP adapter is mail/smtp_sender.*; the use case that drains the outbox
// through it is app/mail/send_due_mail.*.
#pragma once

#include <string>
#include <string_view>

namespace doithoai {

struct SendOutcome {
  enum class Kind {
    kAccepted,   // the server took the message for delivery
    kTransient,  // try again later: no connection, timeout, a 4xx answer
    kPermanent,  // the server refused the message or the address (5xx): retrying won't help
  };
  Kind kind = Kind::kAccepted;
  std::string detail;        // the server's answer or the connection error, for the administrator
  bool unreachable = false;  // no connection at all: the rest of the batch waits too
};

class MailSender {
 public:
  virtual ~MailSender() = default;
  // Sends `mime` (CRLF lines, not dot-stuffed) from `from` to the one address `to`.
  virtual SendOutcome Send(std::string_view from, std::string_view to, std::string_view mime) = 0;
};

}  // namespace doithoai
