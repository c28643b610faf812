// Task benchmarks (issue 3, docs/benchmarks.md "Conclusions and tasks"): 100,000 tasks across
// a synthetic national tree of 34 provinces and 3,321 communes, in a real SQLite file. Each
// province issues a conclusion of 60 tasks for its departments, each split into 1–4 sub-tasks
// for its communes (commune-level tasks for the rest), with 0–3 progress reports each, so
// every status occurs. Times, as median and 95th percentile over N runs after a warm-up:
//   - status of every task and the roll-up over the unit tree and the task tree, pure;
//   - the national board end to end through GetTaskBoard (read the subtree's tasks and
//     reports from SQLite, status, roll-up, late list) for a national coordinator: < 100 ms;
//   - the same board for one province.
//
//   tasks_bench [--runs N] [--dir D] [--tasks T]   (default 20 runs, a temporary directory)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "../bench_kit.h"
#include "app/task/tasks.h"
#include "domain/task/roll_up.h"
#include "storage/sqlite/sqlite_store.h"

namespace {

using namespace doithoai;
using namespace doithoai::bench;
using Clk = std::chrono::steady_clock;

constexpr int kProvinces = 34, kCommunes = 3321;
constexpr int kProvinceTasks = 60;  // per province conclusion

struct National {
  std::unique_ptr<storage::sqlite::SqliteStore> store;
  UserId user;
  Unit nation;
  std::vector<Unit> provinces;
  std::vector<Unit> communes;
  int64_t tasks = 0, reports = 0;
};

const Date kToday(2026, 6, 15);

// Deadlines around kToday: most dated (past and future), some yearly, some ongoing.
Deadline DeadlineOf(uint64_t i) {
  double r = Noise(i, 1);
  if (r < 0.7)
    return Deadline::OnDate(kToday.AddDays(static_cast<int64_t>(Noise(i, 2) * 360) - 200));
  if (r < 0.85) return Deadline::Yearly(11, 30, "trước ngày 30/11 hằng năm");
  return Deadline::Ongoing();
}

// 0–3 reports before kToday; the last is "done" for about a third of the tasks.
std::vector<TaskReport> ReportsOf(uint64_t i, TaskId task, UserId user) {
  std::vector<TaskReport> out;
  int n = static_cast<int>(Noise(i, 3) * 4);
  bool done = Noise(i, 4) < 0.35;
  for (int k = 0; k < n; ++k) {
    TaskReport r;
    r.task = task;
    r.on = kToday.AddDays(-static_cast<int64_t>(Noise(i, 10 + k) * 300) - 1);
    r.percent = k + 1 == n && done ? 100 : 20 * (k + 1);
    r.done = k + 1 == n && done;
    r.text = "Báo cáo tiến độ";
    r.user = user;
    r.created_at = {1750000000};
    out.push_back(std::move(r));
  }
  return out;
}

Task TaskAt(const Unit& unit, AgencyId lead, DocumentId doc, std::optional<TaskId> parent,
            uint64_t i) {
  Task t;
  t.document = doc;
  t.parent = parent;
  t.unit = unit.id;
  t.lead = {lead, "Cơ quan " + std::to_string(lead.value)};
  t.content = "Nghiên cứu, giải quyết và trả lời kiến nghị của thanh niên số " + std::to_string(i);
  t.deadline = DeadlineOf(i);
  t.source = t.content;
  t.created_at = {1740000000};
  return t;
}

// The tree, one agency per unit, a conclusion per province, and `total` tasks.
National Build(const std::string& path, int64_t total) {
  std::filesystem::remove(path);
  National n;
  n.store = Must(storage::sqlite::SqliteStore::Open(path), "open");
  std::vector<AgencyId> province_agency, commune_agency;
  std::vector<DocumentId> conclusion;
  Must(n.store->Write([&](Tx& tx) -> Status {
    Unit nation{};
    nation.code = "vn";
    nation.name = "Việt Nam";
    nation.kind = "quốc gia";
    nation.level = UnitLevel::kNation;
    DT_ASSIGN_OR_RETURN(n.nation, tx.units().Insert(nation));
    for (int p = 0; p < kProvinces; ++p) {
      Unit u{};
      u.code = "p" + std::to_string(p);
      u.name = "Tỉnh " + std::to_string(p);
      u.kind = "tỉnh";
      u.level = UnitLevel::kProvince;
      u.parent = n.nation.id;
      DT_ASSIGN_OR_RETURN(u, tx.units().Insert(u));
      n.provinces.push_back(u);
      Agency a{};
      a.unit = u.id;
      a.code = "so-noi-vu";
      a.name = "Sở Nội vụ tỉnh " + std::to_string(p);
      DT_ASSIGN_OR_RETURN(a, tx.agencies().Insert(a));
      province_agency.push_back(a.id);
    }
    for (int c = 0; c < kCommunes; ++c) {
      Unit u{};
      u.code = "c" + std::to_string(c);
      u.name = "Xã " + std::to_string(c);
      u.kind = "xã";
      u.level = UnitLevel::kCommune;
      u.parent = n.provinces[static_cast<size_t>(c) * kProvinces / kCommunes].id;
      DT_ASSIGN_OR_RETURN(u, tx.units().Insert(u));
      n.communes.push_back(u);
      Agency a{};
      a.unit = u.id;
      a.code = "ubnd";
      a.name = "Ủy ban nhân dân xã " + std::to_string(c);
      DT_ASSIGN_OR_RETURN(a, tx.agencies().Insert(a));
      commune_agency.push_back(a.id);
    }
    User user;
    user.username = "bench";
    user.display_name = "Bench";
    user.password_hash = "-";
    DT_ASSIGN_OR_RETURN(user, tx.users().Insert(user));
    n.user = user.id;
    for (int p = 0; p < kProvinces; ++p) {
      Document d;
      d.unit = n.provinces[p].id;
      d.kind = "conclusion";
      d.type_code = "TB";
      d.type_name = "Thông báo";
      d.number = p + 1;
      d.symbol = "TB-UBND";
      d.number_symbol = std::to_string(p + 1) + "/TB-UBND";
      d.issuer = "Ủy ban nhân dân tỉnh " + std::to_string(p);
      d.issued_on = Date(2025, 4, 8);
      d.summary = "Kết luận đối thoại với thanh niên năm 2025";
      d.content_json = "{}";
      d.created_at = {1744000000};
      DT_ASSIGN_OR_RETURN(d, tx.documents().Insert(d));
      conclusion.push_back(d.id);
    }
    return Ok();
  }),
       "build the tree");

  // Tasks in transactions of ~20,000: per province, its conclusion's tasks, each split into
  // sub-tasks for its communes; what is left of `total` goes to commune-led tasks.
  std::vector<std::vector<size_t>> communes_of(kProvinces);
  for (size_t c = 0; c < n.communes.size(); ++c) {
    communes_of[c * kProvinces / kCommunes].push_back(c);
  }
  uint64_t i = 0;
  auto add = [&](Tx& tx, Task t) -> Result<TaskId> {
    DT_ASSIGN_OR_RETURN(Task stored, tx.tasks().Insert(std::move(t)));
    for (auto& r : ReportsOf(i, stored.id, n.user)) {
      DT_ASSIGN_OR_RETURN(TaskReport kept, tx.tasks().InsertReport(std::move(r)));
      (void)kept;
      ++n.reports;
    }
    ++n.tasks;
    ++i;
    return stored.id;
  };
  for (int p = 0; p < kProvinces; ++p) {
    Must(n.store->Write([&](Tx& tx) -> Status {
      const auto& mine = communes_of[p];
      for (int k = 0; k < kProvinceTasks; ++k) {
        DT_ASSIGN_OR_RETURN(TaskId parent, add(tx, TaskAt(n.provinces[p], province_agency[p],
                                                          conclusion[p], std::nullopt, i)));
        int split = 1 + static_cast<int>(Noise(i, 5) * 4);
        for (int s = 0; s < split; ++s) {
          size_t c = mine[static_cast<size_t>(Noise(i, 6) * static_cast<double>(mine.size()))];
          DT_ASSIGN_OR_RETURN(TaskId child, add(tx, TaskAt(n.communes[c], commune_agency[c],
                                                           conclusion[p], parent, i)));
          (void)child;
        }
      }
      return Ok();
    }),
         "province tasks");
  }
  while (n.tasks < total) {
    Must(n.store->Write([&](Tx& tx) -> Status {
      for (int k = 0; k < 20000 && n.tasks < total; ++k) {
        size_t c = static_cast<size_t>(Noise(i, 7) * kCommunes);
        size_t p = c * kProvinces / kCommunes;
        DT_ASSIGN_OR_RETURN(TaskId id, add(tx, TaskAt(n.communes[c], commune_agency[c],
                                                      conclusion[p], std::nullopt, i)));
        (void)id;
      }
      return Ok();
    }),
         "commune tasks");
  }
  return n;
}

Actor Coordinator(const National& n, const Unit& unit) {
  Actor a;
  a.user = n.user;
  a.username = "bench";
  a.grants = {{Role::kCoordinator, unit.id, std::nullopt, unit.path}};
  return a;
}

void Row(const char* what, const Timing& t, const char* target) {
  std::printf("| %s | %.2f | %.2f | %.2f | %s |\n", what, t.median_ms, t.p95_ms, t.cpu_median_ms,
              target);
}

void Measure(National& n, int runs) {
  FixedClock clock(Instant::ParseIso("2026-06-15T03:00:00Z").value());
  Context ctx{*n.store, clock};
  std::vector<Task> tasks =
      Must(ReadValue<std::vector<Task>>(*n.store,
                                        [&](Tx& tx) -> Result<std::vector<Task>> {
                                          return tx.tasks().ListInSubtree(n.nation.path);
                                        }),
           "tasks");
  std::vector<TaskNode> nodes;
  Row("status of 100,000 tasks, pure",
      Time(runs,
           [&] {
             nodes.clear();
             for (const Task& t : tasks) {
               nodes.push_back({t.id.value,
                                t.parent ? std::optional(t.parent->value) : std::nullopt,
                                t.unit_path, StatusOf(t.deadline, t.progress, kToday)});
             }
           }),
      "");
  Row("roll-up over the unit tree, pure", Time(runs, [&] { (void)RollUpUnits(nodes); }), "");
  Row("roll-up over the task tree, pure",
      Time(runs, [&] { (void)Must(RollUpTaskTree(nodes), "task tree"); }), "");
  Row("status + both roll-ups, pure",
      Time(runs,
           [&] {
             std::vector<TaskNode> fresh;
             fresh.reserve(tasks.size());
             for (const Task& t : tasks) {
               fresh.push_back({t.id.value,
                                t.parent ? std::optional(t.parent->value) : std::nullopt,
                                t.unit_path, StatusOf(t.deadline, t.progress, kToday)});
             }
             (void)RollUpUnits(fresh);
             (void)Must(RollUpTaskTree(fresh), "task tree");
           }),
      "< 100 ms");
  Row("read the nation's tasks and reports from SQLite (ListInSubtree)",
      Time(runs,
           [&] {
             (void)Must(
                 ReadValue<std::vector<Task>>(*n.store,
                                              [&](Tx& tx) -> Result<std::vector<Task>> {
                                                return tx.tasks().ListInSubtree(n.nation.path);
                                              }),
                 "tasks");
           }),
      "");
  Row("read the nation's status rows from SQLite (StatusRowsInSubtree)",
      Time(runs,
           [&] {
             (void)Must(ReadValue<std::vector<TaskStatusRow>>(
                            *n.store,
                            [&](Tx& tx) -> Result<std::vector<TaskStatusRow>> {
                              return tx.tasks().StatusRowsInSubtree(n.nation.path);
                            }),
                        "rows");
           }),
      "");
  Actor national = Coordinator(n, n.nation);
  TaskBoard board = Must(GetTaskBoard(ctx, national, std::nullopt), "board");
  Row("national board end to end (GetTaskBoard on SQLite)",
      Time(runs, [&] { (void)Must(GetTaskBoard(ctx, national, std::nullopt), "board"); }),
      "< 100 ms");
  Actor provincial = Coordinator(n, n.provinces[0]);
  Row("one province's board end to end",
      Time(runs, [&] { (void)Must(GetTaskBoard(ctx, provincial, std::nullopt), "board"); }), "");
  std::printf(
      "\nnational board: %d tasks (not started %d, in progress %d, done on time %d, done late "
      "%d, overdue %d), %zu units listed, %zu late shown\n",
      board.total.total(), board.total.not_started, board.total.in_progress,
      board.total.done_on_time, board.total.done_late, board.total.overdue, board.children.size(),
      board.late.size());
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 20;
  int64_t total = 100000;
  std::string dir;
  for (int a = 1; a + 1 < argc; a += 2) {
    if (!std::strcmp(argv[a], "--runs")) runs = std::max(1, std::atoi(argv[a + 1]));
    if (!std::strcmp(argv[a], "--dir")) dir = argv[a + 1];
    if (!std::strcmp(argv[a], "--tasks")) total = std::max<int64_t>(1000, std::atoll(argv[a + 1]));
  }
  namespace fs = std::filesystem;
  fs::path base = dir.empty() ? fs::temp_directory_path() / "doithoai-tasks-bench" : fs::path(dir);
  fs::create_directories(base);
  auto t0 = Clk::now();
  National n = Build((base / "tasks.db").string(), total);
  double build_s = std::chrono::duration<double>(Clk::now() - t0).count();
  std::printf(
      "%lld tasks (%lld progress reports) over %d provinces and %d communes; built in "
      "%.1f s; %d runs\n\n",
      static_cast<long long>(n.tasks), static_cast<long long>(n.reports), kProvinces, kCommunes,
      build_s, runs);
  std::printf("| measure | median ms | p95 ms | CPU median ms | target |\n|---|---|---|---|---|\n");
  Measure(n, runs);
  n.store.reset();
  if (dir.empty()) fs::remove_all(base);
  return 0;
}
