#include "http/public_cache.h"

namespace doithoai::http {
namespace {

constexpr int64_t kRefreshTimeoutMs = 5000;
// Even with no write at all, an entry is revalidated this often, so pages that depend on the
// date (the statutory clocks) turn over at midnight.
constexpr int64_t kMaxLifeMs = 60000;

// What an entry holds: the body and its serialised copy.
size_t SizeOf(const HttpResponse& r) { return r.body.size() + (r.wire ? r.wire->size() : 0); }

}  // namespace

std::optional<HttpResponse> PublicCache::Lookup(const std::string& key, uint64_t version,
                                                bool wire_only) {
  int64_t now = now_ms_();
  std::lock_guard lock(mu_);
  Entry* found = entries_.Find(key);
  if (!found) return std::nullopt;
  Entry& e = *found;
  if (e.generation != generation_) return std::nullopt;  // expired: every request revalidates
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

std::mutex& PublicCache::BuildLock(const std::string& key) {
  return build_locks_[std::hash<std::string>{}(key) % kBuildStripes];
}

void PublicCache::Expire() {
  std::lock_guard lock(mu_);
  ++generation_;
}

void PublicCache::Clear() {
  std::lock_guard lock(mu_);
  entries_.Clear();
  bytes_ = 0;
}

void PublicCache::EraseLocked(const std::string& key) {
  if (const Entry* e = entries_.Peek(key)) {
    bytes_ -= SizeOf(e->response);
    entries_.Erase(key);
  }
}

void PublicCache::Store(const std::string& key, Entry entry) {
  size_t size = SizeOf(entry.response);
  std::lock_guard lock(mu_);
  EraseLocked(key);
  if (size > limits_.max_bytes) return;  // a page larger than the whole cache is not kept
  while (!entries_.empty() &&
         (entries_.size() >= limits_.max_entries || bytes_ + size > limits_.max_bytes)) {
    bytes_ -= SizeOf(entries_.Oldest().second.response);
    entries_.PopOldest();
  }
  if (limits_.max_entries == 0) return;
  entries_.Put(key, std::move(entry));
  bytes_ += size;
}

HttpResponse PublicCache::Serve(const std::string& key, uint64_t version,
                                const std::function<Result<std::string>()>& fingerprint,
                                const std::function<HttpResponse()>& build) {
  std::lock_guard building(BuildLock(key));
  // Taken before the data is read: a write that expires the cache while this page is being
  // built leaves it expired.
  uint64_t built_generation;
  {
    std::lock_guard lock(mu_);
    built_generation = generation_;
  }
  auto print = fingerprint();
  if (!print.ok()) return build();  // let the page report the error (e.g. 404)
  {
    std::lock_guard lock(mu_);
    if (Entry* e = entries_.Find(key); e && e->fingerprint == *print) {
      e->version = version;
      e->checked_ms = now_ms_();
      e->refreshing = false;
      e->generation = built_generation;
      return e->response;
    }
  }
  HttpResponse res = build();
  if (res.status != 200) {
    std::lock_guard lock(mu_);
    EraseLocked(key);
    return res;
  }
  res.wire = std::make_shared<const std::string>(SerializeHttp11(res));
  Store(key, Entry{res, *print, version, now_ms_(), false, 0, built_generation});
  return res;
}

size_t PublicCache::entries() const {
  std::lock_guard lock(mu_);
  return entries_.size();
}

size_t PublicCache::bytes() const {
  std::lock_guard lock(mu_);
  return bytes_;
}

}  // namespace doithoai::http
