// What the synthetic-tree benchmarks (bench/tasks, bench/indicators) share: timing over N runs
// after a warm-up (median, 95th percentile, and this thread's CPU time, which other work on
// the shared cores does not inflate), failing loudly, and deterministic noise for the data.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/result.h"

namespace doithoai::bench {

struct Timing {
  double median_ms = 0, p95_ms = 0;
  double cpu_median_ms = 0;
};

inline double ThreadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

inline Timing Time(int runs, const std::function<void()>& f) {
  using Clk = std::chrono::steady_clock;
  for (int i = 0; i < 3; ++i) f();
  std::vector<double> ms, cpu;
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clk::now();
    double c0 = ThreadCpuMs();
    f();
    cpu.push_back(ThreadCpuMs() - c0);
    ms.push_back(std::chrono::duration<double, std::milli>(Clk::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  std::sort(cpu.begin(), cpu.end());
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)],
          cpu[cpu.size() / 2]};
}

[[noreturn]] inline void Die(const Error& e, const char* what) {
  std::fprintf(stderr, "bench: %s: %s\n", what, e.message().c_str());
  std::exit(1);
}

template <class T>
T Must(Result<T> r, const char* what) {
  if (!r.ok()) Die(r.error(), what);
  return std::move(r).value();
}

inline void Must(Status s, const char* what) {
  if (!s.ok()) Die(s.error(), what);
}

// A deterministic pseudo-random number in [0, 1).
inline double Noise(uint64_t a, uint64_t b) {
  uint64_t x = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull);
  x ^= x >> 31;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 29;
  return static_cast<double>(x >> 11) / 9007199254740992.0;
}

}  // namespace doithoai::bench
