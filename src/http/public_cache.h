// A cache of public JSON pages (the published answers of a dialogue: read by everyone,
// changed rarely), served on the network threads without touching storage.
//
// Freshness: an entry is fresh while the store's write version is unchanged (for a minute at
// most), or for `max_age_ms` after it was last checked. A stale entry is revalidated by ONE
// request, which goes to the blocking pool and compares a cheap fingerprint of the page's data;
// meanwhile the other requests keep getting the stale page (stale-while-revalidate). Rebuilds of
// one page are single-flight: concurrent misses wait for the one rebuild instead of each running
// it. So a stream of new questions, which bumps the version but changes no published answer, costs
// one fingerprint query per page per second, not a rebuild per request.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/result.h"
#include "http/message.h"

namespace doithoai::http {

class PublicCache {
 public:
  explicit PublicCache(int64_t max_age_ms) : max_age_ms_(max_age_ms) {}

  // The fast path: the cached response when fresh, or stale while another request is
  // revalidating it; with `wire_only`, just its serialised bytes (shared, not copied).
  // nullopt: the caller must go through Serve on the blocking pool.
  std::optional<HttpResponse> Lookup(const std::string& key, uint64_t version, bool wire_only);

  // The slow path. `fingerprint` summarises the data the page is built from; `build` makes
  // the page. Only 200 responses are cached.
  HttpResponse Serve(const std::string& key, uint64_t version,
                     const std::function<Result<std::string>()>& fingerprint,
                     const std::function<HttpResponse()>& build);

 private:
  struct Entry {
    HttpResponse response;  // with `wire` filled
    std::string fingerprint;
    uint64_t version = 0;
    int64_t checked_ms = 0;
    bool refreshing = false;
    int64_t refresh_started_ms = 0;  // a revalidation that never returned is retried after 5 s
  };
  std::shared_ptr<std::mutex> BuildLock(const std::string& key);

  int64_t max_age_ms_;
  std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::unordered_map<std::string, std::shared_ptr<std::mutex>> build_locks_;
};

}  // namespace doithoai::http
