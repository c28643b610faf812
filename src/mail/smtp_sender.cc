#include "mail/smtp_sender.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

namespace doithoai::mail {
namespace {

// libcurl's global state, set up once before the first handle.
void GlobalInit() {
  static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  (void)done;
}

bool IsLoopback(std::string_view host) {
  return host == "127.0.0.1" || host == "::1" || host == "[::1]" || host == "localhost";
}

// The message handed to libcurl piece by piece (it dot-stuffs and ends DATA itself).
struct Upload {
  std::string_view data;
  size_t offset = 0;
};

size_t ReadUpload(char* buffer, size_t size, size_t count, void* user) {
  auto* u = static_cast<Upload*>(user);
  size_t n = std::min(size * count, u->data.size() - u->offset);
  std::memcpy(buffer, u->data.data() + u->offset, n);
  u->offset += n;
  return n;
}

// Failures where the server was never reached or the session could not start: the whole
// batch waits for the next run (and the administrator sees the reason).
bool Unreachable(CURLcode rc) {
  switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_USE_SSL_FAILED:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_LOGIN_DENIED:
    case CURLE_GOT_NOTHING:
      return true;
    default:
      return false;
  }
}

}  // namespace

Result<SmtpTls> ParseSmtpTls(std::string_view field, std::string_view name) {
  if (name == "none") return SmtpTls::kNone;
  if (name == "starttls") return SmtpTls::kStartTls;
  if (name == "tls") return SmtpTls::kImplicit;
  return Error::Invalid(std::string(field), "phải là none, starttls hoặc tls");
}

Status CheckSmtpSettings(const SmtpSettings& s) {
  if (s.host.empty()) return Error::Invalid("smtp-host", "chưa có máy chủ thư");
  if (s.host.find_first_of("/@ \r\n") != std::string::npos) {
    return Error::Invalid("smtp-host", "tên máy chủ không hợp lệ");
  }
  if (s.port < 1 || s.port > 65535) return Error::Invalid("smtp-port", "cổng phải từ 1 đến 65535");
  if (!s.user.empty() && s.tls == SmtpTls::kNone && !IsLoopback(s.host)) {
    return Error::Invalid("smtp-tls",
                          "không gửi mật khẩu qua kết nối không mã hoá (dùng starttls hoặc tls)");
  }
  return Ok();
}

SmtpSender::SmtpSender(SmtpSettings settings) : settings_(std::move(settings)) {
  GlobalInit();
  std::string host = settings_.host;
  if (host.find(':') != std::string::npos && host.front() != '[') host = "[" + host + "]";
  url_ = std::string(settings_.tls == SmtpTls::kImplicit ? "smtps://" : "smtp://") + host + ":" +
         std::to_string(settings_.port);
  curl_ = curl_easy_init();
}

SmtpSender::~SmtpSender() {
  if (curl_) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

SendOutcome SmtpSender::Send(std::string_view from, std::string_view to, std::string_view mime) {
  std::lock_guard lock(mu_);
  auto* curl = static_cast<CURL*>(curl_);
  if (!curl) return {SendOutcome::Kind::kTransient, "libcurl không khởi tạo được", true};

  const std::string mail_from = "<" + std::string(from) + ">";
  const std::string rcpt = "<" + std::string(to) + ">";
  curl_slist* recipients = curl_slist_append(nullptr, rcpt.c_str());
  Upload upload{mime, 0};
  char error[CURL_ERROR_SIZE] = {0};

  // Options are set afresh on each message; the handle keeps its connection between them.
  curl_easy_reset(curl);
  curl_easy_setopt(curl, CURLOPT_URL, url_.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings_.connect_timeout_s));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(settings_.timeout_s));
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  if (settings_.tls == SmtpTls::kStartTls) {
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  }
  if (!settings_.ca_file.empty()) curl_easy_setopt(curl, CURLOPT_CAINFO, settings_.ca_file.c_str());
  if (!settings_.user.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadUpload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(mime.size()));

  CURLcode rc = curl_easy_perform(curl);
  long code = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
  curl_slist_free_all(recipients);
  // Nothing may point at this call's locals after it returns.
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
  curl_easy_setopt(curl, CURLOPT_READDATA, nullptr);

  if (rc == CURLE_OK) return {SendOutcome::Kind::kAccepted, std::to_string(code), false};
  std::string detail = error[0] ? std::string(error) : std::string(curl_easy_strerror(rc));
  if (code >= 500 && code < 600 && rc != CURLE_LOGIN_DENIED) {
    return {SendOutcome::Kind::kPermanent,
            "máy chủ thư từ chối (" + std::to_string(code) + "): " + detail, false};
  }
  bool unreachable = Unreachable(rc);
  std::string prefix = unreachable ? "không gửi được tới máy chủ thư: " : "máy chủ thư tạm lỗi: ";
  if (code > 0) prefix += "(" + std::to_string(code) + ") ";
  return {SendOutcome::Kind::kTransient, prefix + detail, unreachable};
}

}  // namespace doithoai::mail
