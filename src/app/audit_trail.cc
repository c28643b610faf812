#include "app/audit_trail.h"

#include <string>

#include "app/indicator/indicator_ports.h"
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
          {"intake_open", d.intake_open},
          {"intake_closes_on", DateOrNull(d.intake_closes_on)}};
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

namespace {

std::optional<UnitId> HostOf(Tx& tx, std::optional<DialogueId> dialogue) {
  if (!dialogue) return std::nullopt;
  auto d = tx.dialogues().Find(*dialogue);
  return d ? std::optional(d->unit) : std::nullopt;
}

std::optional<DialogueId> DialogueIn(const json& snapshot) {
  if (!snapshot.is_object() || !snapshot.contains("dialogue_id")) return std::nullopt;
  const json& id = snapshot["dialogue_id"];
  return id.is_number_integer() ? std::optional(DialogueId(id.get<int64_t>())) : std::nullopt;
}

std::optional<UnitId> ProgrammeUnit(Tx& tx, ProgrammeId id) {
  auto p = tx.indicators().FindProgramme(id);
  return p ? std::optional(p->unit) : std::nullopt;
}

// The nearest unit whose subtree holds every unit of the account's grants, before and after
// the change: the administrators of that unit (and above) read the entry. None without
// grants, or when a unit is gone.
std::optional<UnitId> AccountUnit(Tx& tx, const json& before, const json& after) {
  std::optional<std::string> common;
  for (const json* snapshot : {&before, &after}) {
    if (!snapshot->is_object() || !snapshot->contains("grants")) continue;
    for (const auto& g : (*snapshot)["grants"]) {
      if (!g.contains("unit_id") || !g["unit_id"].is_number_integer()) continue;
      auto unit = tx.units().Find(UnitId(g["unit_id"].get<int64_t>()));
      if (!unit) return std::nullopt;
      if (!common) {
        common = unit->path;
        continue;
      }
      size_t n = 0;
      while (n < common->size() && n < unit->path.size() && (*common)[n] == unit->path[n]) ++n;
      common->resize(common->rfind('/', n - 1) + 1);  // cut back to a whole path "/1/14/"
    }
  }
  if (!common || common->size() < 3) return std::nullopt;
  size_t start = common->rfind('/', common->size() - 2) + 1;
  return UnitId(std::stoll(common->substr(start, common->size() - 1 - start)));
}

}  // namespace

std::optional<UnitId> AuditUnitOf(Tx& tx, std::string_view entity, int64_t entity_id,
                                  const json& before, const json& after) {
  if (entity == "unit") {
    auto u = tx.units().Find(UnitId(entity_id));
    return u ? std::optional(u->id) : std::nullopt;
  }
  if (entity == "agency") {
    auto a = tx.agencies().Find(AgencyId(entity_id));
    return a ? std::optional(a->unit) : std::nullopt;
  }
  if (entity == "user") return AccountUnit(tx, before, after);
  if (entity == "dialogue") return HostOf(tx, DialogueId(entity_id));
  if (entity == "milestone" || entity == "import_batch" || entity == "live_entry" ||
      entity == "delegate") {
    auto d = DialogueIn(after);
    return HostOf(tx, d ? d : DialogueIn(before));
  }
  if (entity == "question") {
    auto q = tx.questions().Find(QuestionId(entity_id));
    return q ? HostOf(tx, q->dialogue) : std::nullopt;
  }
  if (entity == "issue" || entity == "answer") {  // an answer is filed under its issue's id
    auto i = tx.issues().Find(IssueId(entity_id));
    return i ? HostOf(tx, i->dialogue) : std::nullopt;
  }
  if (entity == "task") {
    auto t = tx.tasks().Find(TaskId(entity_id));
    return t ? std::optional(t->unit) : std::nullopt;
  }
  if (entity == "document") {
    auto d = tx.documents().Find(DocumentId(entity_id));
    return d ? std::optional(d->unit) : std::nullopt;
  }
  if (entity == "indicator_programme") return ProgrammeUnit(tx, ProgrammeId(entity_id));
  if (entity == "indicator") {
    auto i = tx.indicators().FindIndicator(IndicatorId(entity_id));
    return i ? ProgrammeUnit(tx, i->programme) : std::nullopt;
  }
  if (entity == "indicator_round") {
    auto r = tx.indicators().FindRound(RoundId(entity_id));
    return r ? ProgrammeUnit(tx, r->programme) : std::nullopt;
  }
  return std::nullopt;
}

Status Record(Tx& tx, Instant at, const std::optional<UserId>& user, std::string action,
              std::string entity, int64_t entity_id, const json& before, const json& after) {
  AuditEntry e;
  e.unit = AuditUnitOf(tx, entity, entity_id, before, after);
  e.area = AreaOfAction(action);
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
