// JSON for the core value types, shared by the audit snapshots and the API codecs:
// optional values become null, dates "YYYY-MM-DD", instants "YYYY-MM-DDTHH:MM:SSZ".
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "core/date.h"

namespace doithoai {

template <class IdT>
nlohmann::json IdOrNull(const std::optional<IdT>& id) {
  return id ? nlohmann::json(id->value) : nlohmann::json(nullptr);
}
inline nlohmann::json DateOrNull(const std::optional<Date>& d) {
  return d ? nlohmann::json(d->ToIso()) : nlohmann::json(nullptr);
}
inline nlohmann::json InstantOrNull(const std::optional<Instant>& i) {
  return i ? nlohmann::json(i->ToIso()) : nlohmann::json(nullptr);
}

}  // namespace doithoai
