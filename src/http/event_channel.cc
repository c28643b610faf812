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

bool EventHub::Acquire() {
  size_t n = open_.load();
  while (n < max_streams_) {
    if (open_.compare_exchange_weak(n, n + 1)) return true;
  }
  return false;
}

void EventHub::Release() { open_.fetch_sub(1); }

}  // namespace doithoai::http
