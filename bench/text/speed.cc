// Speed of Vietnamese text intelligence at national scale (issue 5, "Speed and scale"):
// search top-20 and similar-question hints over 1,000,000 synthetic questions, grouping at
// 10k–1M, topic suggestion per question; SQLite FTS5 (bm25, unicode61 remove_diacritics 2)
// and, when built with -DDOITHOAI_WITH_XAPIAN, Xapian on the same corpus and queries.
//
//   speed [--docs=N] [--queries=N] [--groups=10000,100000,300000,1000000]
//         [--skip-search] [--skip-sqlite] [--skip-groups] [--skip-topics]
//
// Prints one line per measurement; docs/benchmarks-text.md records a run. With SLOW=1 in
// the environment it also prints every search slower than 10 ms (15 ms when filtered).
#include <sqlite3.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "synthetic_corpus.h"
#include "text/fold.h"
#include "text/grouping.h"
#include "text/search_index.h"
#include "text/topics.h"

#ifdef DOITHOAI_WITH_XAPIAN
#include <xapian.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;
using doithoai::bench::SplitMix;

double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

// CPU time of the whole process (all threads), ms.
double ProcessCpuMs() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// CPU time of this thread, ms: on a shared machine wall time includes waiting for a core.
double ThreadCpuMs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long RssMb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6)) / 1024;
  }
  return -1;
}

struct Percentiles {
  double p50, p90, p99, max;
};

Percentiles Summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * ms.size()))]; };
  return {at(0.5), at(0.9), at(0.99), ms.back()};
}

void Print(const char* what, const Percentiles& p) {
  std::printf("%-44s p50 %7.2f ms  p90 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", what, p.p50, p.p90,
              p.p99, p.max);
}

// Search box queries: common words, with or without diacritics, some still being typed,
// some quoted phrases.
std::vector<std::string> MakeQueries(const doithoai::bench::SyntheticCorpus& c, size_t n) {
  const auto& words = doithoai::bench::CommonWords();
  doithoai::bench::Zipf rank(words.size(), 0.5);
  SplitMix rng(77);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    std::string q;
    size_t kind = rng.Below(10);
    if (kind == 0) {
      q = std::string(words[rank.Sample(rng)]) + " ";  // one common word
    } else if (kind == 1) {
      // A phrase from a real question.
      const std::string& text = c.questions[rng.Below(c.questions.size())];
      size_t sp = text.find(' ', rng.Below(text.size() / 2 + 1));
      size_t sp2 = sp == std::string::npos ? sp : text.find(' ', sp + 1);
      size_t sp3 = sp2 == std::string::npos ? sp2 : text.find(' ', sp2 + 1);
      if (sp3 == std::string::npos) {
        q = std::string(words[rank.Sample(rng)]) + " ";
      } else {
        q = "\"" + text.substr(sp + 1, sp3 - sp - 1) + "\"";
      }
    } else {
      size_t nwords = 2 + rng.Below(2);
      for (size_t k = 0; k < nwords; ++k) {
        if (k) q += ' ';
        q += words[rank.Sample(rng)];
      }
      if (rng.Below(3) == 0) {
        // Still typing: cut the last syllable to two or three letters.
        size_t sp = q.rfind(' ');
        size_t keep = sp + 1 + 2 + rng.Below(2);
        if (keep < q.size()) {
          while (keep < q.size() && (static_cast<unsigned char>(q[keep]) & 0xC0) == 0x80) ++keep;
          q.resize(keep);
        }
      } else {
        q += ' ';
      }
    }
    if (rng.Below(2)) q = doithoai::bench::StripMarks(q);
    out.push_back(q);
  }
  return out;
}

// Hints: the beginning of a question being typed.
std::vector<std::string> MakePartials(const doithoai::bench::SyntheticCorpus& c, size_t n) {
  SplitMix rng(99);
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) {
    const std::string& text = c.questions[rng.Below(c.questions.size())];
    size_t cut = text.size() * (4 + rng.Below(7)) / 10;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    out.push_back(text.substr(0, cut));
  }
  return out;
}

// The same query for FTS5: syllables as terms (implicit AND), quotes kept, a trailing
// partial word as a prefix query.
std::string ToFts5(const std::string& q) {
  std::string out;
  bool quoted = !q.empty() && q.front() == '"';
  std::string body = quoted ? q.substr(1, q.size() - 2) : q;
  std::string cleaned;
  for (char c : body) cleaned.push_back(c == '"' || c == '*' || c == '-' ? ' ' : c);
  if (quoted) return "\"" + cleaned + "\"";
  std::istringstream in(cleaned);
  std::string w;
  std::vector<std::string> terms;
  while (in >> w) terms.push_back("\"" + w + "\"");
  bool typing = !q.empty() && q.back() != ' ';
  if (typing && !terms.empty()) terms.back() += "*";
  for (size_t i = 0; i < terms.size(); ++i) out += (i ? " " : "") + terms[i];
  return out;
}

void BenchSearch(const doithoai::bench::SyntheticCorpus& c, size_t query_count, bool sqlite,
                 bool xapian) {
  using namespace doithoai::text;
  const size_t n = c.questions.size();
  long rss0 = RssMb();
  auto t0 = Clock::now();
  SearchIndex index;
  for (size_t i = 0; i < n; ++i) {
    SearchDocument d;
    d.id = static_cast<int64_t>(i);
    d.text = c.questions[i];
    d.dialogue = doithoai::DialogueId(1 + static_cast<int64_t>(i % 34));
    d.status = static_cast<uint8_t>(i % 2 ? 3 : 1);  // half answered
    d.is_public = i % 10 != 0;                       // a tenth unpublished
    index.Upsert(std::move(d));
  }
  auto t1 = Clock::now();
  std::printf("index build: %zu questions in %.1f s (%.0f/s), RSS +%ld MB\n", n, Ms(t0, t1) / 1000,
              n / (Ms(t0, t1) / 1000), RssMb() - rss0);

  std::vector<std::string> queries = MakeQueries(c, query_count);
  std::vector<double> ms, cpu;
  size_t hits = 0, relaxed = 0;
  for (size_t i = 0; i < queries.size(); ++i) {
    SearchQuery q;
    q.text = queries[i];
    auto a = Clock::now();
    double c0 = ThreadCpuMs();
    SearchResults r = index.Search(q);
    cpu.push_back(ThreadCpuMs() - c0);
    ms.push_back(Ms(a, Clock::now()));
    if (std::getenv("SLOW") && ms.back() > 10) {
      std::printf("  slow %.1f ms [%s] relaxed=%d total=%zu\n", ms.back(), queries[i].c_str(),
                  r.relaxed, r.total);
    }
    hits += !r.hits.empty();
    relaxed += r.relaxed;
  }
  Print("search top-20 (doithoai)", Summarise(ms));
  Print("  same, thread CPU time", Summarise(cpu));
  std::printf("  %zu queries, %zu with hits, %zu relaxed; e.g. [%s] [%s] [%s]\n", queries.size(),
              hits, relaxed, queries[0].c_str(), queries[1].c_str(), queries[2].c_str());

  std::vector<double> filtered;
  for (size_t i = 0; i < queries.size(); ++i) {
    SearchQuery q;
    q.text = queries[i];
    q.filter.dialogue = doithoai::DialogueId(1 + static_cast<int64_t>(i % 34));
    q.offset = 20;
    auto a = Clock::now();
    SearchResults fr = index.Search(q);
    filtered.push_back(Ms(a, Clock::now()));
    if (std::getenv("SLOW") && filtered.back() > 15) {
      std::printf("  slow %.1f ms [%s] relaxed=%d total=%zu\n", filtered.back(), queries[i].c_str(),
                  fr.relaxed, fr.total);
    }
  }
  Print("search page 2, one dialogue (doithoai)", Summarise(filtered));

  std::vector<std::string> partials = MakePartials(c, query_count);
  SearchFilter answered;
  answered.kinds = 1u << static_cast<int>(DocKind::kQuestion);
  answered.statuses = 1u << 3;
  std::vector<double> hint_ms, hint_cpu;
  for (const std::string& p : partials) {
    auto a = Clock::now();
    double c0 = ThreadCpuMs();
    auto h = index.Similar(p, 5, answered);
    hint_cpu.push_back(ThreadCpuMs() - c0);
    hint_ms.push_back(Ms(a, Clock::now()));
  }
  Print("similar-question hints top-5 (doithoai)", Summarise(hint_ms));
  Print("  same, thread CPU time", Summarise(hint_cpu));

  if (sqlite) {
    sqlite3* db = nullptr;
    std::remove("/tmp/doithoai-fts5-bench.db");
    sqlite3_open("/tmp/doithoai-fts5-bench.db", &db);
    sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", nullptr, nullptr, nullptr);
    sqlite3_exec(
        db, "CREATE VIRTUAL TABLE q USING fts5(text, tokenize='unicode61 remove_diacritics 2')",
        nullptr, nullptr, nullptr);
    auto s0 = Clock::now();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* ins;
    sqlite3_prepare_v2(db, "INSERT INTO q(rowid, text) VALUES (?, ?)", -1, &ins, nullptr);
    for (size_t i = 0; i < n; ++i) {
      sqlite3_bind_int64(ins, 1, static_cast<sqlite3_int64>(i + 1));
      sqlite3_bind_text(ins, 2, c.questions[i].data(), static_cast<int>(c.questions[i].size()),
                        SQLITE_STATIC);
      sqlite3_step(ins);
      sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    std::printf("FTS5 build: %.1f s\n", Ms(s0, Clock::now()) / 1000);
    sqlite3_stmt* sel;
    sqlite3_prepare_v2(db,
                       "SELECT rowid, snippet(q, 0, '<mark>', '</mark>', '…', 16) FROM q "
                       "WHERE q MATCH ? ORDER BY rank LIMIT 20",
                       -1, &sel, nullptr);
    std::vector<double> fts_ms, fts_cpu;
    size_t fts_hits = 0, errors = 0;
    for (const std::string& query : queries) {
      std::string f = ToFts5(query);
      auto a = Clock::now();
      double c0 = ThreadCpuMs();
      sqlite3_bind_text(sel, 1, f.data(), static_cast<int>(f.size()), SQLITE_TRANSIENT);
      int rows = 0, rc;
      while ((rc = sqlite3_step(sel)) == SQLITE_ROW) ++rows;
      if (rc != SQLITE_DONE) ++errors;
      sqlite3_reset(sel);
      fts_cpu.push_back(ThreadCpuMs() - c0);
      fts_ms.push_back(Ms(a, Clock::now()));
      fts_hits += rows > 0;
    }
    sqlite3_finalize(sel);
    Print("search top-20 (SQLite FTS5 bm25)", Summarise(fts_ms));
    Print("  same, thread CPU time", Summarise(fts_cpu));
    std::printf("  %zu with hits, %zu errors\n", fts_hits, errors);
    sqlite3_close(db);
    std::remove("/tmp/doithoai-fts5-bench.db");
  }
#ifdef DOITHOAI_WITH_XAPIAN
  if (xapian) {
    const std::string path = "/tmp/doithoai-xapian-bench";
    std::system(("rm -rf " + path).c_str());
    auto x0 = Clock::now();
    {
      Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
      Xapian::TermGenerator tg;
      for (size_t i = 0; i < n; ++i) {
        Xapian::Document doc;
        tg.set_document(doc);
        tg.index_text(FastFold(c.questions[i]));  // Xapian does not fold Vietnamese: we do
        db.add_document(doc);
      }
      db.commit();
    }
    std::printf("Xapian build (glass, folded text): %.1f s\n", Ms(x0, Clock::now()) / 1000);
    Xapian::Database db(path);
    Xapian::Enquire enquire(db);
    Xapian::QueryParser qp;
    qp.set_database(db);
    qp.set_default_op(Xapian::Query::OP_AND);
    std::vector<double> xms, xcpu;
    size_t xhits = 0;
    for (const std::string& query : queries) {
      auto a = Clock::now();
      double c0 = ThreadCpuMs();
      std::string folded = FastFold(query);
      bool typing = !query.empty() && query.back() != ' ';
      Xapian::Query xq = qp.parse_query(
          folded, Xapian::QueryParser::FLAG_PHRASE |
                      (typing ? static_cast<unsigned>(Xapian::QueryParser::FLAG_PARTIAL) : 0u));
      enquire.set_query(xq);
      Xapian::MSet m = enquire.get_mset(0, 20);
      xcpu.push_back(ThreadCpuMs() - c0);
      xms.push_back(Ms(a, Clock::now()));
      xhits += !m.empty();
    }
    Print("search top-20 (Xapian BM25, AND)", Summarise(xms));
    Print("  same, thread CPU time", Summarise(xcpu));
    std::printf("  %zu with hits\n", xhits);
    std::system(("rm -rf " + path).c_str());
  }
#else
  (void)xapian;
#endif
}

// Pairwise precision/recall against the issues the synthetic questions were made from,
// computed from the contingency table (no pair enumeration).
void BenchGroups(const std::vector<size_t>& sizes) {
  for (size_t n : sizes) {
    auto corpus = doithoai::bench::MakeCorpus(n);
    auto t0 = Clock::now();
    double cpu0 = ProcessCpuMs();
    auto groups = doithoai::text::ProposeGroups(corpus.questions);
    double ms = Ms(t0, Clock::now());
    double cpu = ProcessCpuMs() - cpu0;
    auto pairs = [](double k) { return k * (k - 1) / 2; };
    double predicted = 0, truth = 0, both = 0;
    std::unordered_map<uint32_t, double> per_issue;
    for (uint32_t i : corpus.issue) per_issue[i] += 1;
    for (auto& [i, k] : per_issue) truth += pairs(k);
    for (const auto& g : groups) {
      predicted += pairs(static_cast<double>(g.members.size()));
      std::unordered_map<uint32_t, double> inside;
      for (size_t m : g.members) inside[corpus.issue[m]] += 1;
      for (auto& [i, k] : inside) both += pairs(k);
    }
    double p = predicted ? both / predicted : 1, r = truth ? both / truth : 1;
    std::printf(
        "grouping %8zu questions: %7.2f s wall, %7.2f s CPU (%.1f µs CPU/question), %zu groups; "
        "synthetic pairwise P %.3f R %.3f\n",
        n, ms / 1000, cpu / 1000, cpu * 1000 / n, groups.size(), p, r);
    std::fflush(stdout);
  }
}

void BenchTopics(const doithoai::bench::SyntheticCorpus& c) {
  auto model = doithoai::text::TopicClassifier::Shipped();
  size_t n = std::min<size_t>(c.questions.size(), 100000);
  auto t0 = Clock::now();
  size_t sink = 0;
  for (size_t i = 0; i < n; ++i) sink += model.Suggest(c.questions[i], 3).size();
  double ms = Ms(t0, Clock::now());
  std::printf("topic suggestion top-3: %.1f µs/question over %zu questions (%zu)\n", ms * 1000 / n,
              n, sink / n);
}

std::vector<size_t> ParseSizes(const std::string& s) {
  std::vector<size_t> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, ',')) out.push_back(std::stoul(part));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  size_t docs = 1000000, queries = 2000;
  std::vector<size_t> group_sizes = {10000, 100000, 300000, 1000000};
  bool search = true, sqlite = true, groups = true, topics = true, xapian = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--docs=", 0) == 0) docs = std::stoul(a.substr(7));
    if (a.rfind("--queries=", 0) == 0) queries = std::stoul(a.substr(10));
    if (a.rfind("--groups=", 0) == 0) group_sizes = ParseSizes(a.substr(9));
    if (a == "--skip-search") search = false;
    if (a == "--skip-sqlite") sqlite = false;
    if (a == "--skip-xapian") xapian = false;
    if (a == "--skip-groups") groups = false;
    if (a == "--skip-topics") topics = false;
  }
  auto t0 = Clock::now();
  auto corpus = doithoai::bench::MakeCorpus(docs);
  std::printf("corpus: %zu synthetic questions from %zu common words in %.1f s; e.g. \"%s\"\n",
              docs, doithoai::bench::CommonWords().size(), Ms(t0, Clock::now()) / 1000,
              corpus.questions[docs / 2].c_str());
  std::fflush(stdout);
  if (topics) BenchTopics(corpus);
  if (search) BenchSearch(corpus, queries, sqlite, xapian);
  std::fflush(stdout);
  if (groups) BenchGroups(group_sizes);
  return 0;
}
