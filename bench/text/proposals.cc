// bench_text_proposals: the coordinator's grouping proposals (GroupingProposer) on a real
// SQLite file holding the Hải Phòng demo plus N synthetic ungrouped questions in dialogue 1:
// the first computation, the answer while a fresh one is computed after a new question
// arrives (large dialogues), and the refreshed computation.
//
//   bench_text_proposals [--questions=100000] [--db=/tmp/doithoai-proposals.db]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>

#include "app/text/grouping_proposals.h"
#include "cli/demo_data.h"
#include "storage/sqlite/sqlite_store.h"
#include "synthetic_corpus.h"

#ifndef DOITHOAI_SOURCE_DIR
#define DOITHOAI_SOURCE_DIR "."
#endif

namespace {

using Wall = std::chrono::steady_clock;
double Ms(Wall::time_point a, Wall::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace doithoai;
  size_t n = 100000;
  std::string db = "/tmp/doithoai-proposals.db";
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--questions=", 12) == 0) n = std::stoul(argv[i] + 12);
    if (std::strncmp(argv[i], "--db=", 5) == 0) db = argv[i] + 5;
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  auto opened = storage::sqlite::SqliteStore::Open(db);
  if (!opened.ok()) return std::fprintf(stderr, "%s\n", opened.error().message().c_str()), 1;
  auto& store = **opened;
  auto demo = cli::LoadDemoData(store, std::string(DOITHOAI_SOURCE_DIR) + "/data/units");
  if (!demo.ok()) return std::fprintf(stderr, "%s\n", demo.error().message().c_str()), 1;

  const auto corpus = bench::MakeCorpus(n);
  auto t0 = Wall::now();
  const size_t kBatch = 5000;
  for (size_t start = 0; start < n; start += kBatch) {
    Status s = store.Write([&](Tx& tx) -> Status {
      for (size_t i = start; i < std::min(n, start + kBatch); ++i) {
        Question q;
        q.dialogue = demo->dialogue;
        q.tracking_code = "BENCH." + std::to_string(i);
        q.text = corpus.questions[i];
        q.age = 20;
        q.submitted_at = Instant{1740000000 + static_cast<int64_t>(i)};
        auto stored = tx.questions().Insert(q);
        if (!stored.ok()) return stored.error();
      }
      return Ok();
    });
    if (!s.ok()) return std::fprintf(stderr, "%s\n", s.error().message().c_str()), 1;
  }
  std::printf("stored %zu synthetic questions in %.1f s\n", n, Ms(t0, Wall::now()) / 1000);

  Actor coordinator;
  (void)store.Read([&](Tx& tx) -> Status {
    auto u = tx.users().FindByUsername("sonoivu");
    coordinator = Actor{u->id, u->username, u->display_name, tx.users().Grants(u->id)};
    return Ok();
  });
  FixedClock clock(Instant{1741000000});
  Context ctx{store, clock};
  GroupingProposer proposer(ctx);
  t0 = Wall::now();
  auto first = proposer.Propose(coordinator, demo->dialogue);
  auto t1 = Wall::now();
  if (!first.ok()) return std::fprintf(stderr, "%s\n", first.error().message().c_str()), 1;
  std::printf("first computation: %zu ungrouped → %zu proposals in %.2f s\n", first->ungrouped,
              first->items.size(), Ms(t0, t1) / 1000);
  t0 = Wall::now();
  auto again = proposer.Propose(coordinator, demo->dialogue);
  std::printf("unchanged store (decisions replayed on the kept computation): %.0f ms\n",
              Ms(t0, Wall::now()));
  // A new question arrives: large dialogues answer from the last computation at once.
  (void)store.Write([&](Tx& tx) -> Status {
    Question q;
    q.dialogue = demo->dialogue;
    q.tracking_code = "BENCH.new";
    q.text = corpus.questions[0];
    q.age = 20;
    q.submitted_at = Instant{1741000000};
    auto stored = tx.questions().Insert(q);
    if (!stored.ok()) return stored.error();
    return Ok();
  });
  t0 = Wall::now();
  auto stale = proposer.Propose(coordinator, demo->dialogue);
  std::printf("after a write: answered in %.0f ms (stale=%d), refreshing on a worker\n",
              Ms(t0, Wall::now()), stale.ok() && stale->stale);
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    auto r = proposer.Propose(coordinator, demo->dialogue);
    if (r.ok() && !r->stale) break;
  }
  std::printf("fresh computation available after %.2f s\n", Ms(t0, Wall::now()) / 1000);
  return 0;
}
