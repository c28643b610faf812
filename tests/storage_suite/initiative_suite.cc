// The storage suite's clauses for youth initiatives (app/initiative/initiative_repository.h), on
// every backend. Pinned: a call keeps its criteria in order and its council; only its phase and
// publication date change; a tracking code is unique; an update stores only the status, notes
// and time; a member has one scorecard per initiative, replaced by the next.
#include <gtest/gtest.h>

#include "app/initiative/initiative_repository.h"
#include "app/task/task_ports.h"
#include "storage_suite/storage_suite.h"

namespace doithoai {
namespace {

struct InitiativeSeed {
  UnitId unit;
  UserId first, second;
};

InitiativeSeed SeedInitiatives(Store& store) {
  InitiativeSeed s;
  EXPECT_TRUE(store
                  .Write([&](Tx& tx) -> Status {
                    Unit u;
                    u.code = "hai-phong";
                    u.name = "Thành phố Hải Phòng";
                    u.kind = "thành phố";
                    u.level = UnitLevel::kProvince;
                    DT_ASSIGN_OR_RETURN(Unit unit, tx.units().Insert(u));
                    User user;
                    user.username = "hoidong1";
                    user.display_name = "Thành viên 1";
                    user.password_hash = "x";
                    user.created_at = Instant{1774000000};
                    DT_ASSIGN_OR_RETURN(User one, tx.users().Insert(user));
                    user.username = "hoidong2";
                    DT_ASSIGN_OR_RETURN(User two, tx.users().Insert(user));
                    s = {unit.id, one.id, two.id};
                    return Ok();
                  })
                  .ok());
  return s;
}

InitiativeCall Call(const InitiativeSeed& s) {
  InitiativeCall c;
  c.unit = s.unit;
  c.title = "Ý tưởng sáng tạo thanh niên 2026";
  c.opens_on = Date(2026, 3, 1);
  c.closes_on = Date(2026, 4, 30);
  c.criteria = {{"Tính mới", 30}, {"Tính khả thi", 40}, {"Hiệu quả", 30}};
  c.council = {s.first, s.second};
  c.created_by = s.first;
  c.created_at = Instant{1774000000};
  return c;
}

Initiative Sent(int64_t call, std::string code) {
  Initiative i;
  i.call = call;
  i.tracking_code = std::move(code);
  i.title = "Bản đồ số điểm thu gom rác tái chế";
  i.problem = "Vấn đề";
  i.solution = "Giải pháp";
  i.field = InitiativeField::kGreen;
  i.team = "Nguyễn Văn An";
  i.unit = "Chi đoàn phường An Biên";
  i.contact_email = "an@example.vn";
  i.submitted_at = Instant{1774100000};
  i.updated_at = i.submitted_at;
  return i;
}

TEST_P(StorageSuite, InitiativeCallsKeepCriteriaCouncilAndPhase) {
  InitiativeSeed s = SeedInitiatives(store());
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(InitiativeCall c, tx.initiatives().InsertCall(Call(s)));
                    EXPECT_GT(c.id, 0);
                    c.phase = CallPhase::kPublished;
                    c.published_on = Date(2026, 5, 20);
                    c.title = "changed";  // never stored by UpdateCallPhase
                    return tx.initiatives().UpdateCallPhase(c);
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    auto calls = tx.initiatives().ListCalls();
                    EXPECT_EQ(calls.size(), 1u);
                    auto c = tx.initiatives().FindCall(calls.at(0).id);
                    EXPECT_TRUE(c.has_value());
                    if (!c) return Ok();
                    EXPECT_EQ(c->title, "Ý tưởng sáng tạo thanh niên 2026");
                    EXPECT_EQ(c->phase, CallPhase::kPublished);
                    EXPECT_EQ(c->published_on, Date(2026, 5, 20));
                    EXPECT_EQ(c->closes_on, Date(2026, 4, 30));
                    EXPECT_EQ(c->criteria.size(), 3u);
                    EXPECT_EQ(c->criteria.at(1).name, "Tính khả thi");
                    EXPECT_EQ(c->criteria.at(1).max_points, 40);
                    EXPECT_EQ(c->council, (std::vector<UserId>{s.first, s.second}));
                    EXPECT_FALSE(tx.initiatives().FindCall(c->id + 1).has_value());
                    return Ok();
                  })
                  .ok());
}

TEST_P(StorageSuite, InitiativesHaveUniqueCodesAndChangeOnlyTheirOutcome) {
  InitiativeSeed s = SeedInitiatives(store());
  int64_t id = 0;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(InitiativeCall c, tx.initiatives().InsertCall(Call(s)));
                    DT_ASSIGN_OR_RETURN(Initiative i, tx.initiatives().Insert(Sent(c.id, "SK-A")));
                    id = i.id;
                    auto again = tx.initiatives().Insert(Sent(c.id, "SK-A"));
                    EXPECT_FALSE(again.ok());
                    if (!again.ok()) {
                      EXPECT_TRUE(again.error().Is(ErrorCode::kConflict));
                    }
                    i.status = InitiativeStatus::kScreenedOut;
                    i.screening_note = "Trùng ý tưởng năm trước";
                    i.title = "changed";  // never stored by Update
                    i.updated_at = Instant{1774200000};
                    return tx.initiatives().Update(i);
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    auto i = tx.initiatives().FindByCode("SK-A");
                    EXPECT_TRUE(i.has_value());
                    if (!i) return Ok();
                    EXPECT_EQ(i->id, id);
                    EXPECT_EQ(i->title, "Bản đồ số điểm thu gom rác tái chế");
                    EXPECT_EQ(i->status, InitiativeStatus::kScreenedOut);
                    EXPECT_EQ(i->screening_note, "Trùng ý tưởng năm trước");
                    EXPECT_EQ(i->field, InitiativeField::kGreen);
                    EXPECT_EQ(i->contact_email, "an@example.vn");
                    EXPECT_EQ(i->updated_at, Instant{1774200000});
                    EXPECT_EQ(tx.initiatives().List(i->call).size(), 1u);
                    EXPECT_FALSE(tx.initiatives().FindByCode("SK-B").has_value());
                    return Ok();
                  })
                  .ok());
}

TEST_P(StorageSuite, OneScorecardPerMemberAndInitiative) {
  InitiativeSeed s = SeedInitiatives(store());
  int64_t id = 0;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(InitiativeCall c, tx.initiatives().InsertCall(Call(s)));
                    DT_ASSIGN_OR_RETURN(Initiative i, tx.initiatives().Insert(Sent(c.id, "SK-C")));
                    id = i.id;
                    DT_RETURN_IF_ERROR(tx.initiatives().PutScorecard(
                        {i.id, s.first, {10, 20, 30}, "", Instant{1774300000}}));
                    DT_RETURN_IF_ERROR(tx.initiatives().PutScorecard(
                        {i.id, s.second, {5, 5, 5}, "Cần làm rõ kinh phí", Instant{1774300001}}));
                    return tx.initiatives().PutScorecard(
                        {i.id, s.first, {30, 40, 0}, "Sửa lại", Instant{1774300002}});
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    auto cards = tx.initiatives().Scorecards(id);
                    EXPECT_EQ(cards.size(), 2u);
                    if (cards.size() != 2) return Ok();
                    EXPECT_EQ(cards[0].member, s.first);
                    EXPECT_EQ(cards[0].points, (std::vector<int>{30, 40, 0}));
                    EXPECT_EQ(cards[0].comment, "Sửa lại");
                    EXPECT_EQ(cards[1].comment, "Cần làm rõ kinh phí");
                    EXPECT_TRUE(tx.initiatives().Scorecards(id + 1).empty());
                    return Ok();
                  })
                  .ok());
}

TEST_P(StorageSuite, AnInitiativesSupportTasksAndItsCallsDecision) {
  InitiativeSeed s = SeedInitiatives(store());
  int64_t call_id = 0, initiative = 0;
  TaskId task;
  DocumentId decision;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(InitiativeCall c, tx.initiatives().InsertCall(Call(s)));
                    call_id = c.id;
                    DT_ASSIGN_OR_RETURN(Initiative i, tx.initiatives().Insert(Sent(c.id, "SK-D")));
                    initiative = i.id;
                    Document d;
                    d.unit = s.unit;
                    d.kind = "decision";
                    d.type_code = "QĐ";
                    d.type_name = "Quyết định";
                    d.number = 12;
                    d.symbol = "QĐ/TĐTN";
                    d.number_symbol = "12-QĐ/TĐTN";
                    d.issuer = "THÀNH ĐOÀN HẢI PHÒNG";
                    d.place = "Hải Phòng";
                    d.issued_on = Date(2026, 5, 20);
                    d.summary = "Về việc khen thưởng";
                    d.created_at = Instant{1774300000};
                    DT_ASSIGN_OR_RETURN(Document stored, tx.documents().Insert(d));
                    decision = stored.id;
                    Task t;
                    t.document = stored.id;
                    t.unit = s.unit;
                    t.lead = {std::nullopt, "Sở Khoa học và Công nghệ"};
                    t.content = "Hỗ trợ triển khai sáng kiến";
                    t.deadline = Deadline::OnDate(Date(2026, 9, 30));
                    t.created_at = Instant{1774300000};
                    DT_ASSIGN_OR_RETURN(Task stored_task, tx.tasks().Insert(t));
                    task = stored_task.id;
                    DT_RETURN_IF_ERROR(tx.initiatives().AddSupportTask(i.id, task));
                    DT_RETURN_IF_ERROR(tx.initiatives().AddSupportTask(i.id, task));  // once
                    c.decision = stored.id;
                    return tx.initiatives().UpdateCallPhase(c);
                  })
                  .ok());
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    EXPECT_EQ(tx.initiatives().SupportTasks(initiative),
                              (std::vector<TaskId>{task}));
                    EXPECT_TRUE(tx.initiatives().SupportTasks(initiative + 1).empty());
                    auto c = tx.initiatives().FindCall(call_id);
                    EXPECT_TRUE(c && c->decision == decision);
                    return Ok();
                  })
                  .ok());
}

}  // namespace
}  // namespace doithoai
