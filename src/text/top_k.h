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

// Lists at most this long are evaluated without skipping, so small result sets get exact
// totals; longer ones are where skipping pays.
inline constexpr size_t kMinListForSkipping = 4096;

// The length cut-off: BM25 falls with document length, so once the k-th score is known,
// documents longer than some length cannot beat it whatever they contain. Over short texts
// made of common words — where block-max bounds stay loose because every block has a short
// document — this bound prunes most candidates with one read of the lengths array.
class LengthCutoff {
 public:
  static constexpr uint16_t kMaxTabulated = 1024;
  explicit LengthCutoff(const std::vector<Cursor*>& cursors) : bound_(kMaxTabulated + 1) {
    for (uint16_t len = 0; len <= kMaxTabulated; ++len) {
      float b = 0;
      for (const Cursor* c : cursors) b += c->LengthBound(len);
      bound_[len] = b;
    }
  }
  // Documents of at least this many tokens cannot score above `threshold`.
  uint32_t Limit(float threshold) {
    if (threshold != last_threshold_) {
      last_threshold_ = threshold;
      // bound_ is non-increasing: find the first length whose bound is ≤ threshold.
      auto it = std::partition_point(bound_.begin(), bound_.end(),
                                     [&](float b) { return b > threshold; });
      limit_ = it == bound_.end() ? UINT32_MAX : static_cast<uint32_t>(it - bound_.begin());
    }
    return limit_;
  }

 private:
  std::vector<float> bound_;
  float last_threshold_ = -1;
  uint32_t limit_ = UINT32_MAX;
};

// REQUIRES: `required` non-empty. filter(doc) is cheap (attributes); verify(doc) may be
// costly (phrases) and is asked only of documents that would enter the top k. Documents
// scoring `min_score` or less are not results (0 with zero-weight required lists asks for at
// least one optional word).
template <class Filter, class Verify>
void TopKConjunctive(std::vector<Cursor*> required, std::vector<Cursor*> optional,
                     const uint16_t* lengths, Filter filter, Verify verify, TopK& top,
                     EvalStats& stats, float min_score = -std::numeric_limits<float>::infinity()) {
  std::sort(required.begin(), required.end(),
            [](const Cursor* a, const Cursor* b) { return a->Size() < b->Size(); });
  // Optional lists by decreasing bound; rest[i] = Σ bounds of optional[i..].
  std::sort(optional.begin(), optional.end(),
            [](const Cursor* a, const Cursor* b) { return a->UpperBound() > b->UpperBound(); });
  std::vector<float> rest(optional.size() + 1, 0);
  for (size_t i = optional.size(); i-- > 0;) rest[i] = rest[i + 1] + optional[i]->UpperBound();
  const float optional_bound = rest[0];
  std::vector<Cursor*> all = required;
  all.insert(all.end(), optional.begin(), optional.end());
  LengthCutoff cutoff(all);
  Cursor* lead = required.front();
  const bool may_skip = lead->Size() > kMinListForSkipping;
  size_t lead_skipped = 0;
  size_t candidates = 0;   // documents with every required word, among those visited
  size_t sampled = 0;      // of which the filter was asked about
  uint32_t block_end = 0;  // block bounds were last checked for documents up to here
  uint32_t d = lead->doc();
  while (d != kEndDoc) {
    if (may_skip && top.full() && lengths[d] >= cutoff.Limit(top.threshold())) {
      stats.skipped = true;
      ++lead_skipped;
      lead->Next();
      d = lead->doc();
      continue;
    }
    if (may_skip && top.full() && d > block_end) {
      float bound = optional_bound;
      uint32_t end = kEndDoc;
      for (const Cursor* c : required) {
        uint32_t e;
        bound += c->BlockUpperBound(d, &e);
        end = std::min(end, e);
      }
      block_end = end;
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
    // Every required list is on d. Small evaluations filter every match (exact totals);
    // large ones filter only documents that would enter the top k (the filter reads
    // per-document attributes: a cache miss) and estimate the total from that sample.
    ++candidates;
    bool pass = true;
    if (!may_skip) {
      pass = filter(d);
      stats.matched += pass;
    }
    if (pass) {
      float s = 0;
      for (const Cursor* c : required) s += c->Score();
      if (s + optional_bound > top.threshold()) {
        for (size_t i = 0; i < optional.size() && s + rest[i] > top.threshold(); ++i) {
          optional[i]->Advance(d);
          if (optional[i]->doc() == d) s += optional[i]->Score();
        }
        if (s > top.threshold() && s > min_score) {
          if (may_skip) {
            ++sampled;
            pass = filter(d);
            stats.matched += pass;
          }
          if (pass && verify(d)) top.Push(s, d);
        }
      } else if (may_skip) {
        stats.skipped = true;
      }
    }
    lead->Next();
    d = lead->doc();
  }
  if (!may_skip) {
    stats.estimated = stats.matched;
    return;
  }
  const size_t visited = lead->Size() - lead_skipped;
  const double pass_rate = sampled ? double(stats.matched) / sampled : 1;
  const double total = candidates + (visited ? double(candidates) * lead_skipped / visited : 0);
  stats.estimated = static_cast<size_t>(total * pass_rate + 0.5);
  stats.skipped = stats.skipped || sampled < candidates;
}

template <class Filter, class Verify>
void TopKDisjunctive(std::vector<Cursor*> cursors, const uint16_t* lengths, Filter filter,
                     Verify verify, TopK& top, EvalStats& stats) {
  std::sort(cursors.begin(), cursors.end(),
            [](const Cursor* a, const Cursor* b) { return a->UpperBound() < b->UpperBound(); });
  const size_t n = cursors.size();
  std::vector<float> prefix(n);  // prefix[i] = Σ bounds of cursors[0..i]
  for (size_t i = 0; i < n; ++i) prefix[i] = (i ? prefix[i - 1] : 0) + cursors[i]->UpperBound();
  size_t essential = 0;  // cursors[essential..n) drive; the others only add to scores
  size_t longest = 0;
  for (const Cursor* c : cursors) longest = std::max(longest, c->Size());
  const bool may_skip = longest > kMinListForSkipping;
  LengthCutoff cutoff(cursors);
  size_t candidates = 0, sampled = 0;
  uint32_t block_end = 0;
  while (true) {
    while (essential < n && prefix[essential] <= top.threshold()) ++essential;
    if (essential == n) break;
    uint32_t d = kEndDoc;
    for (size_t i = essential; i < n; ++i) d = std::min(d, cursors[i]->doc());
    if (d == kEndDoc) break;
    const float rest = essential ? prefix[essential - 1] : 0;
    auto next = [&] {
      for (size_t i = essential; i < n; ++i) {
        if (cursors[i]->doc() == d) cursors[i]->Next();
      }
    };
    if (may_skip && top.full() && lengths[d] >= cutoff.Limit(top.threshold())) {
      stats.skipped = true;
      next();
      continue;
    }
    if (may_skip && top.full() && d > block_end) {
      float bound = rest;
      uint32_t end = kEndDoc;
      for (size_t i = essential; i < n; ++i) {
        uint32_t e;
        bound += cursors[i]->BlockUpperBound(d, &e);
        end = std::min(end, e);
      }
      block_end = end;
      if (bound <= top.threshold()) {
        stats.skipped = true;
        if (end == kEndDoc) break;
        for (size_t i = essential; i < n; ++i) cursors[i]->Advance(end + 1);
        continue;
      }
    }
    // The essential lists at d give most of its score cheaply; the others are asked only
    // while they could still lift it above the k-th score, and the filter last.
    ++candidates;
    float s = 0;
    for (size_t i = essential; i < n; ++i) {
      if (cursors[i]->doc() == d) s += cursors[i]->Score();
    }
    bool pass = true;
    if (!may_skip) {
      pass = filter(d);
      stats.matched += pass;
    }
    if (pass && s + rest > top.threshold()) {
      for (size_t i = essential; i-- > 0;) {
        if (s + prefix[i] <= top.threshold()) break;
        cursors[i]->Advance(d);
        if (cursors[i]->doc() == d) s += cursors[i]->Score();
      }
      if (s > top.threshold()) {
        if (may_skip) {
          ++sampled;
          pass = filter(d);
          stats.matched += pass;
        }
        if (pass && verify(d)) top.Push(s, d);
      }
    } else if (may_skip) {
      stats.skipped = true;
    }
    next();
  }
  if (!may_skip) {
    stats.estimated = stats.matched;
    return;
  }
  const double pass_rate = sampled ? double(stats.matched) / sampled : 1;
  stats.estimated = static_cast<size_t>(candidates * pass_rate + 0.5);
  stats.skipped = stats.skipped || sampled < candidates;
}

}  // namespace doithoai::text::search
