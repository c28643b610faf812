// The storage suite's clauses for the indicator repository (app/indicator/indicator_ports.h),
// run on every backend like the rest of the suite. Pinned: indicators list by position then
// id; rounds newest period first; values by indicator then unit; a round's units ascending
// without duplicates; UnitsWithin by path, the scope unit included.
#include <gtest/gtest.h>

#include "app/indicator/indicator_ports.h"
#include "storage_suite/storage_suite.h"

namespace doithoai {
namespace {

struct Tree {
  Unit nation, city, ward_a, ward_b, other_city;
  Programme programme;
};

Unit NewUnit(std::string code, std::string name, UnitLevel level, std::optional<UnitId> parent) {
  Unit u;
  u.code = std::move(code);
  u.name = std::move(name);
  u.kind = level == UnitLevel::kCommune ? "phường" : "thành phố";
  u.level = level;
  u.parent = parent;
  return u;
}

Indicator NewIndicator(ProgrammeId p, std::string code, int position) {
  Indicator i;
  i.programme = p;
  i.code = std::move(code);
  i.name = "Tỷ lệ thanh niên được tư vấn hướng nghiệp, việc làm";
  i.group = "Việc làm";
  i.measure = "%";
  i.kind = IndicatorKind::kRatio;
  i.direction = Direction::kAtMost;
  i.baseline_year = 2024;
  i.baseline_value = 61.5;
  i.targets = {{2025, 65}, {2030, 85.25}};
  i.reporting_level = UnitLevel::kCommune;
  i.is_public = true;
  i.position = position;
  return i;
}

Tree Seed(Store& store) {
  Tree t;
  EXPECT_TRUE(
      store
          .Write([&](Tx& tx) -> Status {
            DT_ASSIGN_OR_RETURN(
                t.nation, tx.units().Insert(NewUnit("vn", "Việt Nam", UnitLevel::kNation, {})));
            DT_ASSIGN_OR_RETURN(t.city,
                                tx.units().Insert(NewUnit("hai-phong", "Thành phố Hải Phòng",
                                                          UnitLevel::kProvince, t.nation.id)));
            DT_ASSIGN_OR_RETURN(t.ward_a,
                                tx.units().Insert(NewUnit("11311", "Phường Hồng Bàng",
                                                          UnitLevel::kCommune, t.city.id)));
            DT_ASSIGN_OR_RETURN(
                t.ward_b, tx.units().Insert(
                              NewUnit("11312", "Phường Lê Chân", UnitLevel::kCommune, t.city.id)));
            DT_ASSIGN_OR_RETURN(t.other_city,
                                tx.units().Insert(NewUnit("ha-noi", "Thủ đô Hà Nội",
                                                          UnitLevel::kProvince, t.nation.id)));
            Programme p;
            p.unit = t.city.id;
            p.title = "Phát triển thanh niên thành phố Hải Phòng đến năm 2030";
            p.basis = "Quyết định 1331/QĐ-TTg";
            p.created_at = {1764000000};
            DT_ASSIGN_OR_RETURN(t.programme, tx.indicators().InsertProgramme(p));
            return Ok();
          })
          .ok());
  return t;
}

Round NewRound(const Tree& t, int year) {
  Round r;
  r.programme = t.programme.id;
  r.period_year = year;
  r.opens_on = Date(year, 10, 1);
  r.due_on = Date(year, 11, 30);
  r.units = {t.ward_b.id, t.ward_a.id, t.ward_b.id};
  r.created_at = {1764000000};
  return r;
}

TEST_P(StorageSuite, IndicatorProgrammeAndIndicatorRoundTripWithTargets) {
  Tree t = Seed(store());
  std::optional<Indicator> got;
  std::vector<Indicator> listed;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(auto b, tx.indicators().InsertIndicator(
                                                    NewIndicator(t.programme.id, "2.1", 2)));
                    Indicator a = NewIndicator(t.programme.id, "1.1", 1);
                    a.kind = IndicatorKind::kCount;
                    a.measure = "câu lạc bộ";
                    a.baseline_value.reset();
                    a.targets.clear();
                    a.is_public = false;
                    DT_ASSIGN_OR_RETURN(a, tx.indicators().InsertIndicator(a));
                    EXPECT_EQ(a.id, IndicatorId(b.id.value + 1));
                    got = tx.indicators().FindIndicator(b.id);
                    listed = tx.indicators().ListIndicators(t.programme.id);
                    return Ok();
                  })
                  .ok());
  ASSERT_TRUE(got);
  Indicator want = NewIndicator(t.programme.id, "2.1", 2);
  EXPECT_EQ(got->code, "2.1");
  EXPECT_EQ(got->name, want.name);
  EXPECT_EQ(got->group, "Việc làm");
  EXPECT_EQ(got->direction, Direction::kAtMost);
  EXPECT_EQ(got->baseline_value, 61.5);
  EXPECT_EQ(got->targets, want.targets);
  EXPECT_TRUE(got->is_public);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].code, "1.1");  // by position
  EXPECT_EQ(listed[0].kind, IndicatorKind::kCount);
  EXPECT_FALSE(listed[0].baseline_value);
  EXPECT_EQ(listed[1].targets, want.targets);
  auto p = ReadValue<Programme>(store(), [&](Tx& tx) -> Result<Programme> {
    return *tx.indicators().FindProgramme(t.programme.id);
  });
  EXPECT_EQ(p->basis, "Quyết định 1331/QĐ-TTg");
  EXPECT_EQ(p->end_year, 2030);
}

// Issue 13: a programme's yearly schedule and an indicator reading another's values persist.
TEST_P(StorageSuite, IndicatorScheduleAndValuesFromRoundTrip) {
  Tree t = Seed(store());
  std::optional<Programme> ward_programme;
  std::optional<Indicator> linked, updated;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(auto city, tx.indicators().InsertIndicator(
                                                       NewIndicator(t.programme.id, "1.1", 1)));
                    Programme p;
                    p.unit = t.ward_a.id;
                    p.title = "Phát triển thanh niên phường";
                    p.schedule = {10, 1, 11, 30};
                    p.created_at = {1764000000};
                    DT_ASSIGN_OR_RETURN(Programme wp, tx.indicators().InsertProgramme(p));
                    ward_programme = tx.indicators().FindProgramme(wp.id);
                    Indicator own = NewIndicator(wp.id, "1", 1);
                    own.values_from = city.id;
                    DT_ASSIGN_OR_RETURN(own, tx.indicators().InsertIndicator(own));
                    linked = tx.indicators().FindIndicator(own.id);
                    own.values_from.reset();
                    DT_RETURN_IF_ERROR(tx.indicators().UpdateIndicator(own));
                    updated = tx.indicators().FindIndicator(own.id);
                    return Ok();
                  })
                  .ok());
  ASSERT_TRUE(ward_programme && linked && updated);
  EXPECT_EQ(ward_programme->schedule, (RoundSchedule{10, 1, 11, 30}));
  EXPECT_TRUE(linked->values_from);
  EXPECT_FALSE(updated->values_from);
  auto city = ReadValue<Programme>(store(), [&](Tx& tx) -> Result<Programme> {
    return *tx.indicators().FindProgramme(t.programme.id);
  });
  EXPECT_FALSE(city->schedule.IsSet());
}

TEST_P(StorageSuite, IndicatorDuplicateCodeIsAConflictAndUpdateReplacesTargets) {
  Tree t = Seed(store());
  Indicator ind;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(ind, tx.indicators().InsertIndicator(
                                                 NewIndicator(t.programme.id, "1.1", 1)));
                    return Ok();
                  })
                  .ok());
  auto dup = store().Write([&](Tx& tx) -> Status {
    auto again = tx.indicators().InsertIndicator(NewIndicator(t.programme.id, "1.1", 2));
    return again.ok() ? Ok() : again.error();
  });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(dup.error().fields().at(0).field, "code");
  ind.targets = {{2030, 90}};
  ind.name = "Tỷ lệ mới";
  ASSERT_TRUE(store().Write([&](Tx& tx) { return tx.indicators().UpdateIndicator(ind); }).ok());
  auto got = ReadValue<Indicator>(
      store(), [&](Tx& tx) -> Result<Indicator> { return *tx.indicators().FindIndicator(ind.id); });
  EXPECT_EQ(got->targets, (std::vector<YearTarget>{{2030, 90}}));
  EXPECT_EQ(got->name, "Tỷ lệ mới");
  Indicator ghost = ind;
  ghost.id = IndicatorId(999);
  auto missing = store().Write([&](Tx& tx) { return tx.indicators().UpdateIndicator(ghost); });
  EXPECT_EQ(missing.error().code(), ErrorCode::kNotFound);
}

TEST_P(StorageSuite, IndicatorRoundsKeepTheirUnitsAndOnePerPeriod) {
  Tree t = Seed(store());
  Round r;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(r, tx.indicators().InsertRound(NewRound(t, 2025)));
                    DT_ASSIGN_OR_RETURN(auto r2, tx.indicators().InsertRound(NewRound(t, 2026)));
                    return Ok();
                  })
                  .ok());
  EXPECT_EQ(r.units, (std::vector<UnitId>{t.ward_a.id, t.ward_b.id}));
  auto dup = store().Write([&](Tx& tx) -> Status {
    auto again = tx.indicators().InsertRound(NewRound(t, 2025));
    return again.ok() ? Ok() : again.error();
  });
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(dup.error().fields().at(0).field, "period_year");
  r.reopened_until = Date(2025, 12, 10);
  ASSERT_TRUE(store().Write([&](Tx& tx) { return tx.indicators().UpdateRound(r); }).ok());
  auto rounds = ReadValue<std::vector<Round>>(store(), [&](Tx& tx) -> Result<std::vector<Round>> {
    return tx.indicators().ListRounds(t.programme.id);
  });
  ASSERT_EQ(rounds->size(), 2u);
  EXPECT_EQ((*rounds)[0].period_year, 2026);  // newest period first
  EXPECT_EQ((*rounds)[1].reopened_until, Date(2025, 12, 10));
  EXPECT_EQ((*rounds)[1].units, r.units);
  EXPECT_EQ((*rounds)[1].due_on, Date(2025, 11, 30));
}

TEST_P(StorageSuite, IndicatorValuesAndExceptionsAreUpserted) {
  Tree t = Seed(store());
  Round r;
  Indicator a, b;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(
                        a, tx.indicators().InsertIndicator(NewIndicator(t.programme.id, "1.1", 1)));
                    DT_ASSIGN_OR_RETURN(
                        b, tx.indicators().InsertIndicator(NewIndicator(t.programme.id, "1.2", 2)));
                    DT_ASSIGN_OR_RETURN(r, tx.indicators().InsertRound(NewRound(t, 2025)));
                    return Ok();
                  })
                  .ok());
  auto value = [&](IndicatorId ind, UnitId unit, double num, std::optional<double> den) {
    IndicatorValue v;
    v.round = r.id;
    v.indicator = ind;
    v.unit = unit;
    v.numerator = num;
    v.denominator = den;
    v.comment = "Số liệu của Đoàn phường";
    v.entered_at = {1764000000};
    v.entered_on = Date(2025, 11, 25);
    return v;
  };
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_RETURN_IF_ERROR(tx.indicators().SaveValue(value(b.id, t.ward_a.id, 5, 9)));
                    DT_RETURN_IF_ERROR(
                        tx.indicators().SaveValue(value(a.id, t.ward_b.id, 1, std::nullopt)));
                    DT_RETURN_IF_ERROR(tx.indicators().SaveValue(value(a.id, t.ward_a.id, 2, 3)));
                    DT_RETURN_IF_ERROR(
                        tx.indicators().SaveValue(value(a.id, t.ward_a.id, 450.5, 600)));
                    RoundException e{r.id, t.ward_b.id, Date(2025, 12, 5), "Bão", {}, {1}};
                    DT_RETURN_IF_ERROR(tx.indicators().SaveException(e));
                    e.until = Date(2025, 12, 9);
                    return tx.indicators().SaveException(e);
                  })
                  .ok());
  std::vector<IndicatorValue> all, of_a;
  std::vector<RoundException> ex;
  ASSERT_TRUE(store()
                  .Read([&](Tx& tx) -> Status {
                    all = tx.indicators().Values(r.id);
                    of_a = tx.indicators().ValuesOf(r.id, a.id);
                    ex = tx.indicators().Exceptions(r.id);
                    auto entered = tx.indicators().Entered(r.id);
                    auto figures = tx.indicators().Figures(r.id);
                    EXPECT_EQ(entered.size(), 3u);
                    EXPECT_EQ(entered[0].unit, t.ward_a.id);
                    EXPECT_EQ(entered[0].entered_on, Date(2025, 11, 25));
                    EXPECT_EQ(figures.size(), 3u);
                    EXPECT_EQ(figures[0].value.numerator, 450.5);
                    EXPECT_EQ(figures[1].value.denominator, 0);  // a count
                    EXPECT_EQ(figures[2].indicator, b.id);
                    return Ok();
                  })
                  .ok());
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].unit, t.ward_a.id);  // indicator a, ward a (replaced)
  EXPECT_EQ(all[0].numerator, 450.5);
  EXPECT_EQ(all[0].denominator, 600);
  EXPECT_EQ(all[0].comment, "Số liệu của Đoàn phường");
  EXPECT_EQ(all[0].entered_on, Date(2025, 11, 25));
  EXPECT_EQ(all[1].unit, t.ward_b.id);
  EXPECT_FALSE(all[1].denominator);
  EXPECT_EQ(all[2].indicator, b.id);
  EXPECT_EQ(of_a.size(), 2u);
  ASSERT_EQ(ex.size(), 1u);
  EXPECT_EQ(ex[0].until, Date(2025, 12, 9));
  EXPECT_EQ(ex[0].reason, "Bão");
}

TEST_P(StorageSuite, IndicatorAFailedWriteLeavesNoValue) {
  Tree t = Seed(store());
  Round r;
  Indicator a;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(
                        a, tx.indicators().InsertIndicator(NewIndicator(t.programme.id, "1.1", 1)));
                    DT_ASSIGN_OR_RETURN(r, tx.indicators().InsertRound(NewRound(t, 2025)));
                    return Ok();
                  })
                  .ok());
  auto s = store().Write([&](Tx& tx) -> Status {
    IndicatorValue v;
    v.round = r.id;
    v.indicator = a.id;
    v.unit = t.ward_a.id;
    v.numerator = 1;
    v.denominator = 2;
    DT_RETURN_IF_ERROR(tx.indicators().SaveValue(v));
    return Error::Invalid("values[1].numerator", "planned failure");
  });
  ASSERT_FALSE(s.ok());
  auto n = ReadValue<size_t>(
      store(), [&](Tx& tx) -> Result<size_t> { return tx.indicators().Values(r.id).size(); });
  EXPECT_EQ(*n, 0u);
}

TEST_P(StorageSuite, IndicatorUnitsWithinIsTheSubtreeByPath) {
  Tree t = Seed(store());
  auto units = ReadValue<std::vector<Unit>>(store(), [&](Tx& tx) -> Result<std::vector<Unit>> {
    return tx.indicators().UnitsWithin(t.city.path);
  });
  ASSERT_EQ(units->size(), 3u);
  EXPECT_EQ((*units)[0].id, t.city.id);
  EXPECT_EQ((*units)[1].code, "11311");
  EXPECT_EQ((*units)[2].code, "11312");
  auto everything = ReadValue<std::vector<Unit>>(store(), [&](Tx& tx) -> Result<std::vector<Unit>> {
    return tx.indicators().UnitsWithin("/");
  });
  EXPECT_EQ(everything->size(), 5u);
}

TEST_P(StorageSuite, IndicatorRoundsSurviveReopening) {
  if (!GetParam().persistent) GTEST_SKIP() << "not persistent";
  Tree t = Seed(store());
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    return tx.indicators().InsertRound(NewRound(t, 2025)).ok()
                               ? Ok()
                               : Status(Error::Internal("insert"));
                  })
                  .ok());
  Reopen();
  auto rounds = ReadValue<std::vector<Round>>(store(), [&](Tx& tx) -> Result<std::vector<Round>> {
    return tx.indicators().ListRounds(t.programme.id);
  });
  ASSERT_EQ(rounds->size(), 1u);
  EXPECT_EQ((*rounds)[0].units.size(), 2u);
}

// Appendix II links: a task linked twice is stored once; unlinking a link that is not there is
// NotFound and removes nothing else.
TEST_P(StorageSuite, IndicatorTaskLinksAreASetAndUnlinkRemovesOne) {
  Tree t = Seed(store());
  std::vector<TaskId> after_link, after_unlink;
  bool second_unlink_not_found = false;
  ASSERT_TRUE(store()
                  .Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(auto ind, tx.indicators().InsertIndicator(
                                                      NewIndicator(t.programme.id, "1.1", 1)));
                    Document d;
                    d.unit = t.city.id;
                    d.kind = "imported";
                    d.type_code = "KH";
                    d.type_name = "Kế hoạch";
                    d.number = 215;
                    d.symbol = "KH-UBND";
                    d.number_symbol = "215/KH-UBND";
                    d.issuer = "Ủy ban nhân dân thành phố Hải Phòng";
                    d.content_json = "{}";
                    DT_ASSIGN_OR_RETURN(d, tx.documents().Insert(d));
                    std::vector<TaskId> tasks;
                    for (const char* content : {"Tư vấn hướng nghiệp", "Câu lạc bộ kỹ năng số"}) {
                      Task task;
                      task.document = d.id;
                      task.unit = t.city.id;
                      task.lead = {std::nullopt, "Sở Nội vụ"};
                      task.content = content;
                      task.deadline = Deadline::Ongoing();
                      DT_ASSIGN_OR_RETURN(task, tx.tasks().Insert(task));
                      tasks.push_back(task.id);
                    }
                    DT_RETURN_IF_ERROR(tx.indicators().LinkTask(ind.id, tasks[1]));
                    DT_RETURN_IF_ERROR(tx.indicators().LinkTask(ind.id, tasks[0]));
                    DT_RETURN_IF_ERROR(tx.indicators().LinkTask(ind.id, tasks[0]));
                    after_link = tx.indicators().LinkedTasks(ind.id);
                    DT_RETURN_IF_ERROR(tx.indicators().UnlinkTask(ind.id, tasks[0]));
                    auto again = tx.indicators().UnlinkTask(ind.id, tasks[0]);
                    second_unlink_not_found = !again.ok() && again.error().Is(ErrorCode::kNotFound);
                    after_unlink = tx.indicators().LinkedTasks(ind.id);
                    return Ok();
                  })
                  .ok());
  ASSERT_EQ(after_link.size(), 2u);
  EXPECT_LT(after_link[0].value, after_link[1].value);  // ascending task ids
  EXPECT_TRUE(second_unlink_not_found);
  ASSERT_EQ(after_unlink.size(), 1u);
  EXPECT_EQ(after_unlink[0], after_link[1]);
}

}  // namespace
}  // namespace doithoai
