// Top-k evaluation over posting cursors (postings.h) with early termination.
//
// Conjunctive queries (every required word must be present) leapfrog over the required
// lists, shortest first. Disjunctive queries use MaxScore: lists are ordered by their score
// bound, and the lists whose bounds together cannot lift a document above the current k-th
// score only score documents that the others found. Both skip whole blocks whose block-max
// bounds cannot reach the k-th score, so common words (10–20 % of a million documents) cost a
// fraction of their lists once the heap is full.
#pragma once

#include <algorithm>
#include <limits>
#include <queue>
#include <vector>

#include "text/postings.h"

namespace doithoai::text::search {

struct Candidate {
  float score;
  uint32_t doc;
};

// The k best (score, doc) pairs; on equal scores the older (smaller) document wins, as in the
// evaluation order, so pages of one query never overlap.
class TopK {
 public:
  explicit TopK(size_t k) : k_(k) {}
  float threshold() const {
    return heap_.size() < k_ ? -std::numeric_limits<float>::infinity() : heap_.top().score;
  }
  bool full() const { return heap_.size() >= k_; }
  void Push(float score, uint32_t doc) {
    if (k_ == 0) return;
    if (heap_.size() < k_) {
      heap_.push({score, doc});
    } else if (Better({score, doc}, heap_.top())) {
      heap_.pop();
      heap_.push({score, doc});
    }
  }
  // Best first.
  std::vector<Candidate> Take() {
    std::vector<Candidate> out;
    while (!heap_.empty()) {
      out.push_back(heap_.top());
      heap_.pop();
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

 private:
  static bool Better(const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  }
  struct Worse {
    bool operator()(const Candidate& a, const Candidate& b) const { return Better(a, b); }
  };
  size_t k_;
  std::priority_queue<Candidate, std::vector<Candidate>, Worse> heap_;
};

struct EvalStats {
  size_t matched = 0;    // documents that matched and passed the filter, among those visited
  bool skipped = false;  // blocks were skipped, so `matched` undercounts
  size_t estimated = 0;  // matched, plus the skipped part of the lead list at the same rate
};

// Lists at most this long are evaluated without block skipping, so small result sets get
// exact totals; longer ones are where skipping pays.
inline constexpr size_t kMinListForSkipping = 4096;

// REQUIRES: `required` non-empty. filter(doc) is cheap (attributes); verify(doc) may be
// costly (phrases) and is asked only of documents that would enter the top k.
template <class Filter, class Verify>
void TopKConjunctive(std::vector<Cursor*> required, const std::vector<Cursor*>& optional,
                     Filter filter, Verify verify, TopK& top, EvalStats& stats) {
  std::sort(required.begin(), required.end(),
            [](const Cursor* a, const Cursor* b) { return a->Size() < b->Size(); });
  float optional_bound = 0;
  for (const Cursor* o : optional) optional_bound += o->UpperBound();
  Cursor* lead = required.front();
  const bool may_skip = lead->Size() > kMinListForSkipping;
  size_t lead_skipped = 0;
  uint32_t d = lead->doc();
  while (d != kEndDoc) {
    if (may_skip && top.full()) {
      float bound = optional_bound;
      uint32_t end = kEndDoc;
      for (const Cursor* c : required) {
        uint32_t e;
        bound += c->BlockUpperBound(d, &e);
        end = std::min(end, e);
      }
      if (bound <= top.threshold()) {
        stats.skipped = true;
        size_t before = lead->Remaining();
        if (end == kEndDoc) {
          lead_skipped += before;
          break;
        }
        lead->Advance(end + 1);
        lead_skipped += before - lead->Remaining();
        d = lead->doc();
        continue;
      }
    }
    bool aligned = true;
    for (size_t i = 1; i < required.size(); ++i) {
      required[i]->Advance(d);
      if (required[i]->doc() != d) {
        d = required[i]->doc();
        aligned = false;
        break;
      }
    }
    if (!aligned) {
      if (d == kEndDoc) break;
      lead->Advance(d);
      d = lead->doc();
      continue;
    }
    if (filter(d)) {
      ++stats.matched;
      float s = 0;
      for (const Cursor* c : required) s += c->Score();
      if (s + optional_bound > top.threshold()) {
        for (Cursor* o : optional) {
          o->Advance(d);
          if (o->doc() == d) s += o->Score();
        }
        if (s > top.threshold() && verify(d)) top.Push(s, d);
      }
    }
    lead->Next();
    d = lead->doc();
  }
  size_t visited = lead->Size() - lead_skipped;
  stats.estimated = stats.matched + (visited ? stats.matched * lead_skipped / visited : 0);
}

template <class Filter, class Verify>
void TopKDisjunctive(std::vector<Cursor*> cursors, Filter filter, Verify verify, TopK& top,
                     EvalStats& stats) {
  std::sort(cursors.begin(), cursors.end(),
            [](const Cursor* a, const Cursor* b) { return a->UpperBound() < b->UpperBound(); });
  const size_t n = cursors.size();
  std::vector<float> prefix(n);  // prefix[i] = Σ bounds of cursors[0..i]
  for (size_t i = 0; i < n; ++i) prefix[i] = (i ? prefix[i - 1] : 0) + cursors[i]->UpperBound();
  size_t essential = 0;  // cursors[essential..n) drive; the others only add to scores
  size_t longest = 0;
  for (const Cursor* c : cursors) longest = std::max(longest, c->Size());
  const bool may_skip = longest > kMinListForSkipping;
  while (true) {
    while (essential < n && prefix[essential] <= top.threshold()) ++essential;
    if (essential == n) break;
    uint32_t d = kEndDoc;
    for (size_t i = essential; i < n; ++i) d = std::min(d, cursors[i]->doc());
    if (d == kEndDoc) break;
    const float rest = essential ? prefix[essential - 1] : 0;
    if (may_skip && top.full()) {
      float bound = rest;
      uint32_t end = kEndDoc;
      for (size_t i = essential; i < n; ++i) {
        uint32_t e;
        bound += cursors[i]->BlockUpperBound(d, &e);
        end = std::min(end, e);
      }
      if (bound <= top.threshold()) {
        stats.skipped = true;
        if (end == kEndDoc) break;
        for (size_t i = essential; i < n; ++i) cursors[i]->Advance(end + 1);
        continue;
      }
    }
    if (filter(d)) {
      ++stats.matched;
      float s = 0;
      for (size_t i = essential; i < n; ++i) {
        if (cursors[i]->doc() == d) s += cursors[i]->Score();
      }
      for (size_t i = essential; i-- > 0;) {
        if (s + prefix[i] <= top.threshold()) break;
        cursors[i]->Advance(d);
        if (cursors[i]->doc() == d) s += cursors[i]->Score();
      }
      if (s > top.threshold() && verify(d)) top.Push(s, d);
    }
    for (size_t i = essential; i < n; ++i) {
      if (cursors[i]->doc() == d) cursors[i]->Next();
    }
  }
  stats.estimated = stats.matched;
}

}  // namespace doithoai::text::search
