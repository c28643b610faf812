// The age band shown instead of an asker's age to staff who may not see who asked
// (domain/access/asker_access.h): enough to tell a minor's question (16–17, SYSTEM.md §1) or a
// young adult's, too coarse to single anyone out.
#pragma once

#include <optional>
#include <string_view>

namespace doithoai {

// "16–17", "18–24" or "25–30"; nullopt when no age was given or it lies outside 16–30.
std::optional<std::string_view> AgeBand(std::optional<int> age);

}  // namespace doithoai
