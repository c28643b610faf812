// The Clock port: all "now" and "today" come from here, so rules can be tested on any date.
#pragma once

#include <chrono>

#include "core/date.h"

namespace doithoai {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant Now() const = 0;
  Date Today() const { return Now().VietnamDate(); }
};

class SystemClock final : public Clock {
 public:
  Instant Now() const override {
    using namespace std::chrono;
    return {duration_cast<seconds>(system_clock::now().time_since_epoch()).count()};
  }
};

// A clock that stands still until told to move; for tests and for demo data.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Instant now) : now_(now) {}
  Instant Now() const override { return now_; }
  void Set(Instant now) { now_ = now; }
  void Advance(int64_t seconds) { now_.unix_seconds += seconds; }

 private:
  Instant now_;
};

}  // namespace doithoai
