#include "domain/audit/audit.h"

#include <array>
#include <utility>

namespace doithoai {
namespace {

constexpr std::array<std::pair<AuditArea, const char*>, 3> kNames = {{
    {AuditArea::kAdministration, "administration"},
    {AuditArea::kPlanning, "planning"},
    {AuditArea::kHandling, "handling"},
}};

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

const char* AuditAreaName(AuditArea area) {
  for (const auto& [a, name] : kNames) {
    if (a == area) return name;
  }
  return "handling";
}

std::optional<AuditArea> ParseAuditArea(std::string_view name) {
  for (const auto& [a, n] : kNames) {
    if (name == n) return a;
  }
  return std::nullopt;
}

AuditArea AreaOfAction(std::string_view action) {
  for (std::string_view p : {"user.", "unit.", "units.", "agency."}) {
    if (StartsWith(action, p)) return AuditArea::kAdministration;
  }
  if (action == "dialogue.created" || action == "dialogue.updated" ||
      StartsWith(action, "milestone.") || action == "routing_table.updated") {
    return AuditArea::kPlanning;
  }
  return AuditArea::kHandling;
}

}  // namespace doithoai
