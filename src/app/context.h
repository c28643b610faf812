// What every use case receives: the store, the clock and the source of random bytes. Use cases
// are free functions, one file per business verb, each "authorise → validate → transaction
// (+ audit) → outcome".
#pragma once

#include "app/ports.h"
#include "app/system_random.h"
#include "core/clock.h"
#include "core/random.h"

namespace doithoai {

struct Context {
  Store& store;
  const Clock& clock;
  // Tracking codes; tests pass a SeededRandom to get known codes.
  const Random& random = SystemRandomSource();
};

}  // namespace doithoai
