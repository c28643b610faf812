// Times rendering a conclusion notice (the sample of documents/render/render_samples.h) to
// DOCX and PDF, and its task list to XLSX: the median and 95th percentile over N runs after
// warm-up runs (the first PDF pays for loading fontconfig's cache). Targets (issue 3): DOCX
// under 20 ms, PDF under 100 ms. Prints a Markdown table; exits non-zero only if a render fails.
//
//   render_bench [--runs N]     (default 200)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "documents/render/conclusion_notice.h"
#include "documents/render/docx_renderer.h"
#include "documents/render/pdf_renderer.h"
#include "documents/render/render_samples.h"
#include "documents/render/task_table_xlsx.h"

namespace {

using doithoai::Result;
namespace docs = doithoai::documents;

struct Timing {
  double median_ms = 0;
  double p95_ms = 0;
  size_t bytes = 0;
};

// Runs `render` `warmup` + `runs` times; nullopt-like failure is reported by `ok`.
bool Measure(const std::function<Result<std::string>()>& render, int runs, Timing* out) {
  constexpr int kWarmup = 5;
  std::vector<double> ms;
  for (int i = 0; i < kWarmup + runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    Result<std::string> bytes = render();
    const auto end = std::chrono::steady_clock::now();
    if (!bytes.ok()) {
      std::fprintf(stderr, "render failed: %s\n", bytes.error().message().c_str());
      return false;
    }
    out->bytes = bytes->size();
    if (i >= kWarmup) ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  std::sort(ms.begin(), ms.end());
  out->median_ms = ms[ms.size() / 2];
  out->p95_ms = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 200;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
  }
  const docs::ConclusionNoticeInput input = docs::samples::ConclusionNotice();
  Result<docs::OfficialDocument> doc = docs::BuildConclusionNotice(input);
  if (!doc.ok()) {
    std::fprintf(stderr, "sample notice: %s\n", doc.error().message().c_str());
    return 1;
  }
  const docs::TaskTable tasks = docs::ConclusionTasks(input);
  struct Case {
    const char* name;
    double target_ms;  // 0: no target
    std::function<Result<std::string>()> render;
  };
  const Case cases[] = {
      {"conclusion notice → DOCX", 20, [&] { return docs::RenderDocx(*doc); }},
      {"conclusion notice → PDF", 100, [&] { return docs::RenderPdf(*doc); }},
      {"task list → XLSX", 0, [&] { return docs::RenderTaskTableXlsx(tasks); }},
  };
  std::printf("| render | median ms | p95 ms | bytes | target |\n|---|---|---|---|---|\n");
  for (const Case& c : cases) {
    Timing t;
    if (!Measure(c.render, runs, &t)) return 1;
    std::string target = "—";
    if (c.target_ms > 0) {
      target = "< " + std::to_string(static_cast<int>(c.target_ms)) + " ms " +
               (t.median_ms < c.target_ms ? "(met)" : "(missed)");
    }
    std::printf("| %s | %.2f | %.2f | %zu | %s |\n", c.name, t.median_ms, t.p95_ms, t.bytes,
                target.c_str());
  }
  std::printf("\n%d runs each after 5 warm-up runs.\n", runs);
  return 0;
}
