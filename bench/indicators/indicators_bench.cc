// Indicator benchmarks (issue 4, docs/benchmarks.md "Indicators"): a synthetic national tree
// of 34 provinces and 3,321 communes, 30 indicators (20 ratios, 10 counts) and 6 yearly
// rounds (2025–2030) with a value for every commune and indicator (597,780 values), in a real
// SQLite file. Times, as median and 95th percentile over N runs after a warm-up:
//   - rolling up one indicator for the nation: the pure roll-up, and end to end through the
//     use case (read the tree and the values from SQLite, roll up): target < 20 ms;
//   - the completeness view of one round: pure, store + compute, and the whole round
//     dashboard (completeness + 30 indicators × 6 rounds rolled up): target < 50 ms;
//   - importing a filled XLSX template of one province (~98 communes × 30 indicators): read,
//     validate, store in one transaction: target < 1 s;
//   - the same roll-up at 10× the units (340 provinces, 33,210 communes).
//
//   indicators_bench [--runs N] [--dir D]     (default 30 runs, a temporary directory)
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "../bench_kit.h"
#include "app/indicator/indicators.h"
#include "documents/render/indicator_xlsx.h"
#include "import/indicator_sheet.h"
#include "storage/sqlite/sqlite_store.h"

namespace {

using namespace doithoai;
using namespace doithoai::bench;
using Clk = std::chrono::steady_clock;

constexpr int kRatios = 20, kCounts = 10, kYears = 6;

struct National {
  std::unique_ptr<storage::sqlite::SqliteStore> store;
  UserId user;  // who enters the imported values
  Unit nation;
  std::vector<Unit> provinces;
  std::vector<Unit> communes;
  std::vector<Indicator> indicators;
  std::vector<Round> rounds;  // 2025 … 2030
};

// The value of commune `c` for indicator `i` in year index `y`: ratios drift by at most a
// point a year, counts by a few percent, so "far from last year" never triggers.
IndicatorValue ValueOf(const National& n, size_t c, size_t i, size_t y, RoundId round) {
  IndicatorValue v;
  v.round = round;
  v.indicator = n.indicators[i].id;
  v.unit = n.communes[c].id;
  if (n.indicators[i].kind == IndicatorKind::kRatio) {
    double youth = std::floor(800 + 9000 * Noise(c, 7));
    double rate = 0.3 + 0.4 * Noise(c, i) + 0.01 * static_cast<double>(y);
    v.numerator = std::floor(youth * std::min(rate, 1.0));
    v.denominator = youth;
  } else {
    v.numerator = std::floor(20 + 200 * Noise(c, i) * (1 + 0.03 * static_cast<double>(y)));
  }
  v.entered_at = {1764000000};
  v.entered_on = Date(2025 + static_cast<int>(y), 11, 20);
  return v;
}

// Builds the tree: one nation, `provinces` provinces, `communes` communes spread evenly.
National Build(const std::string& path, int provinces, int communes, int years,
               int indicators_with_values) {
  std::filesystem::remove(path);
  National n;
  n.store = Must(storage::sqlite::SqliteStore::Open(path), "open");
  Must(n.store->Write([&](Tx& tx) -> Status {
    Unit nation;
    nation.code = "vn";
    nation.name = "Việt Nam";
    nation.kind = "quốc gia";
    nation.level = UnitLevel::kNation;
    DT_ASSIGN_OR_RETURN(n.nation, tx.units().Insert(nation));
    for (int p = 0; p < provinces; ++p) {
      Unit u;
      u.code = "p" + std::to_string(p);
      u.name = "Tỉnh " + std::to_string(p);
      u.kind = "tỉnh";
      u.level = UnitLevel::kProvince;
      u.parent = n.nation.id;
      DT_ASSIGN_OR_RETURN(u, tx.units().Insert(u));
      n.provinces.push_back(u);
    }
    for (int c = 0; c < communes; ++c) {
      Unit u;
      u.code = "c" + std::to_string(c);
      u.name = "Xã " + std::to_string(c);
      u.kind = "xã";
      u.level = UnitLevel::kCommune;
      u.parent = n.provinces[static_cast<size_t>(c) * provinces / communes].id;
      DT_ASSIGN_OR_RETURN(u, tx.units().Insert(u));
      n.communes.push_back(u);
    }
    User user;
    user.username = "bench";
    user.display_name = "Bench";
    user.password_hash = "-";
    DT_ASSIGN_OR_RETURN(user, tx.users().Insert(user));
    n.user = user.id;
    Programme p;
    p.unit = n.nation.id;
    p.title = "Chương trình thử tải";
    p.start_year = 2025;
    DT_ASSIGN_OR_RETURN(p, tx.indicators().InsertProgramme(p));
    for (int i = 0; i < kRatios + kCounts; ++i) {
      Indicator ind;
      ind.programme = p.id;
      ind.code = "CT" + std::to_string(i + 1);
      ind.name = "Chỉ tiêu " + std::to_string(i + 1);
      ind.kind = i < kRatios ? IndicatorKind::kRatio : IndicatorKind::kCount;
      ind.measure = i < kRatios ? "%" : "người";
      ind.baseline_value = i < kRatios ? 40 : 100;
      ind.targets = {{2030, i < kRatios ? 80.0 : 300.0}};
      ind.position = i + 1;
      DT_ASSIGN_OR_RETURN(ind, tx.indicators().InsertIndicator(ind));
      n.indicators.push_back(ind);
    }
    for (int y = 0; y < years; ++y) {
      Round r;
      r.programme = p.id;
      r.period_year = 2025 + y;
      r.opens_on = Date(2025 + y, 10, 1);
      r.due_on = Date(2025 + y, 11, 30);
      for (const auto& c : n.communes) r.units.push_back(c.id);
      DT_ASSIGN_OR_RETURN(r, tx.indicators().InsertRound(r));
      n.rounds.push_back(r);
    }
    return Ok();
  }),
       "build the tree");
  // Values in transactions of 20,000 rows.
  std::vector<IndicatorValue> batch;
  auto flush = [&] {
    Must(n.store->Write([&](Tx& tx) -> Status {
      for (const auto& v : batch) DT_RETURN_IF_ERROR(tx.indicators().SaveValue(v));
      return Ok();
    }),
         "values");
    batch.clear();
  };
  for (size_t y = 0; y < static_cast<size_t>(years); ++y) {
    for (size_t i = 0; i < static_cast<size_t>(indicators_with_values); ++i) {
      for (size_t c = 0; c < n.communes.size(); ++c) {
        batch.push_back(ValueOf(n, c, i, y, n.rounds[y].id));
        if (batch.size() == 20000) flush();
      }
    }
  }
  if (!batch.empty()) flush();
  return n;
}

Actor NationalCoordinator(const National& n) {
  Actor a;
  a.user = n.user;
  a.username = "bench";
  a.grants = {{Role::kCoordinator, n.nation.id, std::nullopt, n.nation.path}};
  return a;
}

void Row(const char* what, const Timing& t, const char* target) {
  std::printf("| %s | %.2f | %.2f | %s |\n", what, t.median_ms, t.p95_ms, target);
}

// Pure roll-up of indicator 0 of the last round over the whole tree, and end to end.
void RollUps(National& n, int runs, const char* scale) {
  Actor actor = NationalCoordinator(n);
  FixedClock clock(Instant::ParseIso("2030-11-25T03:00:00Z").value());
  Context ctx{*n.store, clock};
  std::vector<TreeUnit> nodes;
  for (const auto* list : {&n.provinces, &n.communes})
    for (const auto& u : *list) nodes.push_back({u.id, u.parent, u.level});
  nodes.push_back({n.nation.id, std::nullopt, UnitLevel::kNation});
  UnitTree tree = Must(UnitTree::Build(nodes), "tree");
  RoundId last = n.rounds.back().id;
  auto values = Must(ReadValue<std::vector<IndicatorValue>>(
                         *n.store,
                         [&](Tx& tx) -> Result<std::vector<IndicatorValue>> {
                           return tx.indicators().ValuesOf(last, n.indicators[0].id);
                         }),
                     "values");
  std::vector<Reported> reported;
  for (const auto& v : values) reported.push_back({v.unit, v.numerator, v.denominator.value_or(0)});
  std::string label = std::string("roll up one indicator, pure (") + scale + ")";
  Row(label.c_str(), Time(runs, [&] { (void)Must(RollUpIndicator(tree, reported), "roll-up"); }),
      "");
  label = std::string("roll up one indicator, end to end from SQLite (") + scale + ")";
  Row(label.c_str(),
      Time(runs,
           [&] {
             (void)Must(IndicatorRollUpView(ctx, actor, last, n.indicators[0].id), "roll-up view");
           }),
      "< 20 ms (national)");
}

void CompletenessTimes(National& n, int runs) {
  Actor actor = NationalCoordinator(n);
  FixedClock clock(Instant::ParseIso("2030-11-25T03:00:00Z").value());
  Context ctx{*n.store, clock};
  const Round& round = n.rounds.back();
  std::vector<TreeUnit> nodes = {{n.nation.id, std::nullopt, UnitLevel::kNation}};
  for (const auto* list : {&n.provinces, &n.communes})
    for (const auto& u : *list) nodes.push_back({u.id, u.parent, u.level});
  UnitTree tree = Must(UnitTree::Build(nodes), "tree");
  std::vector<EnteredReport> entered;
  Must(n.store->Read([&](Tx& tx) -> Status {
    for (const auto& v : tx.indicators().Values(round.id))
      entered.push_back({v.unit, v.indicator, v.entered_on});
    return Ok();
  }),
       "values");
  Row("completeness of one round, pure",
      Time(runs,
           [&] {
             (void)ComputeCompleteness(tree, round.units, n.indicators, entered, round.due_on);
           }),
      "");
  Row("completeness of one round, store + compute",
      Time(runs,
           [&] {
             Must(n.store->Read([&](Tx& tx) -> Status {
               auto units = tx.indicators().UnitsWithin(n.nation.path);
               std::vector<TreeUnit> t;
               for (const auto& u : units) t.push_back({u.id, u.parent, u.level});
               auto built = UnitTree::Build(std::move(t));
               auto r = tx.indicators().FindRound(round.id);
               (void)ComputeCompleteness(*built, r->units,
                                         tx.indicators().ListIndicators(round.programme),
                                         tx.indicators().Entered(round.id), round.due_on);
               return Ok();
             }),
                  "completeness");
           }),
      "< 50 ms");
  Row("whole round dashboard (completeness + 30 indicators × 6 rounds)",
      Time(std::max(3, runs / 5),
           [&] { (void)Must(RoundDashboard(ctx, actor, round.id), "dashboard"); }),
      "");
}

void Import(National& n, int runs) {
  Actor actor = NationalCoordinator(n);
  FixedClock clock(Instant::ParseIso("2030-11-25T03:00:00Z").value());
  Context ctx{*n.store, clock};
  const Unit& province = n.provinces[0];
  documents::ValueTemplate t;
  t.programme_title = "Chương trình thử tải";
  t.period_year = 2030;
  t.due_on = "30/11/2030";
  t.indicators = n.indicators;
  size_t rows = 0;
  for (size_t c = 0; c < n.communes.size(); ++c) {
    if (n.communes[c].parent != province.id) continue;
    documents::ValueTemplate::UnitLine line{n.communes[c].code, n.communes[c].name, {}};
    for (size_t i = 0; i < n.indicators.size(); ++i)
      line.values[n.indicators[i].id] = ValueOf(n, c, i, kYears - 1, n.rounds.back().id);
    t.units.push_back(std::move(line));
    rows++;
  }
  std::string bytes =
      Must(documents::RenderSheetsXlsx({documents::ValueTemplateSheet(t)}), "template");
  import::ReadLimits limits;
  limits.max_columns = 200;
  int saved = 0;
  Timing timing = Time(runs, [&] {
    auto cells = Must(import::ReadIndicatorSheet(bytes, "tinh.xlsx", limits), "read");
    std::vector<ValueInput> values;
    for (auto& c : cells) {
      ValueInput v;
      v.indicator_code = c.indicator_code;
      v.unit_code = c.unit_code;
      v.numerator = c.numerator;
      v.denominator = c.denominator;
      v.fields = {c.numerator_cell, c.unit_cell, c.numerator_cell, c.denominator_cell,
                  c.comment_cell};
      values.push_back(std::move(v));
    }
    saved = Must(ReportValues(ctx, actor, n.rounds.back().id, std::move(values), "bench"), "import")
                .saved;
  });
  char label[160];
  std::snprintf(label, sizeof label,
                "import one province's XLSX (%zu rows × %d indicators = %d values, %zu KB)", rows,
                kRatios + kCounts, saved, bytes.size() / 1024);
  Row(label, timing, "< 1 s");
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 30;
  std::string dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
    if (!std::strcmp(argv[i], "--dir")) dir = argv[i + 1];
  }
  if (dir.empty())
    dir = (std::filesystem::temp_directory_path() / "doithoai-indicators-bench").string();
  std::filesystem::create_directories(dir);
  auto t0 = Clk::now();
  National national = Build(dir + "/national.db", 34, 3321, kYears, kRatios + kCounts);
  double build_s = std::chrono::duration<double>(Clk::now() - t0).count();
  std::printf(
      "Synthetic tree: 1 nation, 34 provinces, 3,321 communes; 30 indicators; 6 rounds; "
      "%zu values loaded in %.1f s. Median and p95 of %d runs (ms).\n\n",
      national.communes.size() * 30 * kYears, build_s, runs);
  std::printf("| operation | median ms | p95 ms | target |\n|---|---|---|---|\n");
  RollUps(national, runs, "3,356 units");
  CompletenessTimes(national, runs);
  Import(national, std::max(3, runs / 3));
  national.store.reset();
  // 10×: one indicator in one round is enough for the roll-up.
  National big = Build(dir + "/tenfold.db", 340, 33210, 1, 1);
  RollUps(big, runs, "33,551 units");
  big.store.reset();
  std::filesystem::remove_all(dir);
  return 0;
}
