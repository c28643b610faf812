// Audit snapshots of documents and tasks (app/audit_trail.h's conventions).
#pragma once

#include <nlohmann/json.hpp>

#include "domain/document/document.h"
#include "domain/task/task.h"

namespace doithoai {

nlohmann::json Snapshot(const Document& d);  // without content and files
nlohmann::json Snapshot(const Task& t);
nlohmann::json Snapshot(const TaskReport& r);
nlohmann::json Snapshot(const EvidenceFile& e);

}  // namespace doithoai
