// The pruned top-k evaluation checked against a naive reference: every document scored.
#include "text/top_k.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

namespace doithoai::text::search {
namespace {

struct Corpus {
  std::vector<uint16_t> lengths;
  std::vector<PostingList> lists;
  std::vector<float> idf;
  // term → doc → tf, for the reference
  std::vector<std::map<uint32_t, uint32_t>> tf;
};

Corpus RandomCorpus(uint32_t docs, uint32_t terms, uint32_t seed) {
  std::mt19937 rng(seed);
  Corpus c;
  c.lists.resize(terms);
  c.tf.resize(terms);
  for (uint32_t d = 0; d < docs; ++d) {
    uint16_t len = static_cast<uint16_t>(3 + rng() % 20);
    c.lengths.push_back(len);
    for (uint16_t i = 0; i < len; ++i) {
      // Zipf-like: low term ids are common.
      uint32_t t = static_cast<uint32_t>(std::pow(double(rng() % 10000) / 10000.0, 3) * terms);
      ++c.tf[t][d];
    }
  }
  for (uint32_t t = 0; t < terms; ++t) {
    for (auto [d, n] : c.tf[t]) c.lists[t].Append(d, n, c.lengths[d]);
    c.idf.push_back(Bm25::Idf(docs, static_cast<double>(c.tf[t].size())));
  }
  return c;
}

float Reference(const Corpus& c, const Bm25& bm25, uint32_t t, uint32_t d) {
  auto it = c.tf[t].find(d);
  if (it == c.tf[t].end()) return 0;
  return c.idf[t] * bm25.Saturate(static_cast<float>(std::min(it->second, 255u)), c.lengths[d]);
}

TEST(TopK, ConjunctiveAndDisjunctiveMatchTheReference) {
  const uint32_t docs = 20000;
  Corpus c = RandomCorpus(docs, 60, 7);
  Bm25 bm25(12);
  std::mt19937 rng(11);
  for (int round = 0; round < 60; ++round) {
    size_t nterms = 1 + rng() % 4;
    std::vector<uint32_t> terms;
    for (size_t i = 0; i < nterms; ++i) terms.push_back(rng() % 60);
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    const size_t k = 1 + rng() % 30;
    auto filter = [](uint32_t d) { return d % 7 != 3; };
    for (bool conjunctive : {true, false}) {
      std::vector<Cursor> cursors;
      for (uint32_t t : terms) {
        cursors.emplace_back(std::vector<Cursor::Part>{{&c.lists[t], c.idf[t]}}, &bm25,
                             c.lengths.data());
      }
      std::vector<Cursor*> ptrs;
      for (Cursor& x : cursors) ptrs.push_back(&x);
      TopK top(k);
      EvalStats stats;
      if (conjunctive) {
        TopKConjunctive(
            ptrs, {}, c.lengths.data(), filter, [](uint32_t) { return true; }, top, stats);
      } else {
        TopKDisjunctive(
            ptrs, c.lengths.data(), filter, [](uint32_t) { return true; }, top, stats);
      }
      std::vector<Candidate> got = top.Take();
      std::vector<Candidate> want;
      for (uint32_t d = 0; d < docs; ++d) {
        if (!filter(d)) continue;
        float s = 0;
        bool all = true, any = false;
        for (uint32_t t : terms) {
          float x = Reference(c, bm25, t, d);
          s += x;
          all &= c.tf[t].count(d) > 0;
          any |= c.tf[t].count(d) > 0;
        }
        if (conjunctive ? all : any) want.push_back({s, d});
      }
      std::sort(want.begin(), want.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.doc < b.doc;
      });
      if (want.size() > k) want.resize(k);
      ASSERT_EQ(got.size(), want.size()) << "round " << round;
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_NEAR(got[i].score, want[i].score, 1e-4) << "round " << round << " rank " << i;
      }
    }
  }
}

TEST(TopK, UnionCursorScoresTheBestPart) {
  Corpus c = RandomCorpus(5000, 30, 3);
  Bm25 bm25(12);
  Cursor u({{&c.lists[5], c.idf[5]}, {&c.lists[9], c.idf[9]}}, &bm25, c.lengths.data());
  size_t seen = 0;
  for (; u.doc() != kEndDoc; u.Next()) {
    uint32_t d = u.doc();
    float want = std::max(Reference(c, bm25, 5, d), Reference(c, bm25, 9, d));
    ASSERT_NEAR(u.Score(), want, 1e-5);
    ++seen;
  }
  std::set<uint32_t> docs;
  for (auto& [d, n] : c.tf[5]) docs.insert(d);
  for (auto& [d, n] : c.tf[9]) docs.insert(d);
  EXPECT_EQ(seen, docs.size());
}

}  // namespace
}  // namespace doithoai::text::search
