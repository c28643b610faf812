// Reads the administrative unit lists shipped in data/units/ (see data/units/SOURCES.md):
// the 34 provinces and cities and the 3,321 communes, wards and special zones of 2025.
#pragma once

#include <string>

#include "app/context.h"

namespace doithoai::cli {

inline constexpr char kNationCode[] = "vn";

// Loads the nation, provinces-2025.csv and communes-2025.csv from `dir` (skipping units
// already present). Returns how many units were inserted.
Result<int> LoadUnitLists(Context& ctx, const std::string& dir);

}  // namespace doithoai::cli
