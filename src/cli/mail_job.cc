#include "cli/mail_job.h"

#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "app/mail/unsubscribe_token.h"
#include "app/system_random.h"
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
  c.add_option("--mail-key-file", o.key_file,
               "Key signing the unsubscribe links (made when missing; default <db>.mail-key)")
      ->envname("DOITHOAI_MAIL_KEY_FILE")
      ->group(group);
}

std::string MailKeyPath(const MailOptions& o, const std::string& db) {
  return o.key_file.empty() ? db + ".mail-key" : o.key_file;
}

Result<std::string> LoadOrCreateMailKey(const std::string& path) {
  static constexpr char kHex[] = "0123456789abcdef";
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    std::array<uint8_t, kMailKeyBytes> bytes{};
    SystemRandomSource().Fill(bytes);
    std::string hex;
    for (uint8_t b : bytes) {
      hex += kHex[b >> 4];
      hex += kHex[b & 15];
    }
    hex += "\n";
    bool ok = ::write(fd, hex.data(), hex.size()) == static_cast<ssize_t>(hex.size());
    ok = ::close(fd) == 0 && ok;
    if (!ok) return Error::Invalid("mail-key-file", "không ghi được " + path);
    spdlog::info("mail: new key for unsubscribe links in {}", path);
    return std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  }
  std::ifstream in(path);
  std::string hex;
  if (!in || !(in >> hex)) return Error::Invalid("mail-key-file", "không đọc được " + path);
  if (hex.size() != 2 * kMailKeyBytes) {
    return Error::Invalid("mail-key-file", "phải là 64 chữ số hex: " + path);
  }
  std::string key;
  for (size_t i = 0; i < hex.size(); i += 2) {
    auto nibble = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      return -1;
    };
    int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
    if (hi < 0 || lo < 0) return Error::Invalid("mail-key-file", "phải là 64 chữ số hex: " + path);
    key += static_cast<char>(hi * 16 + lo);
  }
  return key;
}

Result<std::unique_ptr<Mailer>> MakeMailer(const MailOptions& o, const std::string& key) {
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
  m->settings.unsubscribe_key = key;
  if (!o.link_base.empty()) {
    m->settings.link_base = o.link_base;
    while (m->settings.link_base.ends_with('/')) m->settings.link_base.pop_back();
  }
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
