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
//
// Bounded (issue 10: distinct URLs must not grow memory): at most `max_entries` pages and
// `max_bytes` of serialised pages; beyond either, the least recently used pages go. Handlers
// key pages by their canonical URL (the parameters they read, in a fixed order), so junk
// query strings share one entry instead of each adding one. Single-flight rebuilds lock one
// of a fixed set of stripes, never a lock per key.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/lru_map.h"
#include "core/result.h"
#include "core/steady_time.h"
#include "http/message.h"

namespace doithoai::http {

struct PublicCacheLimits {
  size_t max_entries = 1024;
  // Of responses held (body and serialised copy). A page is 1–50 KiB; an open-data download
  // of a 100,000-question dialogue 12–26 MiB (issue 14): room for a few of those beside the pages.
  size_t max_bytes = size_t{128} << 20;
};

class PublicCache {
 public:
  explicit PublicCache(int64_t max_age_ms, PublicCacheLimits limits = {},
                       SteadyMs now_ms = SteadyNowMs)
      : max_age_ms_(max_age_ms), limits_(limits), now_ms_(std::move(now_ms)) {}

  // The fast path: the cached response when fresh, or stale while another request is
  // revalidating it; with `wire_only`, just its serialised bytes (shared, not copied).
  // nullopt: the caller must go through Serve on the blocking pool.
  std::optional<HttpResponse> Lookup(const std::string& key, uint64_t version, bool wire_only);

  // The slow path. `fingerprint` summarises the data the page is built from; `build` makes
  // the page. Only 200 responses are cached.
  HttpResponse Serve(const std::string& key, uint64_t version,
                     const std::function<Result<std::string>()>& fingerprint,
                     const std::function<HttpResponse()>& build);

  // Drops every page at once: what a page showed may no longer be shown (a youth deleted or
  // withdrew a text, app/rights), so no request may get it even while revalidating.
  void Clear();

  // After a staff member's write (a conclusion issued, an answer approved, a plan published,
  // progress reported): every page is revalidated by the next request for it, and no request
  // gets a stale copy meanwhile — they wait for the one revalidation. Staff write at human
  // speed, so this costs a fingerprint per page per write; the youths' own submissions, which
  // come in floods, keep the stale-while-revalidate window of `max_age_ms`.
  void Expire();

  size_t entries() const;
  size_t bytes() const;  // serialised bytes held

 private:
  struct Entry {
    HttpResponse response;  // with `wire` filled
    std::string fingerprint;
    uint64_t version = 0;
    int64_t checked_ms = 0;
    bool refreshing = false;
    int64_t refresh_started_ms = 0;  // a revalidation that never returned is retried after 5 s
    uint64_t generation = 0;         // the Expire() count when it was last built or checked
  };
  static constexpr size_t kBuildStripes = 64;
  std::mutex& BuildLock(const std::string& key);
  void EraseLocked(const std::string& key);  // REQUIRES: mu_ held
  void Store(const std::string& key, Entry entry);

  int64_t max_age_ms_;
  PublicCacheLimits limits_;
  SteadyMs now_ms_;
  mutable std::mutex mu_;  // guards entries_, bytes_ and generation_
  uint64_t generation_ = 0;
  LruMap<Entry> entries_;
  size_t bytes_ = 0;
  std::array<std::mutex, kBuildStripes> build_locks_;
};

}  // namespace doithoai::http
