#include "cli/mail_job.h"

#include <spdlog/spdlog.h>

#include <cstdlib>

#include "domain/mail/email_address.h"

namespace doithoai::cli {

void AddMailOptions(CLI::App& c, MailOptions& o) {
  const char* group = "Mail (SMTP)";
  c.add_option("--smtp-host", o.smtp.host, "SMTP server; empty: no mail is sent")
      ->envname("DOITHOAI_SMTP_HOST")
      ->group(group);
  c.add_option("--smtp-port", o.smtp.port, "SMTP port (587 submission, 465 tls, 25 relay)")
      ->envname("DOITHOAI_SMTP_PORT")
      ->capture_default_str()
      ->group(group);
  c.add_option("--smtp-tls", o.tls, "starttls (required), tls (implicit) or none")
      ->envname("DOITHOAI_SMTP_TLS")
      ->capture_default_str()
      ->group(group);
  c.add_option("--smtp-user", o.smtp.user, "SMTP AUTH user (password from DOITHOAI_SMTP_PASSWORD)")
      ->envname("DOITHOAI_SMTP_USER")
      ->group(group);
  c.add_option("--smtp-ca-file", o.smtp.ca_file,
               "CA bundle trusted instead of the system's (a private server)")
      ->envname("DOITHOAI_SMTP_CA_FILE")
      ->group(group);
  c.add_option("--mail-from", o.from, "Sender address, e.g. doithoai@tinhdoan.gov.vn")
      ->envname("DOITHOAI_MAIL_FROM")
      ->group(group);
  c.add_option("--mail-from-name", o.from_name, "Sender display name")
      ->envname("DOITHOAI_MAIL_FROM_NAME")
      ->group(group);
  c.add_option("--mail-every-seconds", o.every_seconds, "How often the server sends due mail")
      ->envname("DOITHOAI_MAIL_EVERY_SECONDS")
      ->capture_default_str()
      ->group(group);
  c.add_option("--mail-max-attempts", o.max_attempts, "Attempts before a mail is marked failed")
      ->envname("DOITHOAI_MAIL_MAX_ATTEMPTS")
      ->capture_default_str()
      ->group(group);
  c.add_option("--mail-first-retry-seconds", o.first_retry_seconds,
               "Wait after the first failed attempt (doubling, at most an hour)")
      ->envname("DOITHOAI_MAIL_FIRST_RETRY_SECONDS")
      ->capture_default_str()
      ->group(group);
}

Result<std::unique_ptr<Mailer>> MakeMailer(const MailOptions& o) {
  if (o.smtp.host.empty()) return std::unique_ptr<Mailer>();
  mail::SmtpSettings smtp = o.smtp;
  DT_ASSIGN_OR_RETURN(smtp.tls, mail::ParseSmtpTls("smtp-tls", o.tls));
  if (const char* password = std::getenv("DOITHOAI_SMTP_PASSWORD")) smtp.password = password;
  DT_RETURN_IF_ERROR(mail::CheckSmtpSettings(smtp));
  if (o.from.empty()) return Error::Invalid("mail-from", "chưa có địa chỉ người gửi");
  DT_ASSIGN_OR_RETURN(std::string from, ValidateEmailAddress("mail-from", o.from));
  if (o.max_attempts < 1 || o.max_attempts > 50) {
    return Error::Invalid("mail-max-attempts", "phải từ 1 đến 50");
  }
  if (o.first_retry_seconds < 1) return Error::Invalid("mail-first-retry-seconds", "phải ≥ 1");
  if (o.every_seconds < 1) return Error::Invalid("mail-every-seconds", "phải ≥ 1");
  auto m = std::make_unique<Mailer>();
  m->settings.from_address = from;
  m->settings.from_name = o.from_name;
  m->settings.message_id_domain =
      o.message_id_domain.empty() ? from.substr(from.find('@') + 1) : o.message_id_domain;
  m->settings.policy.max_attempts = o.max_attempts;
  m->settings.policy.first_delay_seconds = o.first_retry_seconds;
  m->sender = std::make_unique<mail::SmtpSender>(std::move(smtp));
  return m;
}

http::PeriodicJob MailJob(Context& ctx, Mailer& mailer, std::chrono::seconds every) {
  return {"mail", every, [&ctx, &mailer] {
            auto run = SendDueMail(ctx, *mailer.sender, mailer.settings);
            if (!run.ok()) {
              spdlog::error("mail: {}", run.error().message());
            } else if (run->claimed > 0) {
              spdlog::info(
                  "mail: {} claimed, {} sent ({} messages), {} without recipient, {} to retry, "
                  "{} failed, {} lease lost",
                  run->claimed, run->sent, run->messages, run->no_recipient, run->retried,
                  run->failed, run->lost_lease);
            }
          }};
}

}  // namespace doithoai::cli
