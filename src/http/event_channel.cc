#include "http/event_channel.h"

#include <vector>

namespace doithoai::http {

EventChannel::Event EventChannel::Latest() const {
  std::lock_guard lock(mu_);
  return latest_;
}

void EventChannel::Publish(const std::string& name, const std::string& data) {
  std::vector<std::function<void()>> wake;
  {
    std::lock_guard lock(mu_);
    uint64_t version = latest_.version + 1;
    latest_ = Event{version, std::make_shared<const std::string>("id: " + std::to_string(version) +
                                                                 "\nevent: " + name +
                                                                 "\ndata: " + data + "\n\n")};
    wake.reserve(waiters_.size());
    for (auto& [token, w] : waiters_) wake.push_back(std::move(w));
    waiters_.clear();
  }
  for (auto& w : wake) w();
}

uint64_t EventChannel::Watch(std::function<void()> wake) {
  std::lock_guard lock(mu_);
  uint64_t token = next_token_++;
  waiters_.emplace(token, std::move(wake));
  return token;
}

void EventChannel::Unwatch(uint64_t token) {
  std::lock_guard lock(mu_);
  waiters_.erase(token);
}

size_t EventChannel::Watching() const {
  std::lock_guard lock(mu_);
  return waiters_.size();
}

std::shared_ptr<EventChannel> EventHub::Channel(const std::string& topic) {
  std::lock_guard lock(mu_);
  auto& c = channels_[topic];
  if (!c) c = std::make_shared<EventChannel>();
  return c;
}

EventHub::Slot EventHub::Acquire(const std::string& client) {
  std::lock_guard lock(mu_);
  if (open_ >= max_streams_) return Slot::kFull;
  size_t& mine = per_client_[client];
  if (max_per_client_ && mine >= max_per_client_) return Slot::kClientFull;
  ++mine;
  ++open_;
  return Slot::kGranted;
}

void EventHub::Release(const std::string& client) {
  std::lock_guard lock(mu_);
  auto it = per_client_.find(client);
  if (it == per_client_.end()) return;
  if (--it->second == 0) per_client_.erase(it);
  --open_;
}

size_t EventHub::Open() const {
  std::lock_guard lock(mu_);
  return open_;
}

}  // namespace doithoai::http
