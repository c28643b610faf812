// The HTTP/1.1 server on Boost.Beast with C++20 coroutines: one io_context per network
// thread, each with its own listening socket on the same port (SO_REUSEPORT), so the kernel
// spreads connections and threads never contend (FIELD-NOTES: ~120k req/s vs ~82k with one
// shared io_context). Requests that may touch storage run on a separate blocking pool, so a
// slow write never stalls other connections.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "http/api/api.h"

namespace doithoai::http {

// Work the server repeats while it runs (reminders): on the blocking pool, first one period
// after start, never two runs of the same job at once. A stop (SIGTERM) waits for a run in
// progress to finish and starts no other.
struct PeriodicJob {
  std::string name;               // for the log
  std::chrono::seconds every{0};  // 0: never
  std::function<void()> run;      // must not throw
};

struct ServerOptions {
  std::string address = "127.0.0.1";
  uint16_t port = 8080;
  int network_threads = 0;            // 0: one per core
  int blocking_threads = 32;          // handlers waiting on storage (group commit batches them)
  size_t body_limit_bytes = 6 << 20;  // hard cap at the socket; handlers apply tighter ones
  int header_timeout_s = 30;          // idle keep-alive connections are closed after this
  int request_timeout_s = 60;
  std::vector<PeriodicJob> jobs;
};

// Serves until SIGINT or SIGTERM. Returns a process exit code.
int Serve(Api& api, const ServerOptions& options);

}  // namespace doithoai::http
