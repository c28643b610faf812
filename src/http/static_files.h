// The web UI's files, loaded into memory once at start-up (they are small), each with a
// strong ETag. Page routes of the single-page apps map to their HTML shell.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "http/message.h"

namespace doithoai::http {

class StaticFiles {
 public:
  // Loads every regular file under `root` (no-op when empty or missing).
  explicit StaticFiles(const std::string& root);

  // "/", "/d/…", "/q/…" → public.html; "/staff…" → staff.html; "/assets/…" → the file.
  std::optional<HttpResponse> Serve(const HttpRequest& req) const;
  // Any other page path: the public shell with status 404, so a visitor sees the site's header
  // and a way back ("Không tìm thấy trang"), not a bare text line. nullopt for other methods.
  std::optional<HttpResponse> NotFoundPage(const HttpRequest& req) const;
  size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
    std::string etag;
  };
  std::optional<HttpResponse> Send(const std::string& key, const HttpRequest& req) const;
  std::unordered_map<std::string, File> files_;  // key: path relative to root, "/assets/x.js"
};

}  // namespace doithoai::http
