#include "http/public_cache.h"

#include <chrono>

namespace doithoai::http {
namespace {

constexpr size_t kMaxEntries = 4096;  // bounded against URLs with junk query strings
constexpr int64_t kRefreshTimeoutMs = 5000;
// Even with no write at all, an entry is revalidated this often, so pages that depend on the
// date (the statutory clocks) turn over at midnight.
constexpr int64_t kMaxLifeMs = 60000;

int64_t NowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

std::optional<HttpResponse> PublicCache::Lookup(const std::string& key, uint64_t version,
                                                bool wire_only) {
  std::lock_guard lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  Entry& e = it->second;
  int64_t now = NowMs();
  bool fresh = (e.version == version && now - e.checked_ms <= kMaxLifeMs) ||
               now - e.checked_ms <= max_age_ms_;
  if (!fresh && (!e.refreshing || now - e.refresh_started_ms > kRefreshTimeoutMs)) {
    e.refreshing = true;  // this request revalidates; the others get the stale page meanwhile
    e.refresh_started_ms = now;
    return std::nullopt;
  }
  if (!wire_only) return e.response;
  HttpResponse r;
  r.status = e.response.status;
  r.wire = e.response.wire;
  return r;
}

std::shared_ptr<std::mutex> PublicCache::BuildLock(const std::string& key) {
  std::lock_guard lock(mu_);
  auto& m = build_locks_[key];
  if (!m) m = std::make_shared<std::mutex>();
  return m;
}

HttpResponse PublicCache::Serve(const std::string& key, uint64_t version,
                                const std::function<Result<std::string>()>& fingerprint,
                                const std::function<HttpResponse()>& build) {
  auto build_lock = BuildLock(key);
  std::lock_guard building(*build_lock);
  auto print = fingerprint();
  if (!print.ok()) return build();  // let the page report the error (e.g. 404)
  {
    std::lock_guard lock(mu_);
    auto it = entries_.find(key);
    if (it != entries_.end() && it->second.fingerprint == *print) {
      it->second.version = version;
      it->second.checked_ms = NowMs();
      it->second.refreshing = false;
      return it->second.response;
    }
  }
  HttpResponse res = build();
  std::lock_guard lock(mu_);
  if (res.status != 200) {
    entries_.erase(key);
    return res;
  }
  res.wire = std::make_shared<const std::string>(SerializeHttp11(res));
  if (entries_.size() >= kMaxEntries) {
    entries_.clear();
    build_locks_.clear();
  }
  entries_[key] = Entry{res, *print, version, NowMs(), false, 0};
  return res;
}

}  // namespace doithoai::http
