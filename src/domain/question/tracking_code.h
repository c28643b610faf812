// Tracking codes, after the national feedback portal's "PAKN.20200812.0012": the prefix,
// the Vietnam date of submission and the running number of that day (at least 4 digits).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace doithoai {

inline constexpr std::string_view kTrackingPrefix = "DT";

std::string FormatTrackingCode(Date day, int64_t sequence);

// True for strings shaped like a tracking code; used to reject junk before a lookup.
bool LooksLikeTrackingCode(std::string_view code);

}  // namespace doithoai
