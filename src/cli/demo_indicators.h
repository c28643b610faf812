// The indicator part of the demo (C9); see demo_indicators.cc.
#pragma once

#include "app/ports.h"

namespace doithoai::cli {

// REQUIRES: the rest of the demo is loaded (units, the Hải Phòng agencies, sonoivu, thanhdoan).
Status LoadDemoIndicators(Store& store);

}  // namespace doithoai::cli
