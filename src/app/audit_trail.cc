#include "app/audit_trail.h"

#include "core/json_values.h"

namespace doithoai {

using nlohmann::json;

json Snapshot(const Unit& u) {
  return {{"id", u.id.value},
          {"code", u.code},
          {"name", u.name},
          {"kind", u.kind},
          {"level", UnitLevelName(u.level)},
          {"parent_id", IdOrNull(u.parent)}};
}

json Snapshot(const Agency& a) {
  return {{"id", a.id.value},
          {"unit_id", a.unit.value},
          {"code", a.code},
          {"name", a.name},
          {"active", a.active}};
}

json Snapshot(const User& u, const std::vector<RoleGrant>& grants) {
  json g = json::array();
  for (const auto& x : grants) {
    g.push_back(
        {{"role", RoleName(x.role)}, {"unit_id", x.unit.value}, {"agency_id", IdOrNull(x.agency)}});
  }
  return {{"id", u.id.value},
          {"username", u.username},
          {"display_name", u.display_name},
          {"active", u.active},
          {"grants", g}};
}

json Snapshot(const Dialogue& d) {
  return {{"id", d.id.value},
          {"unit_id", d.unit.value},
          {"coordinator_agency_id", IdOrNull(d.coordinator_agency)},
          {"year", d.year},
          {"title", d.title},
          {"theme", d.theme},
          {"summary", d.summary},
          {"chair", d.chair},
          {"form", DialogueFormName(d.form)},
          {"venue", d.venue},
          {"held_on", d.held_on.ToIso()},
          {"plan_published_on", DateOrNull(d.plan_published_on)},
          {"conclusion_issued_on", DateOrNull(d.conclusion_issued_on)},
          {"complex", d.complex},
          {"intake_open", d.intake_open}};
}

json Snapshot(const Milestone& m) {
  return {{"id", m.id.value},
          {"dialogue_id", m.dialogue.value},
          {"title", m.title},
          {"due_on", m.due_on.ToIso()},
          {"agency_id", IdOrNull(m.agency)},
          {"done_on", DateOrNull(m.done_on)}};
}

json Snapshot(const Question& q) {
  return {{"id", q.id.value},
          {"dialogue_id", q.dialogue.value},
          {"tracking_code", q.tracking_code},
          {"text", q.text},
          {"channel", ChannelName(q.channel)},
          {"branch", q.branch},
          {"represents", q.represents},
          {"screening", ScreeningName(q.screening)},
          {"screening_note", q.screening_note},
          {"duplicate_of", IdOrNull(q.duplicate_of)},
          {"issue_id", IdOrNull(q.issue)}};
}

json Snapshot(const Issue& i) {
  json coordinating = json::array();
  for (auto a : i.coordinating) coordinating.push_back(a.value);
  return {{"id", i.id.value},
          {"dialogue_id", i.dialogue.value},
          {"title", i.title},
          {"lead_agency_id", IdOrNull(i.lead_agency)},
          {"coordinating_agency_ids", coordinating},
          {"answer_due_on", DateOrNull(i.answer_due_on)}};
}

json Snapshot(const Answer& a) {
  return {{"issue_id", a.issue.value},
          {"agency_id", a.agency.value},
          {"body", a.body},
          {"timing", AnswerTimingName(a.timing)},
          {"status", AnswerStatusName(a.status)},
          {"return_reason", a.return_reason},
          {"submitted_at", InstantOrNull(a.submitted_at)},
          {"decided_at", InstantOrNull(a.decided_at)}};
}

Status Record(Tx& tx, Instant at, const std::optional<UserId>& user, std::string action,
              std::string entity, int64_t entity_id, const json& before, const json& after) {
  AuditEntry e;
  e.at = at;
  e.user = user;
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = entity_id;
  e.before_json = before.is_null() ? "" : before.dump();
  e.after_json = after.is_null() ? "" : after.dump();
  return tx.audit().Append(std::move(e));
}

}  // namespace doithoai
