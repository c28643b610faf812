// Server-Sent Events (issue 15): the latest event of one topic — the hall's screen of one
// dialogue — and the connections waiting for a newer one. A writer publishes after its
// transaction commits; every open stream wakes, reads the latest event and writes it. Only the
// latest counts: a screen that changed twice while a slow client was writing gets the second
// state, never a backlog.
//
// Protocol-neutral like message.h: the server (server/) turns a wake into a cancelled timer on
// the connection's own thread.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace doithoai::http {

class EventChannel {
 public:
  struct Event {
    uint64_t version = 0;                      // 0: nothing published yet
    std::shared_ptr<const std::string> bytes;  // "id: …\nevent: …\ndata: …\n\n"
  };

  Event Latest() const;
  // Replaces the latest event with `data` (one line of JSON) under `name`, and wakes every
  // waiter registered so far (each once).
  void Publish(const std::string& name, const std::string& data);
  // `wake` is called once, from the publishing thread, at the next Publish (unless Unwatch
  // comes first). Returns the token for Unwatch.
  uint64_t Watch(std::function<void()> wake);
  void Unwatch(uint64_t token);
  size_t Watching() const;

 private:
  mutable std::mutex mu_;
  Event latest_;
  uint64_t next_token_ = 1;
  std::map<uint64_t, std::function<void()>> waiters_;
};

// The channels by topic ("live:3"), and the streams open: in all, and per client address (a
// hall behind one NAT address is a legitimate crowd, so the per-address cap is high; it stops
// one address from taking every slot).
class EventHub {
 public:
  // 0 for `max_per_client`: no per-address cap.
  explicit EventHub(size_t max_streams = 20000, size_t max_per_client = 1000)
      : max_streams_(max_streams), max_per_client_(max_per_client) {}
  std::shared_ptr<EventChannel> Channel(const std::string& topic);

  enum class Slot { kGranted, kClientFull, kFull };
  // A stream slot for `client`; Release(client) when the stream closes (only after kGranted).
  Slot Acquire(const std::string& client);
  void Release(const std::string& client);
  size_t Open() const;

 private:
  mutable std::mutex mu_;
  std::unordered_map<std::string, std::shared_ptr<EventChannel>> channels_;
  std::unordered_map<std::string, size_t> per_client_;  // only addresses with open streams
  size_t max_streams_, max_per_client_;
  size_t open_ = 0;
};

}  // namespace doithoai::http
