// Document import throughput (issue 3, "Measured": at least 1,000 documents per second per
// core on seed-sized documents). One thread parses the seeds and the variants made from them
// (tests/data/documents/), so items_per_second is documents per second on one core. Run:
//   bench_parse --benchmark_min_time=2
// and compare items_per_second with the 1,000/s bar.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "documents/parse/document_json.h"
#include "documents/parse/parse_document.h"

namespace {

namespace fs = std::filesystem;

fs::path DataDir() {
  if (const char* root = std::getenv("DOITHOAI_SOURCE_DIR")) {
    return fs::path(root) / "tests" / "data" / "documents";
  }
  return fs::path(__FILE__).parent_path().parent_path().parent_path() / "tests" / "data" /
         "documents";
}

std::string Read(const std::string& name) {
  std::ifstream in(DataDir() / name, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (bytes.empty()) {
    std::fprintf(stderr, "missing %s (set DOITHOAI_SOURCE_DIR)\n", (DataDir() / name).c_str());
    std::exit(1);
  }
  return bytes;
}

void ParseOne(benchmark::State& state, const std::string& name) {
  const std::string text = Read(name);
  for (auto _ : state) {
    auto doc = doithoai::documents::ParseDocument(text);
    if (!doc.ok()) state.SkipWithError(doc.error().message().c_str());
    benchmark::DoNotOptimize(doc);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}

// Every test document in turn: the mix a batch import would see.
void ParseMix(benchmark::State& state) {
  std::vector<std::string> texts;
  for (const char* name :
       {"000_15e96eaa1592d711.txt", "000_15e96eaa1592d711.reflowed.txt",
        "000_15e96eaa1592d711.columns.txt", "002_3ba44e14c40eaf22.txt",
        "002_3ba44e14c40eaf22.reflowed.txt", "002_3ba44e14c40eaf22.header_one_row.txt",
        "002_3ba44e14c40eaf22.markdown.md", "synthetic_cong_van.txt", "synthetic_thong_bao.txt"}) {
    texts.push_back(Read(name));
  }
  size_t i = 0;
  for (auto _ : state) {
    auto doc = doithoai::documents::ParseDocument(texts[i++ % texts.size()]);
    benchmark::DoNotOptimize(doc);
  }
  state.SetItemsProcessed(state.iterations());
}

// Parse and serialise, as `doithoai document parse` does.
void ParseAndPrint(benchmark::State& state) {
  const std::string text = Read("002_3ba44e14c40eaf22.txt");
  for (auto _ : state) {
    auto doc = doithoai::documents::ParseDocument(text);
    std::string json = doithoai::documents::ToJson(*doc).dump(2, ' ', false);
    benchmark::DoNotOptimize(json);
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK_CAPTURE(ParseOne, seed_000_cong_van, std::string("000_15e96eaa1592d711.txt"));
BENCHMARK_CAPTURE(ParseOne, seed_002_ke_hoach, std::string("002_3ba44e14c40eaf22.txt"));
BENCHMARK(ParseMix);
BENCHMARK(ParseAndPrint);

}  // namespace

BENCHMARK_MAIN();
