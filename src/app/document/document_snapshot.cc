#include "app/document/document_snapshot.h"

#include "core/json_values.h"

namespace doithoai {

nlohmann::json Snapshot(const Document& d) {
  return {{"id", d.id.value},
          {"unit_id", d.unit.value},
          {"dialogue_id", IdOrNull(d.dialogue)},
          {"relays_id", IdOrNull(d.relays)},
          {"origin", DocumentOriginName(d.origin)},
          {"kind", d.kind},
          {"number_symbol", d.number_symbol},
          {"issuer", d.issuer},
          {"issued_on", DateOrNull(d.issued_on)},
          {"summary", d.summary},
          {"signer", d.signer}};
}

nlohmann::json Snapshot(const Task& t) {
  nlohmann::json coordinating = nlohmann::json::array();
  for (const auto& p : t.coordinating) {
    coordinating.push_back({{"agency_id", IdOrNull(p.agency)}, {"name", p.name}});
  }
  nlohmann::json issues = nlohmann::json::array();
  for (auto i : t.issues) issues.push_back(i.value);
  return {{"id", t.id.value},
          {"document_id", t.document.value},
          {"parent_id", IdOrNull(t.parent)},
          {"carried_from_id", IdOrNull(t.carried_from)},
          {"unit_id", t.unit.value},
          {"lead", {{"agency_id", IdOrNull(t.lead.agency)}, {"name", t.lead.name}}},
          {"coordinating", coordinating},
          {"content", t.content},
          {"deadline", {{"kind", DeadlineKindName(t.deadline.kind)}, {"text", t.deadline.text}}},
          {"issues", issues}};
}

nlohmann::json Snapshot(const TaskReport& r) {
  return {{"id", r.id.value},
          {"task_id", r.task.value},
          {"on", r.on.ToIso()},
          {"percent", r.percent},
          {"done", r.done},
          {"text", r.text},
          {"agency_id", IdOrNull(r.agency)}};
}

nlohmann::json Snapshot(const EvidenceFile& e) {
  return {{"id", e.id.value},         {"report_id", e.report.value},
          {"file_name", e.file_name}, {"content_type", e.content_type},
          {"size", e.size},           {"sha256", e.sha256}};
}

}  // namespace doithoai
