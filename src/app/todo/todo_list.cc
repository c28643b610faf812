// Counting what waits for one user. Each count applies the rule of the page where the work is
// done, so a count never promises work the page would refuse: answers to approve
// (CanDecideAnswer), questions and issues to handle (CanCoordinate), answers to draft for the
// user's agencies (CanDraftAnswer), tasks of the user's bodies (TaskAgencies), the overdue tasks
// of the unit the user watches (CanWatchTasks), values the user's units report (CanReportFor,
// MayEnter).
#include "app/todo/todo_list.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/indicator/indicator_ports.h"
#include "domain/access/dialogue_access.h"
#include "domain/access/permissions.h"
#include "domain/dialogue/clocks.h"
#include "domain/indicator/indicator_access.h"
#include "domain/task/deadline.h"
#include "domain/unit/unit.h"

namespace doithoai {
namespace {

bool Contains(const std::vector<AgencyId>& ids, AgencyId id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void CountIssues(Tx& tx, const Actor& actor, DialogueCounts& out, bool decides,
                 const std::vector<AgencyId>& mine, Date today) {
  std::map<IssueId, Answer> answers;
  for (auto& a : tx.answers().ListByDialogue(out.dialogue)) answers.emplace(a.issue, std::move(a));
  for (const auto& issue : tx.issues().ListByDialogue(out.dialogue)) {
    if (!issue.lead_agency) {
      ++out.issues_to_route;
      continue;
    }
    auto it = answers.find(issue.id);
    std::optional<AnswerStatus> status;
    if (it != answers.end()) status = it->second.status;
    if (decides && status == AnswerStatus::kSubmitted) {
      out.answers_to_approve.Add(issue.answer_due_on, today);
    }
    if (!Contains(mine, *issue.lead_agency) ||
        !CanDraftAnswer(actor, out.unit_path, *issue.lead_agency)) {
      continue;
    }
    if (!status || status == AnswerStatus::kDraft) {
      out.answers_to_draft.Add(issue.answer_due_on, today);
    } else if (status == AnswerStatus::kReturned) {
      out.answers_returned.Add(issue.answer_due_on, today);
    }
  }
}

std::vector<DialogueCounts> CountDialogues(Tx& tx, const Actor& actor, Date today) {
  std::vector<DialogueCounts> out;
  std::vector<AgencyId> mine = OfficerAgencies(actor);
  for (auto& d : tx.dialogues().List()) {
    auto unit = tx.units().Find(d.unit);
    if (!unit || !CanSeeDialogue(&actor, d, unit->path, today)) continue;
    DialogueCounts c;
    c.dialogue = d.id;
    c.title = d.title;
    c.unit_path = unit->path;
    c.held_on = d.held_on;
    c.conclusion_issued_on = d.conclusion_issued_on;
    c.complex = d.complex;
    bool coordinates = CanCoordinate(actor, unit->path);
    if (coordinates) {
      QuestionFilter fresh;
      fresh.screening = Screening::kNew;
      c.questions_to_screen = static_cast<int>(tx.questions().Count(d.id, fresh));
      QuestionFilter loose;
      loose.screening = Screening::kAccepted;
      loose.grouped = false;
      c.questions_to_group = static_cast<int>(tx.questions().Count(d.id, loose));
    }
    bool decides = CanDecideAnswer(actor, unit->path);
    if (coordinates || decides || !mine.empty()) CountIssues(tx, actor, c, decides, mine, today);
    if (!coordinates) c.issues_to_route = 0;  // routing is the coordinator's
    out.push_back(std::move(c));
  }
  return out;
}

// Open tasks due within kDueSoonDays or overdue.
bool Pressing(TaskStatus s, std::optional<Date> due, Date today) {
  if (!IsOpen(s)) return false;
  return s == TaskStatus::kOverdue || (due && today.DaysUntil(*due) <= kDueSoonDays);
}

void CountTasks(Tx& tx, const Actor& actor, TodoCounts& out, Date today) {
  for (const auto& t : tx.tasks().ListForAgencies(TaskAgencies(actor))) {
    std::optional<Date> due = DueInCycle(t.deadline, today);
    if (Pressing(StatusOf(t.deadline, t.progress, today), due, today)) {
      out.tasks_of_my_bodies.Add(due, today);
    }
  }
  // The widest unit the user watches as a coordinator or leader (CanWatchTasks).
  const RoleGrant* widest = nullptr;
  for (const auto& g : actor.grants) {
    if (g.role != Role::kCoordinator && g.role != Role::kLeader) continue;
    if (!widest || g.unit_path.size() < widest->unit_path.size()) widest = &g;
  }
  if (!widest || !CanWatchTasks(actor, widest->unit_path)) return;
  if (auto unit = tx.units().Find(widest->unit)) out.watched_unit_name = unit->name;
  for (const auto& r : tx.tasks().StatusRowsInSubtree(widest->unit_path)) {
    if (StatusOf(r.deadline, r.progress, today) == TaskStatus::kOverdue) {
      out.tasks_late_in_scope.Add(DueInCycle(r.deadline, today), today);
    }
  }
}

// The units the user enters values for: those of their reporting grants.
std::vector<RoleGrant> ReportingGrants(const Actor& actor) {
  std::vector<RoleGrant> out;
  std::set<int64_t> seen;
  for (const auto& g : actor.grants) {
    if (g.role != Role::kCoordinator && g.role != Role::kAgencyOfficer &&
        g.role != Role::kYouthUnion) {
      continue;
    }
    if (CanReportFor(actor, g.unit_path) && seen.insert(g.unit.value).second) out.push_back(g);
  }
  return out;
}

void CountRounds(Tx& tx, const Actor& actor, TodoCounts& out, Date today) {
  std::vector<RoleGrant> grants = ReportingGrants(actor);
  if (grants.empty()) return;
  IndicatorRepository& ind = tx.indicators();
  for (const auto& p : ind.ListProgrammes()) {
    size_t indicators = ind.ListIndicators(p.id).size();
    if (indicators == 0) continue;
    for (const auto& r : ind.ListRounds(p.id)) {
      if (PhaseOn(r, today) == RoundPhase::kNotOpen) continue;
      std::vector<RoundException> exceptions;
      bool exceptions_loaded = false;
      std::vector<EnteredReport> entered;
      bool entered_loaded = false;
      for (const auto& g : grants) {
        if (std::find(r.units.begin(), r.units.end(), g.unit) == r.units.end()) continue;
        if (!exceptions_loaded) exceptions = ind.Exceptions(r.id), exceptions_loaded = true;
        if (!MayEnter(r, g.unit, exceptions, today).ok()) continue;
        if (!entered_loaded) entered = ind.Entered(r.id), entered_loaded = true;
        std::set<int64_t> done;
        for (const auto& e : entered) {
          if (e.unit == g.unit) done.insert(e.indicator.value);
        }
        RoundCounts c;
        c.round = r.id;
        c.programme = p.id;
        c.programme_title = p.title;
        c.period_year = r.period_year;
        c.due_on = r.due_on;
        c.missing = static_cast<int>(indicators - std::min(indicators, done.size()));
        c.late_entry = today > r.due_on;
        if (auto unit = tx.units().Find(g.unit)) c.unit_name = unit->name;
        if (c.missing > 0) out.rounds.push_back(std::move(c));
      }
    }
  }
}

}  // namespace

Result<TodoList> GetTodoList(Context& ctx, const Actor& actor) {
  Date today = ctx.clock.Today();
  return ReadValue<TodoList>(ctx.store, [&](Tx& tx) -> Result<TodoList> {
    TodoCounts counts;
    counts.dialogues = CountDialogues(tx, actor, today);
    CountTasks(tx, actor, counts, today);
    CountRounds(tx, actor, counts, today);
    TodoList out;
    out.landing = LandingFor(actor);
    out.today = today;
    out.items = AssembleTodo(actor, counts, today);
    return out;
  });
}

}  // namespace doithoai
