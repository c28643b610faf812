#include "http/message.h"

#include "text/normalize.h"

namespace doithoai::http {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool Decode(std::string_view in, bool plus_is_space, std::string& out) {
  out.clear();
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return false;
      int hi = HexValue(in[i + 1]), lo = HexValue(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return text::IsValidUtf8(out);
}

}  // namespace

std::optional<std::string> HttpRequest::Cookie(const std::string& name) const {
  std::string_view s = cookie;
  while (!s.empty()) {
    size_t end = s.find(';');
    std::string_view part = s.substr(0, end);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    size_t eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name) {
      return std::string(part.substr(eq + 1));
    }
    if (end == std::string_view::npos) break;
    s.remove_prefix(end + 1);
  }
  return std::nullopt;
}

bool ParseTarget(const std::string& target, std::string& path,
                 std::multimap<std::string, std::string>& query) {
  std::string_view t = target;
  size_t q = t.find('?');
  if (!Decode(t.substr(0, q), false, path)) return false;
  if (q == std::string_view::npos) return true;
  std::string_view rest = t.substr(q + 1);
  while (!rest.empty()) {
    size_t amp = rest.find('&');
    std::string_view pair = rest.substr(0, amp);
    size_t eq = pair.find('=');
    std::string key, value;
    if (!Decode(pair.substr(0, eq), true, key)) return false;
    if (eq != std::string_view::npos && !Decode(pair.substr(eq + 1), true, value)) return false;
    if (!key.empty()) query.emplace(std::move(key), std::move(value));
    if (amp == std::string_view::npos) break;
    rest.remove_prefix(amp + 1);
  }
  return true;
}

std::string SerializeHttp11(const HttpResponse& res) {
  static const std::map<int, const char*> kReasons = {{200, "OK"},
                                                      {201, "Created"},
                                                      {204, "No Content"},
                                                      {304, "Not Modified"},
                                                      {400, "Bad Request"},
                                                      {401, "Unauthorized"},
                                                      {403, "Forbidden"},
                                                      {404, "Not Found"},
                                                      {405, "Method Not Allowed"},
                                                      {409, "Conflict"},
                                                      {413, "Payload Too Large"},
                                                      {422, "Unprocessable Entity"},
                                                      {429, "Too Many Requests"},
                                                      {500, "Internal Server Error"},
                                                      {503, "Service Unavailable"}};
  auto reason = kReasons.find(res.status);
  std::string out = "HTTP/1.1 " + std::to_string(res.status) + " " +
                    (reason == kReasons.end() ? "Unknown" : reason->second) + "\r\n";
  out += "Server: doithoai\r\nContent-Type: " + res.content_type + "\r\n";
  out += "Content-Length: " + std::to_string(res.body.size()) + "\r\n";
  for (const auto& [k, v] : res.headers) out += k + ": " + v + "\r\n";
  out += "\r\n";
  out += res.body;
  return out;
}

}  // namespace doithoai::http
