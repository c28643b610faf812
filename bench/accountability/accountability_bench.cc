// bench_accountability (issue 14): the public accountability page of a dialogue with N
// questions. Seeds the Hải Phòng demo plus N questions in its 2025 dialogue straight through
// the repositories (one transaction per 10,000; the intake rules would refuse 100,000 youths a
// minute apart), grouped 10 per issue, routed round the demo agencies, half of the issues
// answered and published, 1 in 50 questions out of scope, 1 in 3 with consent to publish its
// text. Then times the page's first build (GetAccountability: every question read and
// classified, the page of 20 picked), a filtered build and the cache's fingerprint.
// Then the open-data downloads (issue 14, item 5): the questions dataset built and written as
// CSV and as JSON, and the tasks dataset, with their sizes.
// The cached figure (p99 over HTTP) comes from wrk against `doithoai serve` on the same file:
// docs/benchmarks.md, "Public accountability".
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "app/dialogue/accountability.h"
#include "app/dialogue/open_data.h"
#include "app/rights/rights_repository.h"
#include "cli/demo_data.h"
#include "domain/privacy/consent.h"
#include "storage/sqlite/sqlite_store.h"

#ifndef DOITHOAI_SOURCE_DIR
#define DOITHOAI_SOURCE_DIR "."
#endif

namespace doithoai::bench {
namespace {

double MsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }

Status SeedQuestions(Store& store, DialogueId dialogue, int n) {
  std::vector<AgencyId> agencies;
  DT_RETURN_IF_ERROR(store.Read([&](Tx& tx) -> Status {
    for (const auto& i : tx.issues().ListByDialogue(dialogue)) {
      if (i.lead_agency) agencies.push_back(*i.lead_agency);
    }
    return Ok();
  }));
  if (agencies.empty()) return Error::Internal("the demo has no routed issue");
  const Instant t0 = At("2025-02-21T01:00:00Z");
  constexpr int kChunk = 10000;
  for (int begin = 0; begin < n; begin += kChunk) {
    DT_RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
      std::optional<Issue> issue;
      for (int k = begin; k < std::min(n, begin + kChunk); ++k) {
        if (k % 10 == 0) {
          Issue i;
          i.dialogue = dialogue;
          i.title = "Nhóm " + std::to_string(k / 10 + 1) +
                    ": vốn vay, việc làm và kỹ năng số cho thanh niên";
          i.lead_agency = agencies[(k / 10) % agencies.size()];
          i.answer_due_on = Date(2025, 3, 24);
          i.routed_at = t0;
          i.created_at = t0;
          DT_ASSIGN_OR_RETURN(issue, tx.issues().Insert(i));
          if ((k / 10) % 2 == 0) {
            Answer a;
            a.issue = issue->id;
            a.agency = *issue->lead_agency;
            a.body = "Thành phố đã giao cơ quan chủ trì xây dựng kế hoạch trong năm 2025.";
            a.status = AnswerStatus::kApproved;
            a.drafted_by = UserId(1);  // the demo's administrator
            a.decided_by = UserId(1);
            a.decided_at = a.published_at = t0;
            DT_RETURN_IF_ERROR(tx.answers().Save(a));
          }
        }
        Question q;
        q.dialogue = dialogue;
        q.tracking_code = "DT-BENCH-" + std::to_string(k);
        q.text = "Câu hỏi số " + std::to_string(k) +
                 ": thành phố có hỗ trợ thanh niên học kỹ năng số và vay vốn khởi nghiệp không?";
        q.age = 16 + k % 15;
        q.submitted_at = Instant{t0.unix_seconds + k};
        if (k % 50 == 49) {
          q.screening = Screening::kOutOfScope;
          q.screening_note = "Thuộc thẩm quyền UBND phường nơi bạn ở.";
        } else {
          q.screening = Screening::kAccepted;
          q.issue = issue->id;
        }
        DT_ASSIGN_OR_RETURN(Question saved, tx.questions().Insert(q));
        for (Purpose p : {Purpose::kAnswer, Purpose::kPublishText}) {
          Consent c;
          c.question = saved.id;
          c.purpose = p;
          c.granted = p == Purpose::kAnswer || k % 3 == 0;
          c.text_version = "bench";
          c.decided_at = q.submitted_at;
          DT_RETURN_IF_ERROR(tx.rights().SaveConsent(c));
        }
      }
      return Ok();
    }));
  }
  return Ok();
}

int Run(int argc, char** argv) {
  CLI::App app{"bench_accountability: the public accountability page of a large dialogue"};
  std::string db;
  int questions = 100000;
  bool seed = false;
  int rounds = 5;
  app.add_option("--db", db, "SQLite file")->required();
  app.add_option("--questions", questions, "Questions added to dialogue 1 when seeding");
  app.add_flag("--seed", seed, "(Re)create the file: the demo plus --questions");
  app.add_option("--rounds", rounds, "Builds timed after the first");
  CLI11_PARSE(app, argc, argv);

  if (seed) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  }
  auto store = storage::sqlite::SqliteStore::Open(db);
  if (!store.ok()) return std::cerr << store.error().message() << "\n", 1;
  Store& s = **store;
  DialogueId dialogue(1);
  if (seed) {
    auto demo = cli::LoadDemoData(s, std::string(DOITHOAI_SOURCE_DIR) + "/data/units");
    if (!demo.ok()) return std::cerr << "demo: " << demo.error().message() << "\n", 1;
    dialogue = demo->dialogue;
    auto start = std::chrono::steady_clock::now();
    if (auto st = SeedQuestions(s, dialogue, questions); !st.ok()) {
      return std::cerr << "seed: " << st.error().message() << "\n", 1;
    }
    std::cerr << "bench_accountability: " << questions << " questions seeded in "
              << MsSince(start) / 1000 << " s\n";
  }
  SystemClock clock;
  Context ctx{s, clock};

  auto start = std::chrono::steady_clock::now();
  auto first = GetAccountability(ctx, dialogue, {});
  double first_ms = MsSince(start);  // includes training the shipped topic model once
  if (!first.ok()) return std::cerr << first.error().message() << "\n", 1;
  int64_t total = 0;
  for (auto c : first->counts) total += c;

  auto median = [&](auto&& f) {
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
      auto t = std::chrono::steady_clock::now();
      f();
      ms.push_back(MsSince(t));
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
  };
  double build_ms = median([&] { (void)GetAccountability(ctx, dialogue, {}); });
  AccountabilityQuery filtered;
  filtered.status = "closed";
  filtered.offset = 100;
  double filtered_ms = median([&] { (void)GetAccountability(ctx, dialogue, filtered); });
  double fingerprint_ms = median([&] { (void)AccountabilityFingerprint(ctx, dialogue); });

  std::cout << "| questions | first build (cold process) | build (median of " << rounds
            << ") | filtered build | fingerprint |\n|---|---|---|---|---|\n"
            << "| " << total << " | " << first_ms << " ms | " << build_ms << " ms | " << filtered_ms
            << " ms | " << fingerprint_ms << " ms |\n";

  // Open data: a download is GetOpenDataset then the writer, as the route runs them.
  size_t csv_bytes = 0, json_bytes = 0, rows = 0;
  auto questions_csv = [&] {
    auto f = GetOpenDataset(ctx, dialogue, "questions");
    if (!f.ok()) return;
    rows = f->table.rows.size();
    csv_bytes = WriteOpenCsv(f->table).size();
  };
  auto questions_json = [&] {
    auto f = GetOpenDataset(ctx, dialogue, "questions");
    if (f.ok()) json_bytes = WriteOpenJson(f->table, f->source).size();
  };
  double csv_ms = median(questions_csv);
  double json_ms = median(questions_json);
  double tasks_ms = median([&] {
    auto f = GetOpenDataset(ctx, dialogue, "tasks");
    if (f.ok()) (void)WriteOpenCsv(f->table);
  });
  double open_fingerprint_ms = median([&] { (void)OpenDataFingerprint(ctx, dialogue); });
  std::cout << "\n| open data | rows | questions.csv (median of " << rounds
            << ") | questions.json | tasks.csv | fingerprint |\n|---|---|---|---|---|---|\n"
            << "| " << csv_bytes / 1024 << " KiB csv, " << json_bytes / 1024 << " KiB json | "
            << rows << " | " << csv_ms << " ms | " << json_ms << " ms | " << tasks_ms << " ms | "
            << open_fingerprint_ms << " ms |\n";
  return 0;
}

}  // namespace
}  // namespace doithoai::bench

int main(int argc, char** argv) { return doithoai::bench::Run(argc, argv); }
