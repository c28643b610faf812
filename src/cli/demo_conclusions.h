// The conclusions part of the demo (C7, C8); see demo_conclusions.cc.
#pragma once

#include "app/ports.h"
#include "cli/demo_data.h"

namespace doithoai::cli {

// REQUIRES: the rest of the demo is loaded, the 2025 conclusion issued (`demo.conclusion`).
Status LoadDemoConclusions(Store& store, const DemoSummary& demo);

}  // namespace doithoai::cli
