// What the audit log keeps of a call, an initiative and a scorecard: never the sender's contact.
#pragma once

#include <nlohmann/json.hpp>

#include "app/initiative/initiative_repository.h"

namespace doithoai {

nlohmann::json Snapshot(const InitiativeCall& c);
nlohmann::json Snapshot(const Initiative& i);  // without contact_name / contact_email
nlohmann::json Snapshot(const Scorecard& s);

}  // namespace doithoai
