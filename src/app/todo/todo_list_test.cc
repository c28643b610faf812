// "Việc cần làm" (issue 13) through the use cases on the in-memory store: a city dialogue with
// work at every stage, tasks of a city department and of a ward, and each role's list. Each
// count is what the page where that work is done would show the user (the same permission
// rules), nothing of another unit leaks in, and doing the work takes it off the list.
#include "app/todo/todo_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

#include "app/admin/administration.h"
#include "app/answer/answers.h"
#include "app/app_test_kit.h"
#include "app/dialogue/dialogues.h"
#include "app/document/documents.h"
#include "app/indicator/indicators.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "app/task/tasks.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }

class TodoListUseCase : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"},
                                 {1, "ha-noi", "Thành phố Hà Nội", "thành phố", "province"}})
                    .ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{2, "hong-bang", "Phường Hồng Bàng", "phường", "commune"}}).ok());
    admin_ = Make("admin", "administrator", kNation, std::nullopt);
    for (auto [unit, code] :
         std::initializer_list<std::pair<int64_t, const char*>>{{kCity, "so-noi-vu"},
                                                                {kCity, "so-kh-cn"},
                                                                {kCity, "so-tai-chinh"},
                                                                {kWard, "vh-xh"}}) {
      agency_[code] = CreateAgency(ctx_, admin_, {unit, code, code}).value().id;
    }
    national_ = Make("bonoivu", "coordinator", kNation, std::nullopt);
    coordinator_ = Make("sonoivu", "coordinator", kCity, agency_["so-noi-vu"].value);
    leader_ = Make("chutich", "leader", kCity, std::nullopt);
    officer_ = Make("sokhcn", "agency_officer", kCity, agency_["so-kh-cn"].value);
    other_officer_ = Make("sotaichinh", "agency_officer", kCity, agency_["so-tai-chinh"].value);
    ward_coordinator_ = Make("vhxhphuong", "coordinator", kWard, agency_["vh-xh"].value);
    hanoi_ = Make("hanoi", "coordinator", kHanoi, std::nullopt);

    DialogueFields f;
    f.unit_id = kCity;
    f.year = 2025;
    f.title = "Đối thoại 2025";
    f.held_on = "2025-03-26";  // conclusion due 10 days later: 05/04/2025
    f.plan_published_on = "2025-02-01";
    dialogue_ = CreateDialogue(ctx_, coordinator_, f).value().id;

    // Questions: one left to screen, one accepted and not grouped, the rest in issues.
    Submit("Câu hỏi chưa sàng lọc");
    Accept(Submit("Câu hỏi hợp lệ chưa gộp nhóm"));
    IssueId submitted = Issue("Trả lời đã gửi duyệt", agency_["so-kh-cn"], "2025-03-20");
    IssueId returned = Issue("Trả lời bị trả lại", agency_["so-tai-chinh"], "2025-03-24");
    Issue("Chưa soạn trả lời", agency_["so-kh-cn"], "2025-04-20");
    Issue("Chưa chuyển cơ quan", std::nullopt, "");
    submitted_ = submitted;
    Answer(officer_, submitted);
    Answer(other_officer_, returned);
    EXPECT_TRUE(ReturnAnswer(ctx_, leader_, returned, "Cần bổ sung số liệu").ok());

    // Tasks: the department's overdue, due soon and far off; the ward's overdue.
    auto city = Record(coordinator_, kCity, 10,
                       {{agency_["so-kh-cn"], Date(2025, 4, 1)},
                        {agency_["so-kh-cn"], Date(2025, 4, 14)},
                        {agency_["so-kh-cn"], Date(2025, 12, 31)}});
    overdue_task_ = city.tasks.at(0).id;
    Record(ward_coordinator_, kWard, 11, {{agency_["vh-xh"], Date(2025, 4, 5)}});

    clock_.Set(At("2025-04-10T03:00:00Z"));  // 10/04/2025 in Vietnam
  }

  Actor Make(const char* username, const char* role, int64_t unit, std::optional<int64_t> agency) {
    return app_test::MakeActor(ctx_, username, role, unit, agency);
  }

  QuestionId Submit(const char* text) {
    auto s = SubmitQuestion(ctx_, dialogue_, {text, 20, "", "", true, std::nullopt});
    EXPECT_TRUE(s.ok());
    return TrackQuestion(ctx_, s->tracking_code).value().question.id;
  }

  void Accept(QuestionId q) {
    EXPECT_TRUE(ScreenQuestion(ctx_, coordinator_, q, {"accepted", std::nullopt, ""}).ok());
  }

  // An issue of one accepted question, routed to `lead` (none: left unrouted).
  IssueId Issue(const char* title, std::optional<AgencyId> lead, const char* due) {
    QuestionId q = Submit(title);
    Accept(q);
    auto issue = CreateIssue(ctx_, coordinator_, dialogue_, {title, {q.value}});
    EXPECT_TRUE(issue.ok());
    if (lead) {
      EXPECT_TRUE(RouteIssue(ctx_, coordinator_, issue->id, {*lead, {}, due}).ok());
    }
    return issue->id;
  }

  void Answer(const Actor& officer, IssueId issue) {
    EXPECT_TRUE(SaveAnswerDraft(
                    ctx_, officer, issue,
                    {"Sở đã rà soát kiến nghị của thanh niên và sẽ bố trí kinh phí trong năm 2025.",
                     "written"})
                    .ok());
    EXPECT_TRUE(SubmitAnswer(ctx_, officer, issue).ok());
  }

  IssuedDocument Record(const Actor& who, int64_t unit, int64_t number,
                        std::vector<std::pair<AgencyId, Date>> tasks) {
    ImportedDocumentInput in;
    in.unit = UnitId(unit);
    in.type_code = "KH";
    in.number = number;
    in.symbol = "KH-UBND";
    in.issuer = "Ủy ban nhân dân";
    in.issued_on = Date(2025, 2, 20);
    in.summary = "Kế hoạch số " + std::to_string(number);
    for (const auto& [lead, due] : tasks) {
      ImportedTaskInput t;
      t.lead_agency = lead;
      t.lead_name = "Cơ quan chủ trì";
      t.content = "Hỗ trợ thanh niên khởi nghiệp";
      t.deadline = Deadline::OnDate(due);
      in.tasks.push_back(std::move(t));
    }
    auto r = RecordImportedDocument(ctx_, who, in);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? *r : IssuedDocument{};
  }

  TodoList ListFor(const Actor& actor) {
    auto r = GetTodoList(ctx_, actor);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.ok() ? *r : TodoList{};
  }

  static std::vector<TodoKind> Kinds(const TodoList& l) {
    std::vector<TodoKind> out;
    for (const auto& i : l.items) out.push_back(i.kind);
    return out;
  }

  // A copy: the list is often a temporary.
  static std::optional<TodoItem> Find(const TodoList& l, TodoKind k) {
    for (const auto& i : l.items) {
      if (i.kind == k) return i;
    }
    return std::nullopt;
  }

  static constexpr int64_t kNation = 1, kCity = 2, kHanoi = 3, kWard = 4;
  storage::MemoryStore store_;
  FixedClock clock_{At("2025-03-01T02:00:00Z")};
  Context ctx_{store_, clock_};
  std::map<std::string, AgencyId> agency_;
  Actor admin_, national_, coordinator_, leader_, officer_, other_officer_, ward_coordinator_,
      hanoi_;
  DialogueId dialogue_;
  IssueId submitted_;
  TaskId overdue_task_;
};

// Issue 13: "Each role lands on 'Việc cần làm': what waits for them, with counts and deadlines
// (answers to approve, a conclusion that is late, tasks due, … questions to screen)."
TEST_F(TodoListUseCase, Issue13_TheCoordinatorSeesEveryStageLateFirst) {
  TodoList l = ListFor(coordinator_);
  EXPECT_EQ(l.landing, Landing::kTodo);
  EXPECT_EQ(l.today, Date(2025, 4, 10));
  // Late, by nearest deadline: the answer (20/03), the tasks (01/04), the conclusion (05/04);
  // then the work without a deadline, in the order it is done.
  EXPECT_EQ(Kinds(l), (std::vector<TodoKind>{TodoKind::kApproveAnswers, TodoKind::kLateTasks,
                                             TodoKind::kIssueConclusion, TodoKind::kScreenQuestions,
                                             TodoKind::kGroupQuestions, TodoKind::kRouteIssues}));
  std::optional<TodoItem> approve = Find(l, TodoKind::kApproveAnswers);
  EXPECT_EQ(approve->count, 1);
  EXPECT_EQ(approve->late, 1);
  EXPECT_EQ(approve->due_on, Date(2025, 3, 20));
  EXPECT_EQ(approve->dialogue, dialogue_);
  EXPECT_EQ(approve->view, "issues");
  // Youth Law Art. 10(3): the notice within 10 days of the dialogue held on 26/03.
  std::optional<TodoItem> clock = Find(l, TodoKind::kIssueConclusion);
  EXPECT_EQ(clock->due_on, Date(2025, 4, 5));
  EXPECT_EQ(clock->urgency, Urgency::kLate);
  EXPECT_EQ(clock->view, "documents");
  // Overdue tasks anywhere in the city, the ward's included.
  std::optional<TodoItem> late = Find(l, TodoKind::kLateTasks);
  EXPECT_EQ(late->count, 2);
  EXPECT_EQ(late->late, 2);
  EXPECT_EQ(late->detail, "Thành phố Hải Phòng");
  for (TodoKind k :
       {TodoKind::kScreenQuestions, TodoKind::kGroupQuestions, TodoKind::kRouteIssues}) {
    std::optional<TodoItem> i = Find(l, k);
    EXPECT_EQ(i->count, 1) << TodoKindName(k);
    EXPECT_EQ(i->urgency, Urgency::kNormal) << TodoKindName(k);
    EXPECT_FALSE(i->due_on.has_value()) << TodoKindName(k);
  }
  // The counts are what the questions page shows the coordinator.
  QuestionFilter fresh;
  fresh.screening = Screening::kNew;
  EXPECT_EQ(ListQuestions(ctx_, coordinator_, dialogue_, fresh).value().total,
            Find(l, TodoKind::kScreenQuestions)->count);
}

TEST_F(TodoListUseCase, Issue13_TheLeaderApprovesAndIssuesButDoesNotScreen) {
  TodoList l = ListFor(leader_);
  EXPECT_EQ(Kinds(l), (std::vector<TodoKind>{TodoKind::kApproveAnswers, TodoKind::kLateTasks,
                                             TodoKind::kIssueConclusion}));
}

TEST_F(TodoListUseCase, Issue13_OfficersSeeTheirOwnAgencysWorkOnly) {
  TodoList mine = ListFor(officer_);
  EXPECT_EQ(Kinds(mine), (std::vector<TodoKind>{TodoKind::kReportTasks, TodoKind::kDraftAnswers}));
  // The overdue task and the one due in 4 days; not the one due at the end of the year.
  std::optional<TodoItem> tasks = Find(mine, TodoKind::kReportTasks);
  EXPECT_EQ(tasks->count, 2);
  EXPECT_EQ(tasks->late, 1);
  EXPECT_EQ(tasks->due_on, Date(2025, 4, 1));
  EXPECT_EQ(tasks->view, "tasks");
  std::optional<TodoItem> draft = Find(mine, TodoKind::kDraftAnswers);
  EXPECT_EQ(draft->count, 1) << "the submitted answer is the leader's now";
  EXPECT_EQ(draft->due_on, Date(2025, 4, 20));
  EXPECT_EQ(draft->urgency, Urgency::kNormal);

  TodoList other = ListFor(other_officer_);
  ASSERT_EQ(Kinds(other), (std::vector<TodoKind>{TodoKind::kReturnedAnswers}));
  EXPECT_EQ(other.items[0].late, 1);
  EXPECT_EQ(other.items[0].due_on, Date(2025, 3, 24));
}

TEST_F(TodoListUseCase, Issue13_NothingOfAnotherUnitLeaksIn) {
  TodoList ward = ListFor(ward_coordinator_);
  ASSERT_EQ(Kinds(ward), (std::vector<TodoKind>{TodoKind::kLateTasks}));
  EXPECT_EQ(ward.items[0].count, 1);
  EXPECT_EQ(ward.items[0].detail, "Phường Hồng Bàng");
  EXPECT_TRUE(ListFor(hanoi_).items.empty()) << "another province's coordinator";
  TodoList admin = ListFor(admin_);
  EXPECT_TRUE(admin.items.empty());
  EXPECT_EQ(admin.landing, Landing::kTodo);
  // An account without any grant: an empty list, not a refusal.
  Actor nobody;
  nobody.user = UserId(999);
  auto none = GetTodoList(ctx_, nobody);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->items.empty());
}

// "The national coordinator lands on the national board."
TEST_F(TodoListUseCase, Issue13_TheNationalCoordinatorLandsOnTheBoard) {
  TodoList l = ListFor(national_);
  EXPECT_EQ(l.landing, Landing::kTaskBoard);
  std::optional<TodoItem> late = Find(l, TodoKind::kLateTasks);
  ASSERT_TRUE(late.has_value());
  EXPECT_EQ(late->count, 2);
  EXPECT_EQ(late->detail, "Việt Nam");
}

TEST_F(TodoListUseCase, Issue13_DoingTheWorkTakesItOffTheList) {
  ASSERT_TRUE(ApproveAnswer(ctx_, leader_, submitted_).ok());
  DialogueFields concluded;
  concluded.conclusion_issued_on = "2025-04-08";
  ASSERT_TRUE(UpdateDialogue(ctx_, coordinator_, dialogue_, concluded).ok());
  TodoList leader = ListFor(leader_);
  EXPECT_EQ(Kinds(leader), (std::vector<TodoKind>{TodoKind::kLateTasks}));

  ASSERT_TRUE(ReportProgress(ctx_, officer_, overdue_task_, {100, true, "Đã hoàn thành."}).ok());
  std::optional<TodoItem> tasks = Find(ListFor(officer_), TodoKind::kReportTasks);
  ASSERT_TRUE(tasks.has_value());
  EXPECT_EQ(tasks->count, 1);
  EXPECT_EQ(tasks->late, 0);
  EXPECT_EQ(tasks->due_on, Date(2025, 4, 14));
  EXPECT_EQ(tasks->urgency, Urgency::kDueSoon);
  EXPECT_EQ(Find(ListFor(coordinator_), TodoKind::kLateTasks)->count, 1) << "the ward's is left";
}

// "Rounds to report": the indicators a unit has no value for yet, in an open round it reports in.
TEST_F(TodoListUseCase, Issue13_AWardSeesTheIndicatorsItHasNotReported) {
  ProgrammeInput p;
  p.unit_id = kCity;
  p.title = "Phát triển thanh niên thành phố đến năm 2030";
  p.basis = "Quyết định 1331/QĐ-TTg";
  p.start_year = 2025;
  p.end_year = 2030;
  ProgrammeId programme = DefineProgramme(ctx_, coordinator_, p).value().id;
  std::vector<IndicatorId> indicators;
  for (const char* code : {"1.1", "1.2"}) {
    IndicatorInput in;
    in.code = code;
    in.name = std::string("Số câu lạc bộ của thanh niên ") + code;
    in.measure = "câu lạc bộ";
    in.kind = "count";
    in.targets = {{2030, 20}};
    indicators.push_back(AddIndicator(ctx_, coordinator_, programme, in).value().id);
  }
  RoundInput r;
  r.period_year = 2025;
  r.opens_on = "2025-04-01";
  r.due_on = "2025-04-30";
  r.unit_ids = {kWard};
  RoundId round = OpenRound(ctx_, coordinator_, programme, r).value().id;

  std::optional<TodoItem> due = Find(ListFor(ward_coordinator_), TodoKind::kReportIndicators);
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(due->count, 2);
  EXPECT_EQ(due->due_on, Date(2025, 4, 30));
  EXPECT_EQ(due->urgency, Urgency::kNormal);
  EXPECT_EQ(due->view, "indicators");
  EXPECT_EQ(due->detail, p.title + " – Phường Hồng Bàng");
  // The city reports for no unit of this round; the leader enters no values.
  EXPECT_FALSE(Find(ListFor(coordinator_), TodoKind::kReportIndicators).has_value());
  EXPECT_FALSE(Find(ListFor(leader_), TodoKind::kReportIndicators).has_value());

  ValueInput v;
  v.indicator_id = indicators[0].value;
  v.unit_id = kWard;
  v.numerator = 3;
  auto saved = ReportValues(ctx_, ward_coordinator_, round, {v}, "form");
  ASSERT_TRUE(saved.ok()) << saved.error().message();
  due = Find(ListFor(ward_coordinator_), TodoKind::kReportIndicators);
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(due->count, 1);
  clock_.Set(At("2025-04-25T03:00:00Z"));
  EXPECT_EQ(Find(ListFor(ward_coordinator_), TodoKind::kReportIndicators)->urgency,
            Urgency::kDueSoon);
}

}  // namespace
}  // namespace doithoai
