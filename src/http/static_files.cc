#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/auth/passwords.h"

namespace doithoai::http {
namespace {

std::string ContentType(const std::filesystem::path& p) {
  static const std::unordered_map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".webmanifest", "application/manifest+json"},
      {".txt", "text/plain; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
  };
  auto it = kTypes.find(p.extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

}  // namespace

StaticFiles::StaticFiles(const std::string& root) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (root.empty() || !fs::is_directory(root, ec)) return;
  for (const auto& entry : fs::recursive_directory_iterator(root, ec)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    File f{ContentType(entry.path()), ss.str(), ""};
    f.etag = "\"" + Sha256Hex(f.body).substr(0, 16) + "\"";
    files_["/" + fs::relative(entry.path(), root).generic_string()] = std::move(f);
  }
}

std::optional<HttpResponse> StaticFiles::Send(const std::string& key,
                                              const HttpRequest& req) const {
  auto it = files_.find(key);
  if (it == files_.end()) return std::nullopt;
  HttpResponse r;
  r.content_type = it->second.content_type;
  r.headers.emplace_back("ETag", it->second.etag);
  r.headers.emplace_back("Cache-Control", "no-cache");
  if (req.if_none_match == it->second.etag) {
    r.status = 304;
    return r;
  }
  r.body = it->second.body;
  return r;
}

std::optional<HttpResponse> StaticFiles::Serve(const HttpRequest& req) const {
  if (req.method != Method::kGet && req.method != Method::kHead) return std::nullopt;
  const std::string& p = req.path;
  if (p.rfind("/assets/", 0) == 0) {
    if (p.find("..") != std::string::npos) return std::nullopt;
    return Send(p, req);
  }
  if (p == "/" || p.rfind("/d/", 0) == 0 || p.rfind("/q/", 0) == 0 || p == "/chi-tieu" ||
      p == "/sang-kien" || p.rfind("/sang-kien/", 0) == 0)
    return Send("/public.html", req);
  if (p == "/staff" || p.rfind("/staff/", 0) == 0) return Send("/staff.html", req);
  if (p == "/favicon.ico") return Send("/assets/favicon.ico", req);
  return std::nullopt;
}

std::optional<HttpResponse> StaticFiles::NotFoundPage(const HttpRequest& req) const {
  if (req.method != Method::kGet && req.method != Method::kHead) return std::nullopt;
  auto it = files_.find("/public.html");
  if (it == files_.end()) return std::nullopt;
  HttpResponse r;
  r.status = 404;
  r.content_type = it->second.content_type;
  r.headers.emplace_back("Cache-Control", "no-cache");
  r.body = it->second.body;
  return r;
}

}  // namespace doithoai::http
