// Sending the outbox by e-mail (issue 14): the SMTP server and sender address from flags or
// environment (docs/mail.md), the server's periodic job, and `doithoai mail send-due` for one
// pass. Without --smtp-host nothing is sent and mail stays queued.
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <memory>
#include <string>

#include "app/context.h"
#include "app/mail/send_due_mail.h"
#include "http/server/server.h"
#include "mail/smtp_sender.h"

namespace doithoai::cli {

struct MailOptions {
  mail::SmtpSettings smtp;
  std::string tls = "starttls";
  std::string from;  // the sender's address
  std::string from_name = "Đối thoại thanh niên";
  std::string message_id_domain;  // "" = the domain of `from`
  int every_seconds = 60;
  int max_attempts = 8;
  int first_retry_seconds = 30;
  // The key that signs one-click unsubscribe links; "" = "<db>.mail-key" (MailKeyPath).
  std::string key_file;
  // The base of the links in youth mail: `serve` uses --public-url, else its own address;
  // `mail send-due` takes --public-url.
  std::string link_base;
};

// --mail-key-file, or "<db>.mail-key" next to the database.
std::string MailKeyPath(const MailOptions& options, const std::string& db);

// The mail key (kMailKeyBytes) read from `path` (64 hex digits), or made from random bytes and
// written there (mode 0600) when the file does not exist. Invalid "mail-key-file" otherwise.
Result<std::string> LoadOrCreateMailKey(const std::string& path);

// --smtp-host, --smtp-port, --smtp-tls, --smtp-user, --smtp-ca-file, --mail-from,
// --mail-from-name, --mail-every-seconds, --mail-max-attempts, --mail-first-retry-seconds; each
// also from DOITHOAI_SMTP_HOST etc. The password only from DOITHOAI_SMTP_PASSWORD (a flag
// would show it in the process list).
void AddMailOptions(CLI::App& command, MailOptions& options);

// A configured mailer, or nullptr when no SMTP host is set; invalid options are an error.
struct Mailer {
  MailSettings settings;
  std::unique_ptr<MailSender> sender;
};
// `key`: the mail key (LoadOrCreateMailKey), for the unsubscribe links.
Result<std::unique_ptr<Mailer>> MakeMailer(const MailOptions& options, const std::string& key);

// The server's job: one SendDueMail pass every `every`, logged. `ctx` and `mailer` must outlive
// the server.
http::PeriodicJob MailJob(Context& ctx, Mailer& mailer, std::chrono::seconds every);

}  // namespace doithoai::cli
