// bench_seed: a benchmark database. The Hải Phòng demo (cli::LoadDemoData), then N more
// questions in its dialogue, grouped ~10 per issue, routed to the demo agencies, answered
// and approved — all through the use cases with a FixedClock in the 2025 cycle, so the data
// obeys every rule the server checks. The answers page then holds real published answers
// with many questions behind them.
//
// Writes run on several threads because the store commits concurrent writes together
// (group commit): one thread pays one fsync per write, eight share them.
#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/answer/answers.h"
#include "app/auth/sessions.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "cli/demo_data.h"
#include "storage/sqlite/sqlite_store.h"

#ifndef DOITHOAI_SOURCE_DIR
#define DOITHOAI_SOURCE_DIR "."
#endif

namespace doithoai::bench {
namespace {

struct SeedOptions {
  std::string db;
  std::string units_dir = std::string(DOITHOAI_SOURCE_DIR) + "/data/units";
  int questions = 10000;
  int per_issue = 10;
  int threads = 8;
};

// Who does what in the demo: the coordinator groups and routes, each officer answers the
// issues led by their agency, the chair approves.
struct Cast {
  DialogueId dialogue;
  Actor coordinator;
  Actor chair;
  struct Answerer {
    AgencyId agency;
    Actor officer;
  };
  std::vector<Answerer> answerers;
};

Instant At(const char* iso) { return Instant::ParseIso(iso).value(); }

// Runs body(t) on `threads` threads; returns the first error any of them met.
template <class F>
Status RunThreads(int threads, F body) {
  std::mutex mu;
  Status first = Ok();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      Status s = body(t);
      std::lock_guard lock(mu);
      if (!s.ok() && first.ok()) first = std::move(s);
    });
  }
  for (auto& th : pool) th.join();
  return first;
}

Result<Cast> LoadCast(Store& store, DialogueId dialogue) {
  return ReadValue<Cast>(store, [&](Tx& tx) -> Result<Cast> {
    auto actor = [&](const char* username) -> std::optional<Actor> {
      auto user = tx.users().FindByUsername(username);
      return user ? LoadActor(tx, user->id) : std::nullopt;
    };
    auto city = tx.units().FindByCode("hai-phong");
    if (!city) return Error::Internal("Hải Phòng missing");
    Cast cast;
    cast.dialogue = dialogue;
    auto coordinator = actor("sonoivu");
    auto chair = actor("chutich");
    if (!coordinator || !chair) return Error::Internal("demo users missing");
    cast.coordinator = *coordinator;
    cast.chair = *chair;
    const std::pair<const char*, const char*> answerers[] = {
        {"so-tai-chinh", "sotaichinh"}, {"so-kh-cn", "sokhcn"}, {"so-nn-mt", "sonnmt"}};
    for (const auto& [code, username] : answerers) {
      auto agency = tx.agencies().FindByCode(city->id, code);
      auto officer = actor(username);
      if (!agency || !officer) return Error::Internal(std::string("demo agency missing: ") + code);
      cast.answerers.push_back({agency->id, *officer});
    }
    return cast;
  });
}

constexpr const char* kTopics[] = {
    "vốn vay ưu đãi cho thanh niên khởi nghiệp đổi mới sáng tạo",
    "lớp kỹ năng số miễn phí cho công nhân ở khu công nghiệp",
    "điểm wifi công cộng và hỗ trợ dịch vụ công trực tuyến ở phường, xã",
    "phân loại rác tại nguồn và giảm rác thải nhựa trong khu dân cư",
    "làn đường xe đạp và trạm xe đạp công cộng",
    "tuyển dụng sinh viên công nghệ thông tin làm chuyển đổi số ở cơ sở",
    "chuyển đổi sinh kế cho thanh niên vùng ven biển",
    "sân chơi, nhà văn hóa cho thanh niên ở các phường mới",
};

std::string QuestionText(int n) {
  return "Câu hỏi số " + std::to_string(n) + ": em muốn hỏi thành phố về " +
         kTopics[n % std::size(kTopics)] +
         ". Khi nào có kế hoạch cụ thể và thanh niên cần liên hệ ở đâu ạ?";
}

// Submits questions [begin, end) through the public use case, one minute apart.
Result<std::vector<std::string>> SubmitRange(Store& store, DialogueId dialogue, int begin,
                                             int end) {
  FixedClock clock(At("2025-02-21T01:00:00Z"));
  clock.Advance(int64_t{begin} * 60);
  Context ctx{store, clock};
  std::vector<std::string> codes;
  for (int n = begin; n < end; ++n, clock.Advance(60)) {
    SubmissionInput in{QuestionText(n), 16 + n % 15, "", "", true, std::nullopt};
    DT_ASSIGN_OR_RETURN(Submitted s, SubmitQuestion(ctx, dialogue, in));
    codes.push_back(std::move(s.tracking_code));
  }
  return codes;
}

Result<std::vector<int64_t>> QuestionIds(Store& store, const std::vector<std::string>& codes) {
  return ReadValue<std::vector<int64_t>>(store, [&](Tx& tx) -> Result<std::vector<int64_t>> {
    std::vector<int64_t> ids;
    ids.reserve(codes.size());
    for (const auto& code : codes) {
      auto q = tx.questions().FindByTrackingCode(code);
      if (!q) return Error::Internal("submitted question missing: " + code);
      ids.push_back(q->id.value);
    }
    return ids;
  });
}

// Groups, routes, answers and approves issue number `n` made of `ids`.
Status AnswerIssue(Store& store, const Cast& cast, int n, std::vector<int64_t> ids) {
  FixedClock clock(At("2025-03-10T02:00:00Z"));
  clock.Advance(n);  // distinct times keep the published order stable
  Context ctx{store, clock};
  const auto& answerer = cast.answerers[n % cast.answerers.size()];
  std::string topic = kTopics[ids.front() % std::size(kTopics)];
  DT_ASSIGN_OR_RETURN(
      Issue issue, CreateIssue(ctx, cast.coordinator, cast.dialogue,
                               {"Nhóm " + std::to_string(n + 1) + ": " + topic, std::move(ids)}));
  DT_ASSIGN_OR_RETURN(Issue routed, RouteIssue(ctx, cast.coordinator, issue.id,
                                               {answerer.agency, {}, "2025-03-24"}));
  (void)routed;
  clock.Set(At("2025-03-18T03:00:00Z"));
  clock.Advance(n);
  std::string body = "Trả lời nhóm " + std::to_string(n + 1) + " về " + topic +
                     ": thành phố đã giao cơ quan chủ trì xây dựng kế hoạch trong năm 2025, "
                     "thanh niên liên hệ Đoàn cơ sở để đăng ký và được hướng dẫn thủ tục.";
  DT_ASSIGN_OR_RETURN(Answer draft,
                      SaveAnswerDraft(ctx, answerer.officer, issue.id, {body, "written"}));
  DT_ASSIGN_OR_RETURN(Answer submitted, SubmitAnswer(ctx, answerer.officer, issue.id));
  clock.Set(At("2025-03-19T03:00:00Z"));
  clock.Advance(n);
  DT_ASSIGN_OR_RETURN(Answer approved, ApproveAnswer(ctx, cast.chair, issue.id));
  (void)draft, (void)submitted, (void)approved;
  return Ok();
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int Seed(const SeedOptions& o) {
  namespace fs = std::filesystem;
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(o.db + suffix);
  auto store = storage::sqlite::SqliteStore::Open(o.db);
  if (!store.ok()) return std::cerr << store.error().message() << "\n", 1;
  Store& s = **store;
  auto start = std::chrono::steady_clock::now();
  auto demo = cli::LoadDemoData(s, o.units_dir);
  if (!demo.ok()) return std::cerr << "demo: " << demo.error().message() << "\n", 1;
  std::cerr << "bench_seed: demo loaded in " << SecondsSince(start) << " s\n";
  auto cast = LoadCast(s, demo->dialogue);
  if (!cast.ok()) return std::cerr << cast.error().message() << "\n", 1;

  start = std::chrono::steady_clock::now();
  std::vector<std::vector<std::string>> codes(o.threads);
  Status submitted = RunThreads(o.threads, [&](int t) -> Status {
    int begin = o.questions * t / o.threads, end = o.questions * (t + 1) / o.threads;
    DT_ASSIGN_OR_RETURN(codes[t], SubmitRange(s, cast->dialogue, begin, end));
    return Ok();
  });
  if (!submitted.ok()) return std::cerr << "submit: " << submitted.error().message() << "\n", 1;
  std::vector<std::string> all;
  for (auto& c : codes) all.insert(all.end(), c.begin(), c.end());
  auto ids = QuestionIds(s, all);
  if (!ids.ok()) return std::cerr << ids.error().message() << "\n", 1;
  std::cerr << "bench_seed: " << all.size() << " questions in " << SecondsSince(start) << " s\n";

  start = std::chrono::steady_clock::now();
  int issues = (o.questions + o.per_issue - 1) / o.per_issue;
  std::atomic<int> next{0};
  Status answered = RunThreads(o.threads, [&](int) -> Status {
    for (int n; (n = next.fetch_add(1)) < issues;) {
      auto first = ids->begin() + int64_t{n} * o.per_issue;
      auto last = ids->begin() + std::min<int64_t>(ids->size(), int64_t{n + 1} * o.per_issue);
      DT_RETURN_IF_ERROR(AnswerIssue(s, *cast, n, {first, last}));
    }
    return Ok();
  });
  if (!answered.ok()) {
    std::cerr << "answer: " << answered.error().message() << "\n";
    for (const auto& f : answered.error().fields())
      std::cerr << "  " << f.field << ": " << f.reason << "\n";
    return 1;
  }
  std::cerr << "bench_seed: " << issues << " issues routed, answered, approved in "
            << SecondsSince(start) << " s\n";
  std::cout << "dialogue " << cast->dialogue.value << ": " << demo->questions + o.questions
            << " questions, " << demo->issues + issues << " issues\n";
  return 0;
}

}  // namespace
}  // namespace doithoai::bench

int main(int argc, char** argv) {
  doithoai::bench::SeedOptions o;
  CLI::App app{"bench_seed: the demo plus N answered questions, for benchmarks"};
  app.add_option("--db", o.db, "SQLite file to (re)create")->required();
  app.add_option("--questions", o.questions, "Questions added to dialogue 1")
      ->capture_default_str();
  app.add_option("--per-issue", o.per_issue, "Questions per issue")->capture_default_str();
  app.add_option("--threads", o.threads, "Writer threads (group commit)")->capture_default_str();
  app.add_option("--units", o.units_dir, "Folder of the unit lists")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (o.questions < 1 || o.per_issue < 1 || o.threads < 1) return std::cerr << "bad counts\n", 2;
  return doithoai::bench::Seed(o);
}
