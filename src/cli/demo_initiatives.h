// The demo's youth initiatives (issue 15, C10): the city Youth Union's 2025 call, scored by its
// council and published, one initiative recognised; and this year's call, taking initiatives
// now (its dates follow the day the demo is loaded).
#pragma once

#include "app/ports.h"
#include "core/date.h"

namespace doithoai::cli {

struct DemoCalls {
  int64_t published = 0;  // the 2025 call, results out
  int64_t open = 0;       // takes initiatives today
};

// REQUIRES: the demo's units and accounts are loaded (thanhdoan, sokhcn, sonnmt, chutich).
Result<DemoCalls> LoadDemoInitiatives(Store& store, Date today);

}  // namespace doithoai::cli
