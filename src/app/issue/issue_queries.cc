#include <algorithm>

#include "app/issue/issues.h"
#include "domain/access/asker_access.h"
#include "domain/access/permissions.h"

namespace doithoai {
namespace {

void Remember(Tx& tx, std::map<AgencyId, Agency>& agencies, std::optional<AgencyId> id) {
  if (!id || agencies.count(*id)) return;
  if (auto a = tx.agencies().Find(*id)) agencies[*id] = *a;
}

IssueView ViewOf(Tx& tx, const Issue& issue, Date today, std::map<AgencyId, Agency>& agencies) {
  IssueView v;
  v.issue = issue;
  v.answer = tx.answers().Find(issue.id);
  QuestionFilter f;
  f.issue = issue.id;
  v.question_count = tx.questions().Count(issue.dialogue, f);
  v.support_count = tx.issues().CountSupport(issue.id);
  v.late = IsAnswerLate(issue, v.answer, today);
  Remember(tx, agencies, issue.lead_agency);
  for (auto a : issue.coordinating) Remember(tx, agencies, a);
  return v;
}

bool MayView(const Actor& actor, const Unit& unit, const Issue& issue) {
  std::span<const AgencyId> coordinating(issue.coordinating);
  if (issue.lead_agency) return CanViewIssue(actor, unit.path, *issue.lead_agency, coordinating);
  return CanHandleQuestions(actor, unit.path);  // not routed yet: handlers only
}

}  // namespace

Result<IssueList> ListIssues(Context& ctx, const Actor& actor, DialogueId dialogue) {
  Date today = ctx.clock.Today();
  return ReadValue<IssueList>(ctx.store, [&](Tx& tx) -> Result<IssueList> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit) return Error::NotFound("đơn vị");
    IssueList out;
    bool any_visible_role =
        CanHandleQuestions(actor, unit->path) || !OfficerAgencies(actor).empty();
    if (!any_visible_role) return Error::Forbidden();
    for (const auto& issue : tx.issues().ListByDialogue(dialogue)) {
      if (MayView(actor, *unit, issue)) out.items.push_back(ViewOf(tx, issue, today, out.agencies));
    }
    return out;
  });
}

Result<IssueList> GetIssue(Context& ctx, const Actor& actor, IssueId id) {
  Date today = ctx.clock.Today();
  return ReadValue<IssueList>(ctx.store, [&](Tx& tx) -> Result<IssueList> {
    auto issue = tx.issues().Find(id);
    if (!issue) return Error::NotFound("nhóm vấn đề");
    auto d = tx.dialogues().Find(issue->dialogue);
    auto unit = d ? tx.units().Find(d->unit) : std::nullopt;
    if (!unit) return Error::NotFound("đơn vị");
    // Not visible reads as not found, so ids of other agencies' issues are not confirmed.
    if (!MayView(actor, *unit, *issue)) return Error::NotFound("nhóm vấn đề");
    IssueList out;
    IssueView v = ViewOf(tx, *issue, today, out.agencies);
    QuestionFilter f;
    f.issue = id;
    f.limit = static_cast<int64_t>(kIssueMaxQuestions);
    // The lead and coordinating agencies answer the question, not the youth: who asked only
    // for those who may see the dialogue's askers (asker_access.h).
    bool askers = CanSeeAskers(actor, unit->path);
    for (auto& q : tx.questions().List(issue->dialogue, f)) {
      v.questions.push_back(StaffViewOf(std::move(q), askers));
    }
    out.items.push_back(std::move(v));
    return out;
  });
}

Result<Dashboard> GetDashboard(Context& ctx, const Actor& actor, DialogueId dialogue) {
  Date today = ctx.clock.Today();
  return ReadValue<Dashboard>(ctx.store, [&](Tx& tx) -> Result<Dashboard> {
    auto d = tx.dialogues().Find(dialogue);
    if (!d) return Error::NotFound("chương trình đối thoại");
    auto unit = tx.units().Find(d->unit);
    if (!unit || !CanDecideAnswer(actor, unit->path)) return Error::Forbidden();
    Dashboard out;
    out.dialogue = dialogue;
    out.today = today;
    auto issues = tx.issues().ListByDialogue(dialogue);
    std::map<IssueId, Answer> answers;
    for (auto& a : tx.answers().ListByDialogue(dialogue)) answers[a.issue] = a;
    out.agencies = ComputeAgencyStats(issues, answers, today);
    for (const auto& row : out.agencies) Remember(tx, out.agency_names, row.agency);
    auto count = [&](std::optional<Screening> s, std::optional<bool> grouped) {
      QuestionFilter f;
      f.screening = s;
      f.grouped = grouped;
      return tx.questions().Count(dialogue, f);
    };
    out.total = count(std::nullopt, std::nullopt);
    out.fresh = count(Screening::kNew, std::nullopt);
    out.accepted = count(Screening::kAccepted, std::nullopt);
    out.duplicate = count(Screening::kDuplicate, std::nullopt);
    out.out_of_scope = count(Screening::kOutOfScope, std::nullopt);
    out.grouped = count(std::nullopt, true);
    return out;
  });
}

}  // namespace doithoai
