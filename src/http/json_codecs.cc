#include "http/json_codecs.h"

#include "app/audit_trail.h"
#include "core/json_values.h"

namespace doithoai::http {

// Units and agencies hold nothing private: the API shows what the audit log records.
json UnitJson(const Unit& u) { return Snapshot(u); }
json AgencyJson(const Agency& a) { return Snapshot(a); }

json AgencyRef(const std::map<AgencyId, Agency>& agencies, std::optional<AgencyId> id) {
  if (!id) return nullptr;
  auto it = agencies.find(*id);
  return {{"id", id->value}, {"name", it == agencies.end() ? "" : it->second.name}};
}

// Whether the dialogue takes questions today and until when (issue 13).
json IntakeJson(const Dialogue& d, IntakeState state) {
  return {{"state", IntakeStateName(state)},
          {"open", state == IntakeState::kOpen},
          {"closes_on", DateOrNull(d.intake_closes_on)}};
}

json DialogueSummaryJson(const Dialogue& d, const Unit& unit, IntakeState intake) {
  return {{"id", d.id.value},
          {"title", d.title},
          {"theme", d.theme},
          {"year", d.year},
          {"held_on", d.held_on.ToIso()},
          {"unit", {{"id", unit.id.value}, {"name", unit.name}}},
          {"form", DialogueFormName(d.form)},
          {"venue", d.venue},
          {"intake", IntakeJson(d, intake)}};
}

json MilestoneJson(const Milestone& m, const std::map<AgencyId, Agency>& agencies) {
  return {{"id", m.id.value},
          {"title", m.title},
          {"due_on", m.due_on.ToIso()},
          {"done_on", DateOrNull(m.done_on)},
          {"agency", AgencyRef(agencies, m.agency)}};
}

json DialogueDetailJson(const DialogueView& v) {
  json out = DialogueSummaryJson(v.dialogue, v.unit, v.intake);
  const Dialogue& d = v.dialogue;
  out["summary"] = d.summary;
  out["chair"] = d.chair;
  out["intake_open"] = d.intake_open;
  out["intake_closes_on"] = DateOrNull(d.intake_closes_on);
  out["complex"] = d.complex;
  out["plan_published_on"] = DateOrNull(d.plan_published_on);
  out["conclusion_issued_on"] = DateOrNull(d.conclusion_issued_on);
  json clocks = json::array();
  for (const auto& c : v.clocks) {
    clocks.push_back({{"key", c.key},
                      {"title", c.title},
                      {"rule", c.rule},
                      {"due_on", c.due_on.ToIso()},
                      {"done_on", DateOrNull(c.done_on)},
                      {"state", ClockStateName(c.state)}});
  }
  out["clocks"] = clocks;
  json milestones = json::array();
  for (const auto& m : v.milestones) milestones.push_back(MilestoneJson(m, v.agencies));
  out["milestones"] = milestones;
  out["stats"] = {{"questions", v.question_count}, {"published_answers", v.published_answer_count}};
  return out;
}

json SubmittedJson(const Submitted& s) {
  return {{"tracking_code", s.tracking_code},
          {"status", PublicStatusName(s.status)},
          {"status_label", PublicStatusLabel(s.status)},
          {"submitted_at", s.submitted_at.ToIso()}};
}

json TrackingJson(const Tracking& t) {
  json answer = nullptr;
  if (t.answer) {
    json agency = nullptr;
    if (t.answering_agency)
      agency = {{"id", t.answering_agency->id.value}, {"name", t.answering_agency->name}};
    answer = {{"body", t.answer->body},
              {"agency", agency},
              {"published_at", InstantOrNull(t.answer->published_at)}};
  }
  json duplicate = nullptr;
  if (t.original_issue) {
    duplicate = {{"issue_id", t.original_issue->value}, {"answered", t.original_answered}};
  }
  json timeline = json::array();
  for (const TimelineStep& s : t.timeline) {
    timeline.push_back({{"step", s.kind},
                        {"label", s.label},
                        {"state", StepStateName(s.state)},
                        {"at", InstantOrNull(s.at)},
                        {"due", s.due ? json(s.due->ToIso()) : json(nullptr)},
                        {"late", s.late},
                        {"detail", s.detail}});
  }
  return {
      {"tracking_code", t.question.tracking_code},
      {"text", t.shows_question ? json(t.question.text) : json(nullptr)},
      {"submitted_at", t.shows_question ? json(t.question.submitted_at.ToIso()) : json(nullptr)},
      {"status", PublicStatusName(t.status)},
      {"status_label", PublicStatusLabel(t.status)},
      {"dialogue", {{"id", t.question.dialogue.value}, {"title", t.dialogue_title}}},
      {"answer", answer},
      {"closed_reason", t.status == PublicStatus::kOutOfScope && t.shows_question
                            ? json(t.question.screening_note)
                            : json(nullptr)},
      {"duplicate_of", duplicate},
      {"timeline", timeline}};
}

json PublishedPageJson(const PublishedPage& p) {
  json items = json::array();
  for (const auto& x : p.items) {
    json questions = json::array();
    for (const auto& text : x.question_texts) questions.push_back({{"text", text}});
    items.push_back({{"issue_id", x.issue.id.value},
                     {"title", x.issue.title},
                     {"agency", AgencyRef(p.agencies, x.answer.agency)},
                     {"body", x.answer.body},
                     {"timing", AnswerTimingName(x.answer.timing)},
                     {"published_at", InstantOrNull(x.answer.published_at)},
                     {"question_count", x.question_count},
                     {"support_count", x.support_count},
                     {"questions", questions}});
  }
  return {{"items", items}, {"total", p.total}};
}

json StaffQuestionJson(const StaffQuestion& v) {
  const Question& q = v.question;
  json asker = nullptr;
  if (v.asker_visible) {
    asker = {{"name", q.asker_name},
             {"age", q.age ? json(*q.age) : json(nullptr)},
             {"has_contact", v.has_contact}};
  }
  return {{"id", q.id.value},
          {"tracking_code", q.tracking_code},
          {"text", q.text},
          {"age_band", v.age_band ? json(*v.age_band) : json(nullptr)},
          {"asker", asker},
          {"channel", ChannelName(q.channel)},
          {"branch", q.branch},
          {"represents", q.represents},
          {"submitted_at", q.submitted_at.ToIso()},
          {"screening", ScreeningName(q.screening)},
          {"screening_note", q.screening_note},
          {"duplicate_of", IdOrNull(q.duplicate_of)},
          {"issue_id", IdOrNull(q.issue)}};
}

json AskerContactJson(const AskerContact& c) {
  return {{"question_id", c.question.value},
          {"tracking_code", c.tracking_code},
          {"asker_name", c.asker_name},
          {"asker_contact", c.asker_contact}};
}

json AnswerJson(const Answer& a) {
  return {{"body", a.body},
          {"timing", AnswerTimingName(a.timing)},
          {"status", AnswerStatusName(a.status)},
          {"return_reason", a.return_reason},
          {"submitted_at", InstantOrNull(a.submitted_at)},
          {"decided_at", InstantOrNull(a.decided_at)},
          {"published_at", InstantOrNull(a.published_at)}};
}

json IssueJson(const IssueView& v, const std::map<AgencyId, Agency>& agencies) {
  json coordinating = json::array();
  for (auto a : v.issue.coordinating) coordinating.push_back(AgencyRef(agencies, a));
  json out = {{"id", v.issue.id.value},
              {"dialogue_id", v.issue.dialogue.value},
              {"title", v.issue.title},
              {"lead_agency", AgencyRef(agencies, v.issue.lead_agency)},
              {"coordinating_agencies", coordinating},
              {"answer_due_on", DateOrNull(v.issue.answer_due_on)},
              {"routed_at", InstantOrNull(v.issue.routed_at)},
              {"late", v.late},
              {"question_count", v.question_count},
              {"support_count", v.support_count},
              {"answer", v.answer ? AnswerJson(*v.answer) : json(nullptr)}};
  return out;
}

json DashboardJson(const Dashboard& d) {
  json agencies = json::array();
  for (const auto& row : d.agencies) {
    agencies.push_back({{"agency", AgencyRef(d.agency_names, row.agency)},
                        {"routed", row.routed},
                        {"answered", row.answered},
                        {"approved", row.approved},
                        {"late", row.late}});
  }
  return {{"dialogue_id", d.dialogue.value},
          {"today", d.today.ToIso()},
          {"agencies", agencies},
          {"questions",
           {{"total", d.total},
            {"new", d.fresh},
            {"accepted", d.accepted},
            {"duplicate", d.duplicate},
            {"out_of_scope", d.out_of_scope},
            {"grouped", d.grouped}}}};
}

json UserJson(const UserView& v) {
  json grants = json::array();
  for (const auto& g : v.grants) {
    grants.push_back(
        {{"role", RoleName(g.role)}, {"unit_id", g.unit.value}, {"agency_id", IdOrNull(g.agency)}});
  }
  return {{"id", v.user.id.value},
          {"username", v.user.username},
          {"display_name", v.user.display_name},
          {"active", v.user.active},
          {"created_at", v.user.created_at.ToIso()},
          {"grants", grants}};
}

json AuditJson(const AuditEntry& e) {
  auto parse = [](const std::string& s) {
    return s.empty() ? json(nullptr) : json::parse(s, nullptr, false);
  };
  return {{"id", e.id},
          {"at", e.at.ToIso()},
          {"user_id", IdOrNull(e.user)},
          {"action", e.action},
          {"entity", e.entity},
          {"entity_id", e.entity_id},
          {"unit_id", IdOrNull(e.unit)},
          {"area", AuditAreaName(e.area)},
          {"before", parse(e.before_json)},
          {"after", parse(e.after_json)}};
}

}  // namespace doithoai::http
