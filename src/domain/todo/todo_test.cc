#include "domain/todo/todo.h"

#include <gtest/gtest.h>

#include "domain/access/access_test_kit.h"

namespace doithoai {
namespace {

using namespace access_test;

const Date kToday(2025, 3, 20);

DialogueCounts CityDialogue() {
  DialogueCounts d;
  d.dialogue = DialogueId(1);
  d.title = "Đối thoại 2025";
  d.unit_path = std::string(kCity);
  d.held_on = Date(2025, 3, 12);
  return d;
}

const TodoItem* Find(const std::vector<TodoItem>& items, TodoKind kind) {
  for (const auto& i : items) {
    if (i.kind == kind) return &i;
  }
  return nullptr;
}

TEST(Pending, CountsLateAndKeepsTheNearestDueDate) {
  Pending p;
  p.Add(Date(2025, 3, 25), kToday);
  p.Add(Date(2025, 3, 18), kToday);  // late
  p.Add(std::nullopt, kToday);       // no deadline
  EXPECT_EQ(p.count, 3);
  EXPECT_EQ(p.late, 1);
  EXPECT_EQ(p.earliest_due, Date(2025, 3, 18));
}

TEST(Todo, LeaderSeesAnswersToApproveAndTheLateConclusion) {
  TodoCounts c;
  DialogueCounts d = CityDialogue();
  d.answers_to_approve.Add(Date(2025, 3, 30), kToday);
  d.answers_to_approve.Add(Date(2025, 4, 2), kToday);
  d.questions_to_screen = 4;  // a leader does not screen
  c.dialogues.push_back(d);
  auto items = AssembleTodo(With(Role::kLeader, kCity), c, kToday);
  ASSERT_EQ(items.size(), 2u);
  // Youth Law Art. 10(3): held 12/03, conclusion due 22/03 — due soon, so first.
  EXPECT_EQ(items[0].kind, TodoKind::kIssueConclusion);
  EXPECT_EQ(items[0].due_on, Date(2025, 3, 22));
  EXPECT_EQ(items[0].urgency, Urgency::kDueSoon);
  EXPECT_EQ(items[0].view, "documents");
  EXPECT_EQ(items[1].kind, TodoKind::kApproveAnswers);
  EXPECT_EQ(items[1].count, 2);
  EXPECT_EQ(items[1].due_on, Date(2025, 3, 30));
  EXPECT_EQ(items[1].dialogue, DialogueId(1));
  EXPECT_EQ(items[1].view, "issues");
}

TEST(Todo, ConclusionIsLateAfterTenDaysAndFifteenWhenComplex) {
  TodoCounts c;
  c.dialogues.push_back(CityDialogue());
  Date later(2025, 3, 24);
  auto items = AssembleTodo(With(Role::kLeader, kCity), c, later);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].urgency, Urgency::kLate);
  EXPECT_EQ(items[0].late, 1);
  c.dialogues[0].complex = true;
  items = AssembleTodo(With(Role::kLeader, kCity), c, later);
  EXPECT_EQ(items[0].due_on, Date(2025, 3, 27));
  EXPECT_EQ(items[0].urgency, Urgency::kDueSoon);
}

TEST(Todo, NoConclusionItemBeforeTheDialogueNorOnceIssued) {
  TodoCounts c;
  c.dialogues.push_back(CityDialogue());
  EXPECT_TRUE(AssembleTodo(With(Role::kLeader, kCity), c, Date(2025, 3, 11)).empty());
  c.dialogues[0].conclusion_issued_on = Date(2025, 3, 15);
  EXPECT_TRUE(AssembleTodo(With(Role::kLeader, kCity), c, kToday).empty());
}

TEST(Todo, CoordinatorScreensGroupsAndRoutesOnlyInScope) {
  TodoCounts c;
  DialogueCounts d = CityDialogue();
  d.conclusion_issued_on = Date(2025, 3, 15);
  d.questions_to_screen = 4;
  d.questions_to_group = 2;
  d.issues_to_route = 1;
  c.dialogues.push_back(d);
  auto items = AssembleTodo(With(Role::kCoordinator, kCity), c, kToday);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(Find(items, TodoKind::kScreenQuestions)->count, 4);
  EXPECT_EQ(Find(items, TodoKind::kScreenQuestions)->view, "questions");
  EXPECT_EQ(Find(items, TodoKind::kGroupQuestions)->count, 2);
  EXPECT_EQ(Find(items, TodoKind::kRouteIssues)->count, 1);
  // A ward's coordinator does not coordinate the city's dialogue.
  EXPECT_TRUE(AssembleTodo(With(Role::kCoordinator, kWard), c, kToday).empty());
}

TEST(Todo, OfficerDraftsAndFixesReturnedAnswers) {
  TodoCounts c;
  DialogueCounts d = CityDialogue();
  d.conclusion_issued_on = Date(2025, 3, 15);
  d.answers_to_draft.Add(Date(2025, 3, 10), kToday);  // late
  d.answers_returned.Add(Date(2025, 4, 30), kToday);
  d.answers_to_approve.Add(Date(2025, 4, 30), kToday);  // not an officer's to approve
  c.dialogues.push_back(d);
  auto items = AssembleTodo(With(Role::kAgencyOfficer, kCity, kDept), c, kToday);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].kind, TodoKind::kDraftAnswers);
  EXPECT_EQ(items[0].urgency, Urgency::kLate);
  EXPECT_EQ(items[0].late, 1);
  EXPECT_EQ(items[1].kind, TodoKind::kReturnedAnswers);
  EXPECT_EQ(items[1].urgency, Urgency::kNormal);
}

TEST(Todo, TasksAndRoundsOpenUnderTheNewestDialogue) {
  TodoCounts c;
  DialogueCounts d = CityDialogue();
  d.conclusion_issued_on = Date(2025, 3, 15);
  c.dialogues.push_back(d);
  c.tasks_of_my_bodies.Add(Date(2025, 3, 25), kToday);
  c.tasks_late_in_scope.Add(Date(2025, 1, 31), kToday);
  c.watched_unit_name = "Thành phố Hải Phòng";
  RoundCounts r;
  r.period_year = 2025;
  r.programme_title = "Phát triển thanh niên";
  r.unit_name = "Phường Hồng Bàng";
  r.due_on = Date(2025, 11, 30);
  r.missing = 3;
  c.rounds.push_back(r);

  auto officer = AssembleTodo(With(Role::kAgencyOfficer, kWard, kDept), c, kToday);
  ASSERT_EQ(officer.size(), 2u);  // no late-tasks item: an officer does not watch the unit
  EXPECT_EQ(officer[0].kind, TodoKind::kReportTasks);
  EXPECT_EQ(officer[0].urgency, Urgency::kDueSoon);
  EXPECT_EQ(officer[0].dialogue, DialogueId(1));
  EXPECT_EQ(officer[0].view, "tasks");
  EXPECT_EQ(officer[1].kind, TodoKind::kReportIndicators);
  EXPECT_EQ(officer[1].count, 3);
  EXPECT_EQ(officer[1].view, "indicators");

  auto leader = AssembleTodo(With(Role::kLeader, kCity), c, kToday);
  const TodoItem* late = Find(leader, TodoKind::kLateTasks);
  ASSERT_NE(late, nullptr);
  EXPECT_EQ(late->urgency, Urgency::kLate);
  EXPECT_EQ(late->detail, "Thành phố Hải Phòng");
  EXPECT_EQ(leader.front().kind, TodoKind::kLateTasks);  // late comes first
}

TEST(Todo, ARoundInLateEntryIsLate) {
  TodoCounts c;
  RoundCounts r;
  r.due_on = Date(2025, 3, 1);
  r.missing = 2;
  r.late_entry = true;
  c.rounds.push_back(r);
  auto items = AssembleTodo(With(Role::kCoordinator, kWard), c, kToday);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].urgency, Urgency::kLate);
  EXPECT_EQ(items[0].late, 2);
  EXPECT_FALSE(items[0].dialogue.has_value());
}

TEST(Todo, NothingWaitingIsAnEmptyList) {
  TodoCounts c;
  DialogueCounts d = CityDialogue();
  d.conclusion_issued_on = Date(2025, 3, 15);
  c.dialogues.push_back(d);
  EXPECT_TRUE(AssembleTodo(With(Role::kCoordinator, kCity), c, kToday).empty());
  EXPECT_TRUE(AssembleTodo(With(Role::kAdministrator, kNation), c, kToday).empty());
}

TEST(Landing, TheNationsCoordinatorLandsOnTheBoardEveryoneElseOnTheList) {
  EXPECT_EQ(LandingFor(With(Role::kCoordinator, kNation)), Landing::kTaskBoard);
  EXPECT_EQ(LandingFor(With(Role::kLeader, kNation)), Landing::kTaskBoard);
  EXPECT_EQ(LandingFor(With(Role::kAdministrator, kNation)), Landing::kTodo);
  EXPECT_EQ(LandingFor(With(Role::kCoordinator, kCity)), Landing::kTodo);
  EXPECT_EQ(LandingFor(With(Role::kAgencyOfficer, kWard, kDept)), Landing::kTodo);
}

}  // namespace
}  // namespace doithoai
