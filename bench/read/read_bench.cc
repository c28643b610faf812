// Reading documents as they arrive (issue 11, "Speed"): text PDFs read and parsed, documents
// per second on one core (bar: 500/s), and one scanned page read by OCR, seconds per page on
// one core (bar: 3 s). Inputs are made at start-up from the project's own renderer
// (src/documents/read/scan_fixture.h): the 2025 conclusion notice sample as a text PDF and as
// a scan (grey, 150 dpi, turned 1°, blurred) in an image-only PDF. Run:
//   bench_read --benchmark_min_time=2
// BM_ScannedPage/<dpi> renders the scan at <dpi> before OCR (ReadLimits::ocr_dpi); its
// "fields_ok" counter is 1 when number/symbol, date and issuer all came out right.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string>

#include "documents/parse/parse_document.h"
#include "documents/read/read_document.h"
#include "documents/read/scan_fixture.h"
#include "documents/render/conclusion_notice.h"
#include "documents/render/pdf_renderer.h"
#include "documents/render/render_samples.h"

namespace {

using namespace doithoai::documents;

const OfficialDocument& Sample() {
  static const OfficialDocument doc = *BuildConclusionNotice(samples::ConclusionNotice());
  return doc;
}

const std::string& TextPdf() {
  static const std::string pdf = *RenderPdf(Sample());
  return pdf;
}

const std::string& ScannedPdf() {
  static const std::string pdf = scan_fixture::ScannedPdf(TextPdf());
  return pdf;
}

// The share of the first page's text-layer words (as a multiset) that OCR read exactly, accents and
// all.
double WordAccuracy(const std::string& ocr) {
  static const std::string truth = ReadDocumentBytes(TextPdf(), "notice.pdf")->pages[0].text;
  auto words = [](const std::string& s) {
    std::map<std::string, int> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) ++out[w];
    return out;
  };
  std::map<std::string, int> want = words(truth), got = words(ocr);
  int total = 0, hit = 0;
  for (const auto& [w, n] : want) {
    total += n;
    auto it = got.find(w);
    hit += it == got.end() ? 0 : std::min(n, it->second);
  }
  return total == 0 ? 0 : static_cast<double>(hit) / total;
}

bool FieldsOk(const ParsedDocument& doc) {
  return doc.number_symbol == NumberSymbol(Sample()) && doc.date == Sample().date &&
         doc.issuer == Sample().issuer;
}

void BM_TextPdfReadAndParse(benchmark::State& state) {
  const std::string& pdf = TextPdf();
  for (auto _ : state) {
    auto read = ReadDocumentBytes(pdf, "notice.pdf");
    if (!read.ok()) {
      state.SkipWithError(read.error().message().c_str());
      return;
    }
    auto doc = ParseDocument(read->Text());
    if (!doc.ok() || !FieldsOk(*doc)) {
      state.SkipWithError("the text PDF did not parse to the sample's fields");
      return;
    }
    benchmark::DoNotOptimize(doc);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TextPdfReadAndParse)->Unit(benchmark::kMicrosecond);

void BM_TextPdfRead(benchmark::State& state) {
  const std::string& pdf = TextPdf();
  for (auto _ : state) {
    auto read = ReadDocumentBytes(pdf, "notice.pdf");
    benchmark::DoNotOptimize(read);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TextPdfRead)->Unit(benchmark::kMicrosecond);

void BM_ScannedPage(benchmark::State& state) {
  const std::string& pdf = ScannedPdf();
  ReadLimits limits;
  limits.ocr_dpi = static_cast<int>(state.range(0));
  (void)ReadDocumentBytes(pdf, "scan.pdf", limits);  // the thread's engine is made once, not timed
  double ok = 0, confidence = 0, words = 0;
  for (auto _ : state) {
    auto read = ReadDocumentBytes(pdf, "scan.pdf", limits);
    if (!read.ok()) {
      state.SkipWithError(read.error().message().c_str());
      return;
    }
    auto doc = ParseDocument(read->Text());
    ok = doc.ok() && FieldsOk(*doc) ? 1 : 0;
    confidence = read->pages.empty() ? 0 : read->pages[0].confidence;
    words = WordAccuracy(read->Text());
  }
  state.counters["word_accuracy"] = words;
  state.counters["fields_ok"] = ok;
  state.counters["confidence"] = confidence;
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScannedPage)
    ->Arg(100)
    ->Arg(150)
    ->Arg(200)
    ->Arg(300)
    ->Unit(benchmark::kSecond)
    ->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
