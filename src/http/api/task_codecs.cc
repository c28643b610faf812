#include "http/api/task_codecs.h"

#include "core/json_values.h"

namespace doithoai::http {

using json = nlohmann::json;

json DocumentJson(const Document& d) {
  return {{"id", d.id.value},
          {"unit_id", d.unit.value},
          {"dialogue_id", IdOrNull(d.dialogue)},
          {"relays_id", IdOrNull(d.relays)},
          {"origin", DocumentOriginName(d.origin)},
          {"kind", d.kind},
          {"type_code", d.type_code},
          {"type_name", d.type_name},
          {"number", d.number ? json(*d.number) : json(nullptr)},
          {"number_symbol", d.number_symbol},
          {"issuer", d.issuer},
          {"parent_issuer", d.parent_issuer},
          {"place", d.place},
          {"issued_on", DateOrNull(d.issued_on)},
          {"summary", d.summary},
          {"signer", d.signer},
          {"cites", d.cites},
          {"created_at", d.created_at.ToIso()}};
}

json DeadlineJson(const Deadline& d) {
  return {{"kind", DeadlineKindName(d.kind)},
          {"date", DateOrNull(d.date)},
          {"month", d.month},
          {"day", d.day},
          {"text", d.text}};
}

json CountsJson(const StatusCounts& c) {
  return {{"not_started", c.not_started},   {"in_progress", c.in_progress},
          {"done_on_time", c.done_on_time}, {"done_late", c.done_late},
          {"overdue", c.overdue},           {"total", c.total()}};
}

json TaskJson(const Task& t, TaskStatus status, Date today) {
  json coordinating = json::array();
  for (const auto& c : t.coordinating) {
    coordinating.push_back({{"agency_id", IdOrNull(c.agency)}, {"name", c.name}});
  }
  json issues = json::array();
  for (auto i : t.issues) issues.push_back(i.value);
  int percent = t.progress.empty() ? 0 : t.progress.back().percent;
  return {{"id", t.id.value},
          {"document_id", t.document.value},
          {"parent_id", IdOrNull(t.parent)},
          {"carried_from_id", IdOrNull(t.carried_from)},
          {"unit_id", t.unit.value},
          {"lead", {{"agency_id", IdOrNull(t.lead.agency)}, {"name", t.lead.name}}},
          {"coordinating", coordinating},
          {"content", t.content},
          {"deadline", DeadlineJson(t.deadline)},
          {"due_on", DateOrNull(DueInCycle(t.deadline, today))},
          {"source", t.source},
          {"issue_ids", issues},
          {"status", TaskStatusName(status)},
          {"status_label", TaskStatusLabel(status)},
          {"percent", percent},
          {"reports", t.progress.size()}};
}

json TaskNodeJson(const TaskNodeView& n, Date today) {
  json j = TaskJson(n.task, n.status, today);
  j["subtree"] = CountsJson(n.subtree);
  return j;
}

json EvidenceJson(const EvidenceFile& e) {
  return {{"id", e.id.value},
          {"report_id", e.report.value},
          {"file_name", e.file_name},
          {"content_type", e.content_type},
          {"size", e.size},
          {"sha256", e.sha256},
          {"uploaded_at", e.uploaded_at.ToIso()}};
}

json ReportJson(const TaskReport& r) {
  json evidence = json::array();
  for (const auto& e : r.evidence) evidence.push_back(EvidenceJson(e));
  return {{"id", r.id.value},
          {"task_id", r.task.value},
          {"on", r.on.ToIso()},
          {"percent", r.percent},
          {"done", r.done},
          {"text", r.text},
          {"agency_id", IdOrNull(r.agency)},
          {"user_id", r.user.value},
          {"created_at", r.created_at.ToIso()},
          {"evidence", evidence}};
}

namespace {

json Documents(const std::vector<Document>& docs) {
  json out = json::array();
  for (const auto& d : docs) out.push_back(DocumentJson(d));
  return out;
}

json Nodes(const std::vector<TaskNodeView>& nodes, Date today) {
  json out = json::array();
  for (const auto& n : nodes) out.push_back(TaskNodeJson(n, today));
  return out;
}

}  // namespace

json DocumentViewJson(const DocumentView& v, Date today) {
  json tasks = json::array();
  for (const auto& t : v.tasks) tasks.push_back(TaskJson(t.task, t.status, today));
  json out = DocumentJson(v.document);
  out["tasks"] = tasks;
  out["relays"] = v.relays ? DocumentJson(*v.relays) : json(nullptr);
  out["relayed_by"] = Documents(v.relayed_by);
  out["cited"] = Documents(v.cited);
  out["formats"] = v.formats;
  out["content"] = json::parse(v.document.content_json, nullptr, false);
  if (out["content"].is_discarded()) out["content"] = json::object();
  return out;
}

json IssuedJson(const IssuedDocument& d, Date today) {
  json tasks = json::array();
  for (const auto& t : d.tasks)
    tasks.push_back(TaskJson(t, StatusOf(t.deadline, {}, today), today));
  return {{"document", DocumentJson(d.document)}, {"tasks", tasks}};
}

json TaskViewJson(const TaskView& v, Date today) {
  json reports = json::array();
  for (const auto& r : v.reports) reports.push_back(ReportJson(r));
  json issues = json::array();
  for (const auto& i : v.issues) issues.push_back({{"id", i.id.value}, {"title", i.title}});
  json out = TaskNodeJson(v.node, today);
  out["document"] = DocumentJson(v.document);
  out["ancestors"] = Nodes(v.ancestors, today);
  out["children"] = Nodes(v.children, today);
  out["report_list"] = reports;
  out["issues"] = issues;
  out["can_report"] = v.can_report;
  out["can_split"] = v.can_split;
  return out;
}

json BoardJson(const TaskBoard& b, Date today) {
  json children = json::array();
  for (const auto& c : b.children) {
    children.push_back({{"unit", {{"id", c.unit.id.value}, {"name", c.unit.name}}},
                        {"counts", CountsJson(c.counts)}});
  }
  json notes = json::array();
  for (const auto& n : b.notifications) {
    notes.push_back({{"id", n.id.value},
                     {"kind", NotificationKindName(n.kind)},
                     {"task_id", n.task.value},
                     {"due_on", n.due.ToIso()},
                     {"title", n.title},
                     {"body", n.body},
                     {"created_at", n.created_at.ToIso()}});
  }
  json unit = b.unit ? json{{"id", b.unit->id.value}, {"name", b.unit->name}} : json(nullptr);
  return {{"unit", unit},
          {"total", CountsJson(b.total)},
          {"children", children},
          {"late", Nodes(b.late, today)},
          {"mine", Nodes(b.mine, today)},
          {"notifications", notes}};
}

json CarryOverJson(const CarryOver& c, Date today) {
  json unanswered = json::array();
  for (const auto& i : c.unanswered) unanswered.push_back({{"id", i.id.value}, {"title", i.title}});
  json previous = c.previous ? json{{"id", c.previous->id.value},
                                    {"title", c.previous->title},
                                    {"year", c.previous->year}}
                             : json(nullptr);
  return {{"previous", previous},
          {"open_tasks", Nodes(c.open_tasks, today)},
          {"unanswered", unanswered}};
}

Deadline ReadDeadline(JsonInput& in, const char* key, FieldErrors& errors) {
  Deadline d;
  auto obj = in.Object(key);
  if (!obj) return d;
  auto kind = obj->String("kind", true);
  auto date = obj->String("date");
  auto month = obj->Int("month");
  auto day = obj->Int("day");
  auto text = obj->String("text");
  in.Absorb(*obj);
  std::string name = std::string(key);
  if (kind) {
    auto k = ParseDeadlineKind(*kind);
    if (!k) {
      errors.Add(name + ".kind", "phải là date, recurring, ongoing hoặc none");
    } else {
      d.kind = *k;
    }
  }
  if (date) {
    d.date = Date::Parse(*date);
    if (!d.date) errors.Add(name + ".date", "phải là ngày dạng YYYY-MM-DD");
  }
  if (month) d.month = *month >= 0 && *month <= 12 ? static_cast<unsigned>(*month) : 13u;
  if (day) d.day = *day >= 0 && *day <= 31 ? static_cast<unsigned>(*day) : 32u;
  if (d.day == 32u) errors.Add(name + ".day", "ngày phải từ 1 đến 31");
  d.text = text.value_or("");
  if (d.text.empty()) {
    if (d.kind == DeadlineKind::kDate && d.date) d.text = "trước ngày " + d.date->ToVietnamese();
    if (d.kind == DeadlineKind::kOngoing) d.text = "thường xuyên";
    if (d.kind == DeadlineKind::kRecurring && d.month >= 1 && d.month <= 12) {
      d.text = (d.day ? "trước ngày " + std::to_string(d.day) + "/" : "tháng ") +
               std::to_string(d.month) + " hằng năm";
    }
  }
  return d;
}

}  // namespace doithoai::http
