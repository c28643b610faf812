// Appendix II of the indicator demo (C9 with C7); see demo_appendix.cc.
#pragma once

#include "app/ports.h"

namespace doithoai::cli {

// REQUIRES: the indicator demo (Hải Phòng's programme, codes 1.1–4.2) and the conclusions
// demo (the city's agencies and staff accounts) are loaded.
Status LoadDemoAppendix(Store& store);

}  // namespace doithoai::cli
