// The Random port: every secret the server hands out (tracking codes) draws its bytes from
// here, so use cases take randomness like they take the clock, and tests can fix it.
#pragma once

#include <cstdint>
#include <span>

namespace doithoai {

class Random {
 public:
  virtual ~Random() = default;
  // Fills `out` with bytes. Thread-safe in production implementations.
  virtual void Fill(std::span<uint8_t> out) const = 0;
};

// Deterministic bytes (splitmix64) for tests: the same seed gives the same sequence. Never
// for anything a stranger must not guess. Not thread-safe.
class SeededRandom final : public Random {
 public:
  explicit SeededRandom(uint64_t seed) : state_(seed) {}
  void Fill(std::span<uint8_t> out) const override {
    for (auto& b : out) {
      uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      b = static_cast<uint8_t>(z ^ (z >> 31));
    }
  }

 private:
  mutable uint64_t state_;
};

}  // namespace doithoai
