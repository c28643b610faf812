// JSON of documents, tasks, reports and boards (the shapes in scripts/dev/openapi.py).
#pragma once

#include <nlohmann/json.hpp>

#include "app/task/tasks.h"
#include "http/json_input.h"

namespace doithoai::http {

nlohmann::json DocumentJson(const Document& d);
nlohmann::json DeadlineJson(const Deadline& d);
nlohmann::json CountsJson(const StatusCounts& c);
// `today` gives the due date of the current cycle.
nlohmann::json TaskJson(const Task& t, TaskStatus status, Date today);
nlohmann::json TaskNodeJson(const TaskNodeView& n, Date today);  // with "subtree"
nlohmann::json ReportJson(const TaskReport& r);
nlohmann::json EvidenceJson(const EvidenceFile& e);
nlohmann::json DocumentViewJson(const DocumentView& v, Date today);
nlohmann::json IssuedJson(const IssuedDocument& d, Date today);
nlohmann::json TaskViewJson(const TaskView& v, Date today);
nlohmann::json BoardJson(const TaskBoard& b, Date today);
nlohmann::json CarryOverJson(const CarryOver& c, Date today);

// {"kind": "date|recurring|ongoing|none", "date", "month", "day", "text"} under `in`'s
// prefix; a missing object is "none".
Deadline ReadDeadline(JsonInput& in, const char* key, FieldErrors& errors);

}  // namespace doithoai::http
