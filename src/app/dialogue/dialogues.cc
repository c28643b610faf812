#include "app/dialogue/dialogues.h"

#include "app/audit_trail.h"
#include "domain/access/dialogue_access.h"
#include "domain/access/permissions.h"
#include "domain/dialogue/intake.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

constexpr size_t kShortMax = 300;
constexpr size_t kSummaryMax = 20000;

void ApplyText(const std::optional<std::string>& raw, std::string& out, const char* field,
               size_t max, bool required, text::Lines lines, FieldErrors& errors) {
  if (!raw) {
    if (required && out.empty()) errors.Add(field, "bắt buộc");
    return;
  }
  auto s = text::CleanText(*raw, lines);
  if (!s) return errors.Add(field, "không phải văn bản UTF-8 hợp lệ");
  if (required && s->empty()) return errors.Add(field, "bắt buộc");
  if (text::CodePointCount(*s) > max) return errors.Add(field, "quá dài");
  out = std::move(*s);
}

void ApplyDate(const std::optional<std::string>& raw, bool clear, std::optional<Date>& out,
               const char* field, FieldErrors& errors) {
  if (clear) out.reset();
  if (!raw) return;
  auto d = Date::Parse(*raw);
  if (!d) return errors.Add(field, "ngày không hợp lệ (định dạng YYYY-MM-DD)");
  out = d;
}

// Applies `in` over `d` and checks the whole result. Dates must agree with the plan: the
// year is the year of the dialogue; the plan is published before the dialogue; the
// conclusion is issued on or after it.
Status Apply(const DialogueFields& in, Dialogue& d) {
  FieldErrors errors;
  if (in.year) d.year = *in.year;
  if (d.year < 2000 || d.year > 2100) errors.Add("year", "năm không hợp lệ");
  ApplyText(in.title, d.title, "title", kShortMax, true, text::Lines::kSingle, errors);
  ApplyText(in.theme, d.theme, "theme", kShortMax * 2, false, text::Lines::kSingle, errors);
  ApplyText(in.summary, d.summary, "summary", kSummaryMax, false, text::Lines::kMultiple, errors);
  ApplyText(in.chair, d.chair, "chair", kShortMax, false, text::Lines::kSingle, errors);
  ApplyText(in.venue, d.venue, "venue", kShortMax, false, text::Lines::kSingle, errors);
  if (in.form) {
    if (auto f = ParseDialogueForm(*in.form)) {
      d.form = *f;
    } else {
      errors.Add("form", "hình thức phải là direct, online hoặc hybrid");
    }
  }
  if (in.held_on) {
    if (auto h = Date::Parse(*in.held_on)) {
      d.held_on = *h;
    } else {
      errors.Add("held_on", "ngày không hợp lệ (định dạng YYYY-MM-DD)");
    }
  } else if (d.held_on == Date()) {
    errors.Add("held_on", "bắt buộc");
  }
  ApplyDate(in.plan_published_on, in.clear_plan_published_on, d.plan_published_on,
            "plan_published_on", errors);
  ApplyDate(in.conclusion_issued_on, in.clear_conclusion_issued_on, d.conclusion_issued_on,
            "conclusion_issued_on", errors);
  ApplyDate(in.intake_closes_on, in.clear_intake_closes_on, d.intake_closes_on, "intake_closes_on",
            errors);
  if (in.complex) d.complex = *in.complex;
  if (in.intake_open) d.intake_open = *in.intake_open;
  if (errors.empty()) {
    if (d.held_on.year() != d.year)
      errors.Add("held_on", "ngày đối thoại phải thuộc năm " + std::to_string(d.year));
    if (d.plan_published_on && *d.plan_published_on > d.held_on) {
      errors.Add("plan_published_on", "kế hoạch phải được công bố trước ngày đối thoại");
    }
    if (d.conclusion_issued_on && *d.conclusion_issued_on < d.held_on) {
      errors.Add("conclusion_issued_on", "thông báo kết luận không thể trước ngày đối thoại");
    }
    ValidateIntakeDates(d, errors);
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

Result<Unit> HostUnit(Tx& tx, UnitId id) {
  auto u = tx.units().Find(id);
  if (!u) return Error::Invalid("unit_id", "đơn vị không tồn tại");
  return *u;
}

Status CheckCoordinatorAgency(Tx& tx, const Dialogue& d) {
  if (!d.coordinator_agency) return Ok();
  auto a = tx.agencies().Find(*d.coordinator_agency);
  if (!a || a->unit != d.unit) {
    return Error::Invalid("coordinator_agency_id", "cơ quan không thuộc đơn vị tổ chức");
  }
  return Ok();
}

}  // namespace

Result<Dialogue> CreateDialogue(Context& ctx, const Actor& actor, const DialogueFields& in) {
  if (!in.unit_id) return Error::Invalid("unit_id", "bắt buộc");
  Dialogue d;
  d.unit = UnitId(*in.unit_id);
  if (in.coordinator_agency_id) d.coordinator_agency = AgencyId(*in.coordinator_agency_id);
  DT_RETURN_IF_ERROR(Apply(in, d));
  return WriteValue<Dialogue>(ctx.store, [&](Tx& tx) -> Result<Dialogue> {
    DT_ASSIGN_OR_RETURN(Unit unit, HostUnit(tx, d.unit));
    if (!CanPlanDialogue(actor, unit.path)) return Error::Forbidden();
    DT_RETURN_IF_ERROR(CheckCoordinatorAgency(tx, d));
    DT_ASSIGN_OR_RETURN(Dialogue stored, tx.dialogues().Insert(d));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "dialogue.created", "dialogue",
                              stored.id.value, nullptr, Snapshot(stored)));
    return stored;
  });
}

Result<Dialogue> UpdateDialogue(Context& ctx, const Actor& actor, DialogueId id,
                                const DialogueFields& in) {
  if (in.unit_id) return Error::Invalid("unit_id", "không thể đổi đơn vị tổ chức");
  return WriteValue<Dialogue>(ctx.store, [&](Tx& tx) -> Result<Dialogue> {
    auto d = tx.dialogues().Find(id);
    if (!d) return Error::NotFound("chương trình đối thoại");
    DT_ASSIGN_OR_RETURN(Unit unit, HostUnit(tx, d->unit));
    if (!CanPlanDialogue(actor, unit.path)) return Error::Forbidden();
    auto before = Snapshot(*d);
    if (in.coordinator_agency_id) d->coordinator_agency = AgencyId(*in.coordinator_agency_id);
    DT_RETURN_IF_ERROR(Apply(in, *d));
    DT_RETURN_IF_ERROR(CheckCoordinatorAgency(tx, *d));
    DT_RETURN_IF_ERROR(tx.dialogues().Update(*d));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "dialogue.updated", "dialogue",
                              id.value, before, Snapshot(*d)));
    return *d;
  });
}

Result<Milestone> AddMilestone(Context& ctx, const Actor& actor, DialogueId id,
                               const MilestoneInput& in) {
  FieldErrors errors;
  Milestone m;
  m.dialogue = id;
  ApplyText(in.title, m.title, "title", kShortMax, true, text::Lines::kSingle, errors);
  auto due = Date::Parse(in.due_on);
  if (!due) errors.Add("due_on", "ngày không hợp lệ (định dạng YYYY-MM-DD)");
  if (!errors.empty()) return errors.ToError();
  m.due_on = *due;
  if (in.agency_id) m.agency = AgencyId(*in.agency_id);
  return WriteValue<Milestone>(ctx.store, [&](Tx& tx) -> Result<Milestone> {
    auto d = tx.dialogues().Find(id);
    if (!d) return Error::NotFound("chương trình đối thoại");
    DT_ASSIGN_OR_RETURN(Unit unit, HostUnit(tx, d->unit));
    if (!CanPlanDialogue(actor, unit.path)) return Error::Forbidden();
    // A plan's steps fall between the start of the dialogue's year and the conclusion.
    if (m.due_on < Date(d->year, 1, 1) || m.due_on > d->held_on.AddDays(kConclusionDaysComplex)) {
      return Error::Invalid("due_on",
                            "hạn phải trong năm đối thoại và không sau hạn ban hành kết luận");
    }
    if (m.agency) {
      auto a = tx.agencies().Find(*m.agency);
      if (!a) return Error::Invalid("agency_id", "cơ quan không tồn tại");
    }
    DT_ASSIGN_OR_RETURN(Milestone stored, tx.dialogues().InsertMilestone(m));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "milestone.created", "milestone",
                              stored.id.value, nullptr, Snapshot(stored)));
    return stored;
  });
}

Result<Milestone> SetMilestoneDone(Context& ctx, const Actor& actor, DialogueId dialogue,
                                   MilestoneId id, const std::optional<std::string>& done_on) {
  std::optional<Date> done;
  if (done_on) {
    done = Date::Parse(*done_on);
    if (!done) return Error::Invalid("done_on", "ngày không hợp lệ (định dạng YYYY-MM-DD)");
    if (*done > ctx.clock.Today()) return Error::Invalid("done_on", "không thể ở tương lai");
  }
  return WriteValue<Milestone>(ctx.store, [&](Tx& tx) -> Result<Milestone> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    std::optional<Milestone> m;
    for (auto& x : tx.dialogues().Milestones(dialogue)) {
      if (x.id == id) m = x;
    }
    if (!m) return Error::NotFound("mốc kế hoạch");
    DT_ASSIGN_OR_RETURN(Unit unit, HostUnit(tx, d->unit));
    if (!CanPlanDialogue(actor, unit.path)) return Error::Forbidden();
    auto before = Snapshot(*m);
    m->done_on = done;
    DT_RETURN_IF_ERROR(tx.dialogues().UpdateMilestone(*m));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "milestone.updated", "milestone",
                              id.value, before, Snapshot(*m)));
    return *m;
  });
}

Result<std::vector<DialogueSummaryView>> ListDialogues(Context& ctx, const Actor* viewer) {
  using Out = std::vector<DialogueSummaryView>;
  Date today = ctx.clock.Today();
  return ReadValue<Out>(ctx.store, [&](Tx& tx) -> Result<Out> {
    Out out;
    for (auto& d : tx.dialogues().List()) {
      auto unit = tx.units().Find(d.unit);
      if (unit && CanSeeDialogue(viewer, d, unit->path, today)) {
        IntakeState intake = IntakeOn(d, today);
        out.push_back({std::move(d), std::move(*unit), intake});
      }
    }
    return out;
  });
}

Result<DialogueView> GetDialogue(Context& ctx, DialogueId id, const Actor* viewer) {
  Date today = ctx.clock.Today();
  return ReadValue<DialogueView>(ctx.store, [&](Tx& tx) -> Result<DialogueView> {
    auto d = tx.dialogues().Find(id);
    if (!d) return Error::NotFound("chương trình đối thoại");
    DialogueView v;
    v.dialogue = *d;
    v.unit = tx.units().Find(d->unit).value_or(Unit{});
    // Not yet public is not found, as for an id that does not exist.
    if (!CanSeeDialogue(viewer, *d, v.unit.path, today)) {
      return Error::NotFound("chương trình đối thoại");
    }
    v.milestones = tx.dialogues().Milestones(id);
    v.clocks = ComputeClocks(*d, v.milestones, today);
    v.intake = IntakeOn(*d, today);
    for (const auto& m : v.milestones) {
      if (m.agency) {
        if (auto a = tx.agencies().Find(*m.agency)) v.agencies[a->id] = *a;
      }
    }
    v.question_count = tx.questions().Count(id, QuestionFilter{});
    v.published_answer_count = tx.answers().CountPublished(id);
    return v;
  });
}

}  // namespace doithoai
