// The indicator use cases (C9) end to end on a real SQLite file with a fixed clock: define a
// programme, open a round, report by form, lock, exceptions, re-opening, all-or-nothing
// reports, permissions, the dashboard's completeness and roll-up, and Appendix II task links.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "app/document/documents.h"
#include "app/indicator/indicators.h"
#include "storage/sqlite/sqlite_store.h"

namespace doithoai {
namespace {

class IndicatorUseCases : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("doithoai-ind-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = storage::sqlite::SqliteStore::Open((dir_ / "db").string()).value();
    ctx_ = std::make_unique<Context>(Context{*store_, clock_});
    ASSERT_TRUE(LoadUnits(*ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(LoadUnits(*ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"},
                                  {1, "ha-noi", "Thủ đô Hà Nội", "thành phố", "province"}})
                    .ok());
    ASSERT_TRUE(LoadUnits(*ctx_, {{2, "11311", "Phường Hồng Bàng", "phường", "commune"},
                                  {2, "11312", "Phường Lê Chân", "phường", "commune"},
                                  {3, "00004", "Phường Ba Đình", "phường", "commune"}})
                    .ok());
    admin_ = Make("admin", "administrator", 1, std::nullopt);
    agency_ = CreateAgency(*ctx_, admin_, {2, "so-noi-vu", "Sở Nội vụ"}).value().id;
    coordinator_ = Make("sonoivu", "coordinator", 2, agency_.value);
    youth_union_ = Make("thanhdoan", "youth_union", 2, std::nullopt);
    hanoi_ = Make("hanoi", "coordinator", 3, std::nullopt);
    programme_ = DefineProgramme(*ctx_, coordinator_,
                                 {2, "Phát triển thanh niên thành phố Hải Phòng đến năm 2030",
                                  "Quyết định 1331/QĐ-TTg", 2025, 2030, std::nullopt, std::nullopt,
                                  std::nullopt})
                     .value()
                     .id;
    IndicatorInput ratio;
    ratio.code = "1.1";
    ratio.name = "Tỷ lệ thanh niên được tư vấn hướng nghiệp, việc làm";
    ratio.measure = "%";
    ratio.baseline_value = 50;
    ratio.targets = {{2030, 85}, {2025, 60}};
    ratio.is_public = true;
    counselling_ = AddIndicator(*ctx_, coordinator_, programme_, ratio).value().id;
    IndicatorInput count;
    count.code = "2.1";
    count.name = "Số câu lạc bộ ngoại ngữ của thanh niên";
    count.measure = "câu lạc bộ";
    count.kind = "count";
    count.targets = {{2030, 200}};
    clubs_ = AddIndicator(*ctx_, coordinator_, programme_, count).value().id;
  }
  void TearDown() override {
    ctx_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Actor Make(const char* username, const char* role, int64_t unit, std::optional<int64_t> agency) {
    return app_test::MakeActor(*ctx_, username, role, unit, agency);
  }

  Round Open(int year = 2025) {
    RoundInput in;
    in.period_year = year;
    in.opens_on = std::to_string(year) + "-10-01";
    in.due_on = std::to_string(year) + "-11-30";
    auto r = OpenRound(*ctx_, coordinator_, programme_, in);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
    return r.value();
  }

  ValueInput V(IndicatorId ind, int64_t unit, std::optional<double> num,
               std::optional<double> den = std::nullopt, std::string comment = "") {
    ValueInput v;
    v.indicator_id = ind.value;
    v.unit_id = unit;
    v.numerator = num;
    v.denominator = den;
    v.comment = std::move(comment);
    return v;
  }

  void SetToday(const char* iso) {
    clock_.Set(Instant::ParseIso(std::string(iso) + "T03:00:00Z").value());
  }

  std::filesystem::path dir_;
  std::unique_ptr<storage::sqlite::SqliteStore> store_;
  FixedClock clock_{Instant::ParseIso("2025-10-15T03:00:00Z").value()};
  std::unique_ptr<Context> ctx_;
  Actor admin_, coordinator_, youth_union_, hanoi_;
  AgencyId agency_;
  ProgrammeId programme_;
  IndicatorId counselling_, clubs_;
};

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field);
  return out;
}

TEST_F(IndicatorUseCases, OnlyTheCoordinatorDefinesAndBadFieldsAreNamed) {
  IndicatorInput bad;
  bad.code = "9.9";
  bad.name = "Tỷ lệ";
  bad.measure = "%";
  EXPECT_TRUE(AddIndicator(*ctx_, youth_union_, programme_, bad).error().Is(ErrorCode::kForbidden));
  EXPECT_TRUE(AddIndicator(*ctx_, hanoi_, programme_, bad).error().Is(ErrorCode::kForbidden));
  bad.kind = "average";
  bad.direction = ">=";
  bad.reporting_level = "district";
  bad.targets = {{2031, 120}};
  auto e = AddIndicator(*ctx_, coordinator_, programme_, bad);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(Fields(e.error()), (std::vector<std::string>{"kind", "direction", "reporting_level",
                                                         "targets[0].year", "targets[0].value"}));
  IndicatorInput dup;
  dup.code = "1.1";
  dup.name = "Trùng mã";
  dup.measure = "%";
  EXPECT_TRUE(AddIndicator(*ctx_, coordinator_, programme_, dup).error().Is(ErrorCode::kConflict));
  auto p = GetProgramme(*ctx_, coordinator_, programme_).value();
  ASSERT_EQ(p.indicators.size(), 2u);
  EXPECT_EQ(p.indicators[0].targets.front().year, 2025);  // sorted
}

// Issue 4: "a province can adopt them and set its own targets (often stricter)".
TEST_F(IndicatorUseCases, EditingReplacesTheTargetsAndKeepsTheCodeUnique) {
  IndicatorInput in;
  in.code = "1.1";
  in.name = "Tỷ lệ thanh niên được tư vấn hướng nghiệp, việc làm";
  in.measure = "%";
  in.baseline_value = 50;
  in.targets = {{2030, 90}};
  auto edited = EditIndicator(*ctx_, coordinator_, counselling_, in);
  ASSERT_TRUE(edited.ok()) << edited.error().message();
  EXPECT_EQ(edited->position, 1);
  auto p = GetProgramme(*ctx_, coordinator_, programme_).value();
  EXPECT_EQ(p.indicators[0].targets, (std::vector<YearTarget>{{2030, 90}}));
  in.code = "2.1";  // the clubs' code
  EXPECT_TRUE(
      EditIndicator(*ctx_, coordinator_, counselling_, in).error().Is(ErrorCode::kConflict));
  in.code = "1.1";
  in.targets = {{2030, 101}};
  EXPECT_EQ(Fields(EditIndicator(*ctx_, coordinator_, counselling_, in).error()),
            (std::vector<std::string>{"targets[0].value"}));
  EXPECT_TRUE(
      EditIndicator(*ctx_, youth_union_, counselling_, in).error().Is(ErrorCode::kForbidden));
  EXPECT_TRUE(
      EditIndicator(*ctx_, coordinator_, IndicatorId(999), in).error().Is(ErrorCode::kNotFound));
}

TEST_F(IndicatorUseCases, ARoundDefaultsToTheUnitsAtTheReportingLevel) {
  Round r = Open();
  EXPECT_EQ(r.units, (std::vector<UnitId>{UnitId(4), UnitId(5)}));  // the two wards
  RoundInput again;
  again.period_year = 2025;
  again.opens_on = "2025-10-01";
  again.due_on = "2025-11-30";
  EXPECT_TRUE(OpenRound(*ctx_, coordinator_, programme_, again).error().Is(ErrorCode::kConflict));
  RoundInput bad;
  bad.period_year = 2025;
  bad.opens_on = "01/10/2025";
  bad.due_on = "2025-11-31";
  EXPECT_EQ(Fields(OpenRound(*ctx_, coordinator_, programme_, bad).error()),
            (std::vector<std::string>{"opens_on", "due_on"}));
  bad.opens_on = "2025-10-01";
  bad.due_on = "2025-11-30";
  bad.period_year = 2026;
  bad.unit_ids = {6};  // Ba Đình is in Hà Nội
  EXPECT_EQ(Fields(OpenRound(*ctx_, coordinator_, programme_, bad).error()),
            (std::vector<std::string>{"unit_ids[0]", "unit_ids"}));
}

// Issue 4: "bad uploads get a per-cell error report and change nothing" — the form too.
TEST_F(IndicatorUseCases, OneBadValueStoresNothingAndEveryErrorIsNamed) {
  Round r = Open();
  auto e =
      ReportValues(*ctx_, youth_union_, r.id,
                   {V(counselling_, 4, 300, 400), V(counselling_, 5, 500, 400), V(clubs_, 4, 2.5),
                    V(clubs_, 5, std::nullopt), V(IndicatorId(99), 4, 1), V(clubs_, 2, 1)},
                   "form");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(
      Fields(e.error()),
      (std::vector<std::string>{"values[1].numerator", "values[2].numerator", "values[3].numerator",
                                "values[4].indicator_id", "values[5].unit_id"}));
  auto d = RoundDashboard(*ctx_, coordinator_, r.id).value();
  EXPECT_EQ(d.by_level[static_cast<int>(UnitLevel::kCommune)].reported, 0);
}

TEST_F(IndicatorUseCases, ReportsRollUpAsSumsOfNumeratorsAndDenominators) {
  Round r = Open();
  SetToday("2025-11-25");
  auto ok = ReportValues(
      *ctx_, youth_union_, r.id,
      {V(counselling_, 4, 30, 300), V(counselling_, 5, 27000, 30000), V(clubs_, 4, 3)}, "form");
  ASSERT_TRUE(ok.ok()) << ok.error().message();
  EXPECT_EQ(ok->saved, 3);
  EXPECT_EQ(ok->late, 0);
  auto d = RoundDashboard(*ctx_, coordinator_, r.id).value();
  EXPECT_EQ(d.phase, RoundPhase::kDueSoon);
  auto commune = d.by_level[static_cast<int>(UnitLevel::kCommune)];
  EXPECT_EQ(commune.expected, 4);
  EXPECT_EQ(commune.reported, 3);
  EXPECT_EQ(commune.on_time, 3);
  ASSERT_EQ(d.indicators.size(), 2u);
  EXPECT_NEAR(*d.indicators[0].value, 100.0 * 27030 / 30300, 1e-9);  // not (10 + 90) / 2
  EXPECT_TRUE(*d.indicators[0].progress.meets_target);               // 2025 target 60
  EXPECT_EQ(*d.indicators[1].value, 3);
  auto rollup = IndicatorRollUpView(*ctx_, coordinator_, r.id, counselling_).value();
  ASSERT_EQ(rollup.units.size(), 3u);
  EXPECT_EQ(rollup.units[0].aggregate.denominator, 30300);
  EXPECT_NEAR(*rollup.units[1].value, 10, 1e-9);
  // Hà Nội's coordinator does not see Hải Phòng's round.
  EXPECT_TRUE(RoundDashboard(*ctx_, hanoi_, r.id).error().Is(ErrorCode::kNotFound));
}

// Issue 13: "a round can be recorded after its due date (late entry, marked late)".
TEST_F(IndicatorUseCases, Issue13_AfterTheDueDateValuesAreTakenAndCountedLate) {
  Round r = Open();
  SetToday("2025-12-01");
  auto late = ReportValues(*ctx_, youth_union_, r.id, {V(clubs_, 4, 3)}, "form");
  ASSERT_TRUE(late.ok()) << late.error().message();
  EXPECT_EQ(late->late, 1);
  auto d = RoundDashboard(*ctx_, coordinator_, r.id).value();
  EXPECT_EQ(d.phase, RoundPhase::kLate);
  auto commune = d.by_level[static_cast<int>(UnitLevel::kCommune)];
  EXPECT_EQ(commune.reported, 1);
  EXPECT_EQ(commune.on_time, 0);
  auto one = IndicatorRollUpView(*ctx_, coordinator_, r.id, clubs_).value();
  bool found = false;
  for (const auto& u : one.units) {
    if (u.own) {
      found = true;
      EXPECT_FALSE(IsOnTime(one.round, u.own->entered_on));
    }
  }
  EXPECT_TRUE(found);
}

// Issue 4: "lock after the due date with exceptions granted by the coordinator" — the lock
// comes when next year's round would open (issue 13: late entries until then).
TEST_F(IndicatorUseCases, LockedAfterTheLateWindowThenExceptionThenReopened) {
  Round r = Open();
  SetToday("2026-10-01");
  auto locked = ReportValues(*ctx_, youth_union_, r.id, {V(clubs_, 4, 3)}, "form");
  ASSERT_TRUE(locked.error().Is(ErrorCode::kConflict));
  EXPECT_EQ(Fields(locked.error()), (std::vector<std::string>{"values[0].unit_id"}));
  EXPECT_TRUE(GrantException(*ctx_, youth_union_, r.id, {4, "2026-10-05", "Bão"})
                  .error()
                  .Is(ErrorCode::kForbidden));
  EXPECT_EQ(Fields(GrantException(*ctx_, coordinator_, r.id, {6, "2025-11-30", ""}).error()),
            (std::vector<std::string>{"unit_id", "until", "reason"}));
  ASSERT_TRUE(GrantException(*ctx_, coordinator_, r.id, {4, "2026-10-05", "Bão số 3"}).ok());
  auto late = ReportValues(*ctx_, youth_union_, r.id, {V(clubs_, 4, 3)}, "form");
  ASSERT_TRUE(late.ok());
  EXPECT_EQ(late->late, 1);
  EXPECT_TRUE(ReportValues(*ctx_, youth_union_, r.id, {V(clubs_, 5, 3)}, "form")
                  .error()
                  .Is(ErrorCode::kConflict));
  EXPECT_FALSE(ReopenRound(*ctx_, coordinator_, r.id, "2025-11-30").ok());
  ASSERT_TRUE(ReopenRound(*ctx_, coordinator_, r.id, "2026-10-10").ok());
  ASSERT_TRUE(ReportValues(*ctx_, youth_union_, r.id, {V(clubs_, 5, 4)}, "form").ok());
  auto d = RoundDashboard(*ctx_, coordinator_, r.id).value();
  EXPECT_EQ(d.phase, RoundPhase::kReopened);
  auto commune = d.by_level[static_cast<int>(UnitLevel::kCommune)];
  EXPECT_EQ(commune.reported, 2);
  EXPECT_EQ(commune.on_time, 0);
  SetToday("2026-10-11");
  EXPECT_TRUE(ReportValues(*ctx_, youth_union_, r.id, {V(clubs_, 5, 4)}, "form")
                  .error()
                  .Is(ErrorCode::kConflict));
}

// Issue 13: "reporting rounds recur every year from the programme (opened automatically,
// with reminders sent)" — never two rounds for the same period.
TEST_F(IndicatorUseCases, Issue13_ScheduledRoundsOpenOnTheirDayOnce) {
  ProgrammeInput in{
      2, "Chương trình có lịch báo cáo hằng năm", "", 2025, 2030, std::nullopt, "10-01", "11-30"};
  ProgrammeInput bad = in;
  bad.round_opens_on = "12-01";
  bad.round_due_on = "11-31";
  auto e = DefineProgramme(*ctx_, coordinator_, bad);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(Fields(e.error()), (std::vector<std::string>{"round_schedule.due_on"}));
  bad.round_due_on = "11-30";
  EXPECT_EQ(Fields(DefineProgramme(*ctx_, coordinator_, bad).error()),
            (std::vector<std::string>{"round_schedule.due_on"}));
  ProgrammeId yearly = DefineProgramme(*ctx_, coordinator_, in).value().id;
  IndicatorInput count;
  count.code = "1";
  count.name = "Số câu lạc bộ";
  count.measure = "câu lạc bộ";
  count.kind = "count";
  ASSERT_TRUE(AddIndicator(*ctx_, coordinator_, yearly, count).ok());
  SetToday("2026-09-30");
  EXPECT_EQ(RunRoundSchedule(*ctx_).value().opened, 0);
  SetToday("2026-10-01");
  auto first = RunRoundSchedule(*ctx_).value();
  EXPECT_EQ(first.opened, 1);
  EXPECT_EQ(first.notices, 2);  // both wards of Hải Phòng: "opened"
  EXPECT_EQ(RunRoundSchedule(*ctx_).value().opened, 0);
  auto view = GetProgramme(*ctx_, coordinator_, yearly).value();
  ASSERT_EQ(view.rounds.size(), 1u);
  EXPECT_EQ(view.rounds[0].period_year, 2026);
  EXPECT_EQ(view.rounds[0].opens_on, Date(2026, 10, 1));
  EXPECT_EQ(view.rounds[0].due_on, Date(2026, 11, 30));
  EXPECT_EQ(view.rounds[0].units, (std::vector<UnitId>{UnitId(4), UnitId(5)}));
  SetToday("2027-10-01");
  EXPECT_EQ(RunRoundSchedule(*ctx_).value().opened, 1);
  EXPECT_EQ(GetProgramme(*ctx_, coordinator_, yearly).value().rounds.size(), 2u);
}

// Issue 13: "the responsible agency reports its own indicators (another agency of the same
// ward cannot overwrite them)".
TEST_F(IndicatorUseCases, Issue13_OnlyTheResponsibleBodyOfTheWardEntersItsIndicator) {
  AgencyId vhxh = CreateAgency(*ctx_, admin_, {4, "vhxh", "Phòng Văn hóa - Xã hội"}).value().id;
  AgencyId doan = CreateAgency(*ctx_, admin_, {4, "doan", "Đoàn phường"}).value().id;
  Actor vhxh_officer = Make("vhxhphuong", "agency_officer", 4, vhxh.value);
  Actor doan_officer = Make("doanphuong", "youth_union", 4, doan.value);
  Actor ward_coordinator = Make("phuong", "coordinator", 4, std::nullopt);
  ProgrammeId ward = DefineProgramme(*ctx_, ward_coordinator,
                                     {4, "Phát triển thanh niên phường Hồng Bàng", "", 2025, 2030,
                                      std::nullopt, std::nullopt, std::nullopt})
                         .value()
                         .id;
  IndicatorInput count;
  count.code = "3";
  count.name = "Số thanh niên tham gia tình nguyện";
  count.measure = "người";
  count.kind = "count";
  count.responsible_agency_id = vhxh.value;
  IndicatorId volunteers = AddIndicator(*ctx_, ward_coordinator, ward, count).value().id;
  RoundInput in{2025, "2025-10-01", "2025-11-30", {}};
  Round r = OpenRound(*ctx_, ward_coordinator, ward, in).value();
  auto refused = ReportValues(*ctx_, doan_officer, r.id, {V(volunteers, 4, 120)}, "form");
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(refused.error().Is(ErrorCode::kForbidden));
  EXPECT_NE(refused.error().message().find("Phòng Văn hóa - Xã hội"), std::string::npos);
  EXPECT_TRUE(RoundSheetFor(*ctx_, ward_coordinator, r.id).value().values.empty())
      << "nothing written";
  ASSERT_TRUE(ReportValues(*ctx_, vhxh_officer, r.id, {V(volunteers, 4, 120)}, "form").ok());
  EXPECT_TRUE(ReportValues(*ctx_, doan_officer, r.id, {V(volunteers, 4, 999)}, "form")
                  .error()
                  .Is(ErrorCode::kForbidden));
  ASSERT_TRUE(ReportValues(*ctx_, ward_coordinator, r.id, {V(volunteers, 4, 121)}, "form").ok());
  // The city's indicators (answered for by a city department) stay open to the ward's staff.
  Round city = Open();
  EXPECT_TRUE(ReportValues(*ctx_, doan_officer, city.id, {V(clubs_, 4, 3)}, "form").ok());
}

// Issue 13: "a ward that reports to the city's programme does not enter the same figures
// twice for its own programme".
TEST_F(IndicatorUseCases, Issue13_AWardProgrammeReadsTheFiguresEnteredForTheCity) {
  Actor ward_coordinator = Make("phuong", "coordinator", 4, std::nullopt);
  ProgrammeId ward = DefineProgramme(*ctx_, ward_coordinator,
                                     {4, "Phát triển thanh niên phường Hồng Bàng", "", 2025, 2030,
                                      std::nullopt, std::nullopt, std::nullopt})
                         .value()
                         .id;
  IndicatorInput linked;
  linked.code = "1";
  linked.name = "Tỷ lệ thanh niên được tư vấn hướng nghiệp";
  linked.measure = "%";
  linked.values_from_id = clubs_.value;  // a count: not the same measure
  auto e = AddIndicator(*ctx_, ward_coordinator, ward, linked);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(Fields(e.error()), (std::vector<std::string>{"values_from_id"}));
  linked.values_from_id = counselling_.value;
  IndicatorId own = AddIndicator(*ctx_, ward_coordinator, ward, linked).value().id;
  Round city = Open();
  Round mine =
      OpenRound(*ctx_, ward_coordinator, ward, {2025, "2025-10-01", "2025-11-30", {}}).value();
  // Entered once, for the city (Phường Hồng Bàng = unit 4).
  ASSERT_TRUE(
      ReportValues(*ctx_, youth_union_, city.id, {V(counselling_, 4, 150, 300)}, "form").ok());
  auto twice = ReportValues(*ctx_, ward_coordinator, mine.id, {V(own, 4, 150, 300)}, "form");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(Fields(twice.error()), (std::vector<std::string>{"values[0].indicator_id"}));
  auto d = RoundDashboard(*ctx_, ward_coordinator, mine.id).value();
  ASSERT_EQ(d.indicators.size(), 1u);
  EXPECT_EQ(d.indicators[0].value, 50);  // 150 / 300
  EXPECT_EQ(d.by_level[static_cast<int>(UnitLevel::kCommune)].reported, 1);
  auto one = IndicatorRollUpView(*ctx_, ward_coordinator, mine.id, own).value();
  ASSERT_FALSE(one.units.empty());
  EXPECT_EQ(one.units[0].value, 50);
  // A correction for the city is seen by the ward at once.
  ASSERT_TRUE(
      ReportValues(*ctx_, youth_union_, city.id, {V(counselling_, 4, 180, 300)}, "form").ok());
  EXPECT_EQ(RoundDashboard(*ctx_, ward_coordinator, mine.id).value().indicators[0].value, 60);
  EXPECT_TRUE(RoundSheetFor(*ctx_, ward_coordinator, mine.id).value().indicators.empty())
      << "the template asks only for what is entered here";
}

// Issue 4: "a value far from last year's asks for a comment".
TEST_F(IndicatorUseCases, FarFromLastYearAsksForAComment) {
  clock_.Set(Instant::ParseIso("2024-10-15T03:00:00Z").value());
  Round r2024 = Open(2024);
  ASSERT_TRUE(
      ReportValues(*ctx_, youth_union_, r2024.id, {V(counselling_, 4, 150, 300)}, "form").ok());
  clock_.Set(Instant::ParseIso("2025-10-15T03:00:00Z").value());
  Round r2025 = Open(2025);
  auto e = ReportValues(*ctx_, youth_union_, r2025.id, {V(counselling_, 4, 270, 300)}, "form");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(Fields(e.error()), (std::vector<std::string>{"values[0].comment"}));
  ASSERT_TRUE(ReportValues(*ctx_, youth_union_, r2025.id,
                           {V(counselling_, 4, 270, 300, "Mở 3 điểm tư vấn mới")}, "form")
                  .ok());
  auto d = RoundDashboard(*ctx_, coordinator_, r2025.id).value();
  ASSERT_EQ(d.indicators[0].history.size(), 2u);
  EXPECT_EQ(d.indicators[0].history[0], (YearTarget{2024, 50}));
  EXPECT_EQ(d.indicators[0].history[1], (YearTarget{2025, 90}));
}

TEST_F(IndicatorUseCases, OthersCannotReportAndPublicShowsOnlyPublicIndicators) {
  Round r = Open();
  EXPECT_TRUE(ReportValues(*ctx_, hanoi_, r.id, {V(clubs_, 4, 3)}, "form")
                  .error()
                  .Is(ErrorCode::kForbidden));
  ASSERT_TRUE(ReportValues(*ctx_, youth_union_, r.id, {V(counselling_, 4, 200, 300)}, "form").ok());
  auto pub = PublicIndicators(*ctx_).value();
  ASSERT_EQ(pub.size(), 1u);
  ASSERT_EQ(pub[0].indicators.size(), 1u);
  EXPECT_EQ(pub[0].indicators[0].indicator.code, "1.1");
  EXPECT_NEAR(*pub[0].indicators[0].value, 200.0 / 3, 1e-9);
}

// An imported plan of `unit` with one ongoing task; returns the task.
TaskId PlanTask(Context& ctx, const Actor& actor, int64_t unit, int64_t number,
                std::optional<AgencyId> lead) {
  ImportedDocumentInput in;
  in.unit = UnitId(unit);
  in.type_code = "KH";
  in.number = number;
  in.symbol = "KH-UBND";
  in.issuer = "Ủy ban nhân dân";
  in.issued_on = Date(2025, 10, 3);
  in.summary = "Kế hoạch thực hiện chương trình phát triển thanh niên";
  in.tasks = {{lead,
               "Sở Nội vụ",
               {},
               "Tư vấn hướng nghiệp cho thanh niên",
               Deadline::Ongoing(),
               std::nullopt}};
  auto d = RecordImportedDocument(ctx, actor, in);
  EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message());
  return d->tasks.at(0).id;
}

// Issue 4: "Appendix II tasks … are tasks of the conclusions issue's task model, linked to the
// indicators they move" — of the programme's unit or below, once each, by its coordinator.
TEST_F(IndicatorUseCases, AppendixTasksAreLinkedOnceFromTheProgrammesUnitAndUnlinked) {
  TaskId city = PlanTask(*ctx_, coordinator_, 2, 215, agency_);
  TaskId hanoi = PlanTask(*ctx_, hanoi_, 3, 12, std::nullopt);
  ASSERT_TRUE(LinkIndicatorTask(*ctx_, coordinator_, counselling_, city).ok());
  auto v = GetProgramme(*ctx_, coordinator_, programme_);
  ASSERT_TRUE(v.ok());
  ASSERT_EQ(v->tasks[counselling_].size(), 1u);
  EXPECT_EQ(v->tasks[counselling_][0].task.id, city);
  EXPECT_EQ(v->tasks[counselling_][0].status, TaskStatus::kNotStarted);
  EXPECT_EQ(v->tasks[counselling_][0].number_symbol, "215/KH-UBND");
  EXPECT_TRUE(v->tasks[clubs_].empty());
  for (TaskId bad : {city, hanoi, TaskId(9999)}) {
    auto s = LinkIndicatorTask(*ctx_, coordinator_, counselling_, bad);
    ASSERT_FALSE(s.ok()) << bad.value;
    EXPECT_EQ(Fields(s.error()), std::vector<std::string>{"task_id"});
  }
  EXPECT_TRUE(
      LinkIndicatorTask(*ctx_, youth_union_, clubs_, city).error().Is(ErrorCode::kForbidden));
  EXPECT_TRUE(UnlinkIndicatorTask(*ctx_, youth_union_, counselling_, city)
                  .error()
                  .Is(ErrorCode::kForbidden));
  ASSERT_TRUE(UnlinkIndicatorTask(*ctx_, coordinator_, counselling_, city).ok());
  EXPECT_TRUE(UnlinkIndicatorTask(*ctx_, coordinator_, counselling_, city)
                  .error()
                  .Is(ErrorCode::kNotFound));
  EXPECT_TRUE(GetProgramme(*ctx_, coordinator_, programme_)->tasks[counselling_].empty());
}

}  // namespace
}  // namespace doithoai
