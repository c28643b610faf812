// What every use case receives: the store and the clock. Use cases are free functions, one
// file per business verb, each "authorise → validate → transaction (+ audit) → outcome".
#pragma once

#include "app/ports.h"
#include "core/clock.h"

namespace doithoai {

struct Context {
  Store& store;
  const Clock& clock;
};

}  // namespace doithoai
