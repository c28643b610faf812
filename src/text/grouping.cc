#include "text/grouping.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <numeric>
#include <ostream>
#include <thread>
#include <unordered_map>

#include "text/labelled_questions.h"
#include "text/line_file.h"
#include "text/normalize.h"
#include "text/question_features.h"

namespace doithoai::text {
namespace {

// Blocking: the rarest words of a question make its keys — each of its kSingleKeys rarest
// words alone unless it is in more than kCommonShare of the questions, and every pair among
// its kPairKeyWords rarest.
constexpr size_t kSingleKeys = 6;
constexpr double kCommonShare = 0.1;
constexpr size_t kPairKeyWords = 6;
// A block up to this size is compared pair by pair; a larger one against leaders only.
constexpr size_t kMaxExhaustiveBlock = 64;
constexpr int32_t kMaxLeaders = 8;
constexpr int32_t kLeaderCharge = 8;
// Comparisons per question (see PlanBudget).
constexpr int32_t kComparisonBudget = 100;
// Clustering: the average similarity of two groups is computed over at most this many pairs.
constexpr size_t kLinkageSamples = 16;

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

struct Edge {
  uint32_t a, b;  // a < b
  float similarity;
};

struct Blocks {
  std::vector<std::pair<uint64_t, uint32_t>> entries;  // (key, question), sorted
  std::vector<size_t> starts;                          // block boundaries in entries
  std::vector<uint32_t> by_size;                       // blocks of 2+, smallest first
  std::vector<uint32_t> key_offsets;                   // question → its sorted keys
  std::vector<uint64_t> keys;
};

// Each question's representative: the first question with exactly its features.
std::vector<uint32_t> Representatives(const QuestionFeatures& f) {
  std::vector<uint32_t> rep(f.size());
  std::unordered_map<uint64_t, std::vector<uint32_t>> seen;
  for (uint32_t q = 0; q < f.size(); ++q) {
    rep[q] = q;
    if (!f.HasFeatures(q)) continue;  // empty lines stay alone
    auto& candidates = seen[f.Fingerprint(q)];
    for (uint32_t c : candidates) {
      if (f.SameFeatures(c, q)) {
        rep[q] = c;
        break;
      }
    }
    if (rep[q] == q) candidates.push_back(q);
  }
  return rep;
}

Blocks MakeBlocks(const QuestionFeatures& f, const std::vector<uint32_t>& rep) {
  Blocks b;
  b.key_offsets.push_back(0);
  std::vector<uint64_t> mine;
  const double common = std::max(20.0, kCommonShare * f.size());
  for (size_t q = 0; q < f.size(); ++q) {
    std::span<const uint32_t> words = f.WordsByRarity(q);
    if (rep[q] != q) words = {};  // copies are grouped through their representative
    mine.clear();
    for (size_t i = 0; i < std::min(kSingleKeys, words.size()); ++i) {
      if (f.DocumentFrequency(words[i]) <= common) mine.push_back(Mix(words[i]));
    }
    size_t p = std::min(kPairKeyWords, words.size());
    for (size_t i = 0; i < p; ++i) {
      for (size_t j = i + 1; j < p; ++j) {
        uint32_t lo = std::min(words[i], words[j]), hi = std::max(words[i], words[j]);
        mine.push_back(Mix((uint64_t{lo} << 32 | hi) + 0x9E3779B97F4A7C15ull));
      }
    }
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    for (uint64_t k : mine) b.entries.emplace_back(k, static_cast<uint32_t>(q));
    b.keys.insert(b.keys.end(), mine.begin(), mine.end());
    b.key_offsets.push_back(static_cast<uint32_t>(b.keys.size()));
  }
  std::sort(b.entries.begin(), b.entries.end());
  for (size_t i = 0; i < b.entries.size(); ++i) {
    if (i == 0 || b.entries[i].first != b.entries[i - 1].first) b.starts.push_back(i);
  }
  b.starts.push_back(b.entries.size());
  for (uint32_t k = 0; k + 1 < b.starts.size(); ++k) {
    if (b.starts[k + 1] - b.starts[k] >= 2) b.by_size.push_back(k);
  }
  std::stable_sort(b.by_size.begin(), b.by_size.end(), [&](uint32_t x, uint32_t y) {
    return b.starts[x + 1] - b.starts[x] < b.starts[y + 1] - b.starts[y];
  });
  return b;
}

// True if questions a and b share a key smaller than `key`: then that block compares them.
bool SharesEarlierKey(const Blocks& b, uint32_t x, uint32_t y, uint64_t key) {
  const uint64_t* i = b.keys.data() + b.key_offsets[x];
  const uint64_t* ie = b.keys.data() + b.key_offsets[x + 1];
  const uint64_t* j = b.keys.data() + b.key_offsets[y];
  const uint64_t* je = b.keys.data() + b.key_offsets[y + 1];
  while (i != ie && j != je && *i < key && *j < key) {
    if (*i == *j) return true;
    if (*i < *j) {
      ++i;
    } else {
      ++j;
    }
  }
  return false;
}

// Similarities below this do not count as a single question's nearest neighbour (its
// confidence of standing alone is then at least 1 − kNearestFloor).
constexpr double kNearestFloor = 0.1;

struct Verified {
  std::vector<Edge> edges;
  std::vector<float> nearest;  // best similarity seen per question (any, even below threshold)
};

// The comparison budget. Blocks are visited smallest first (the rarest shared words first)
// and each question takes part in at most kComparisonBudget comparisons in all, so the work
// per question is bounded whatever the vocabulary. The budget is planned before any
// similarity is computed: the plan records what each question has left when each of its
// blocks comes, and verification replays every block from those figures on any thread, so
// the groups do not depend on thread timing.
//
// Within an exhaustive block, PairUp calls compare(i, j) for the pairs the budgets allow
// (those not already compared through an earlier shared key), charging both.
template <class Compare>
void PairUp(const Blocks& b, size_t block, std::vector<int32_t>& left, Compare compare) {
  const auto* first = b.entries.data() + b.starts[block];
  const size_t size = left.size();
  const uint64_t key = first->first;
  for (size_t i = 0; i < size && left[i] > 0; ++i) {
    for (size_t j = i + 1; j < size && left[i] > 0; ++j) {
      if (left[j] <= 0 || SharesEarlierKey(b, first[i].second, first[j].second, key)) continue;
      --left[i];
      --left[j];
      compare(i, j);
    }
  }
}

// For each block entry, the budget its question has left when the block is verified.
std::vector<int16_t> PlanBudget(const Blocks& b, size_t questions) {
  std::vector<int32_t> left(questions, kComparisonBudget);
  std::vector<int16_t> start(b.entries.size(), 0);
  std::vector<int32_t> local;
  for (uint32_t block : b.by_size) {
    const size_t begin = b.starts[block];
    const size_t size = b.starts[block + 1] - begin;
    local.resize(size);
    for (size_t i = 0; i < size; ++i) {
      local[i] = left[b.entries[begin + i].second];
      start[begin + i] = static_cast<int16_t>(local[i]);
    }
    if (size <= kMaxExhaustiveBlock) {
      PairUp(b, block, local, [](size_t, size_t) {});
    } else {
      // A large block lets each question with budget left meet the leaders (up to
      // kMaxLeaders; leaders themselves are not charged) and charges it kLeaderCharge: how
      // many leaders it will meet depends on similarities not computed yet, and copies of a
      // popular question meet only one or two.
      for (int32_t& l : local) l -= std::min<int32_t>(std::max(l, 0), kLeaderCharge);
    }
    for (size_t i = 0; i < size; ++i) left[b.entries[begin + i].second] = local[i];
  }
  return start;
}

void VerifyBlock(const QuestionFeatures& f, const Blocks& b, const std::vector<int16_t>& plan,
                 size_t block, double threshold, Verified& out) {
  const size_t begin = b.starts[block];
  const auto* first = b.entries.data() + begin;
  const size_t size = b.starts[block + 1] - begin;
  auto check = [&](uint32_t x, uint32_t y) {
    double s = f.Similarity(x, y);
    if (s >= kNearestFloor) {  // most pairs are far apart: skip two random writes
      out.nearest[x] = std::max(out.nearest[x], static_cast<float>(s));
      out.nearest[y] = std::max(out.nearest[y], static_cast<float>(s));
    }
    if (s >= threshold) out.edges.push_back({std::min(x, y), std::max(x, y), float(s)});
    return s;
  };
  std::vector<int32_t> left(plan.begin() + begin, plan.begin() + begin + size);
  if (size <= kMaxExhaustiveBlock) {
    PairUp(b, block, left, [&](size_t i, size_t j) { check(first[i].second, first[j].second); });
    return;
  }
  // Large block: each question meets the leaders; one that matches none becomes a leader
  // while there is room. Many copies of one question all join their first copy.
  std::vector<uint32_t> leaders;
  for (size_t i = 0; i < size; ++i) {
    uint32_t x = first[i].second;
    bool matched = false;
    for (size_t k = 0; k < leaders.size() && left[i] > 0; ++k, --left[i]) {
      matched |= check(x, leaders[k]) >= threshold;
    }
    if (!matched && leaders.size() < size_t{kMaxLeaders}) leaders.push_back(x);
  }
}

Verified VerifyAll(const QuestionFeatures& f, const Blocks& b, const GroupingOptions& options) {
  const size_t blocks = b.by_size.size();
  const std::vector<int16_t> plan = PlanBudget(b, f.size());
  unsigned threads = std::max(1u, std::min<unsigned>(options.threads, blocks / 64 + 1));
  std::vector<Verified> parts(threads);
  std::atomic<size_t> next{0};
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      Verified& v = parts[t];
      v.nearest.assign(f.size(), 0);
      constexpr size_t kBatch = 256;
      while (true) {
        size_t begin = next.fetch_add(kBatch);
        if (begin >= blocks) break;
        for (size_t k = begin; k < std::min(blocks, begin + kBatch); ++k) {
          VerifyBlock(f, b, plan, b.by_size[k], options.threshold, v);
        }
      }
    });
  }
  for (auto& w : workers) w.join();
  Verified all = std::move(parts[0]);
  for (size_t t = 1; t < parts.size(); ++t) {
    all.edges.insert(all.edges.end(), parts[t].edges.begin(), parts[t].edges.end());
    for (size_t q = 0; q < f.size(); ++q) {
      all.nearest[q] = std::max(all.nearest[q], parts[t].nearest[q]);
    }
  }
  return all;
}

Verified VerifyExhaustive(const QuestionFeatures& f, const std::vector<uint32_t>& rep,
                          double threshold) {
  Verified v;
  v.nearest.assign(f.size(), 0);
  for (uint32_t x = 0; x < f.size(); ++x) {
    if (rep[x] != x) continue;
    for (uint32_t y = x + 1; y < f.size(); ++y) {
      if (rep[y] != y) continue;
      double s = f.Similarity(x, y);
      v.nearest[x] = std::max(v.nearest[x], float(s));
      v.nearest[y] = std::max(v.nearest[y], float(s));
      if (s >= threshold) v.edges.push_back({x, y, float(s)});
    }
  }
  return v;
}

// Average similarity between two member lists: exact when small, else over a deterministic
// sample of pairs.
double AverageLinkage(const QuestionFeatures& f, const std::vector<uint32_t>& a,
                      const std::vector<uint32_t>& b) {
  double sum = 0;
  size_t count = 0;
  if (a.size() * b.size() <= kLinkageSamples) {
    for (uint32_t x : a) {
      for (uint32_t y : b) sum += f.Similarity(x, y), ++count;
    }
  } else {
    uint64_t state = Mix(a.front() * 31ull + b.front());
    for (size_t k = 0; k < kLinkageSamples; ++k) {
      state = Mix(state + k);
      uint32_t x = a[state % a.size()];
      uint32_t y = b[(state >> 32) % b.size()];
      sum += f.Similarity(x, y), ++count;
    }
  }
  return sum / count;
}

class Clusters {
 public:
  explicit Clusters(size_t n) : parent_(n), members_(n), cohesion_(n, 0), issue_(n, -1) {
    std::iota(parent_.begin(), parent_.end(), 0);
    for (uint32_t i = 0; i < n; ++i) members_[i] = {i};
  }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // Merges the groups of a and b (similarity `edge`) if their average linkage reaches `bar`.
  void MaybeMerge(const QuestionFeatures& f, uint32_t a, uint32_t b, double edge, double bar) {
    uint32_t ra = Find(a), rb = Find(b);
    if (ra == rb) return;
    // Groups that took two different known issues stay apart: people decided those issues
    // are different asks, however much the wordings share ("giải quyết việc làm" and "đào
    // tạo nghề, giải quyết việc làm"; "an toàn giao thông" and "an toàn thực phẩm").
    if (issue_[ra] >= 0 && issue_[rb] >= 0 && issue_[ra] != issue_[rb]) return;
    const uint64_t pair = uint64_t{std::min(ra, rb)} << 32 | std::max(ra, rb);
    const uint64_t sizes =
        uint64_t{members_[std::min(ra, rb)].size()} << 32 | members_[std::max(ra, rb)].size();
    // Groups refused earlier and unchanged since would be refused again.
    if (auto it = refused_.find(pair); it != refused_.end() && it->second == sizes) return;
    double link = members_[ra].size() == 1 && members_[rb].size() == 1
                      ? edge
                      : AverageLinkage(f, members_[ra], members_[rb]);
    if (link < bar) {
      refused_[pair] = sizes;
      return;
    }
    if (members_[ra].size() < members_[rb].size()) std::swap(ra, rb);
    if (issue_[ra] < 0) issue_[ra] = issue_[rb];
    double na = double(members_[ra].size()), nb = double(members_[rb].size());
    // Running mean of the pair similarities that joined the group, as its confidence.
    cohesion_[ra] = (cohesion_[ra] * (na - 1) + cohesion_[rb] * (nb - 1) + link) / (na + nb - 1);
    parent_[rb] = ra;
    members_[ra].insert(members_[ra].end(), members_[rb].begin(), members_[rb].end());
    members_[rb].clear();
    members_[rb].shrink_to_fit();
  }
  // Merges the groups of a and b without checking their linkage (one known issue).
  void Join(uint32_t a, uint32_t b, double similarity) {
    uint32_t ra = Find(a), rb = Find(b);
    if (ra == rb) return;
    if (members_[ra].size() < members_[rb].size()) std::swap(ra, rb);
    if (issue_[ra] < 0) issue_[ra] = issue_[rb];
    double na = double(members_[ra].size()), nb = double(members_[rb].size());
    cohesion_[ra] =
        (cohesion_[ra] * (na - 1) + cohesion_[rb] * (nb - 1) + similarity) / (na + nb - 1);
    parent_[rb] = ra;
    members_[ra].insert(members_[ra].end(), members_[rb].begin(), members_[rb].end());
    members_[rb].clear();
    members_[rb].shrink_to_fit();
  }
  // The group of a took known issue `issue` (clustering will not merge it with another's).
  void SetIssue(uint32_t a, int32_t issue) { issue_[Find(a)] = issue; }
  const std::vector<uint32_t>& Members(uint32_t root) const { return members_[root]; }
  double Cohesion(uint32_t root) const { return cohesion_[root]; }

 private:
  std::vector<uint32_t> parent_;
  std::vector<std::vector<uint32_t>> members_;
  std::vector<double> cohesion_;
  std::unordered_map<uint64_t, uint64_t> refused_;  // (root, root) → their sizes then
  std::vector<int32_t> issue_;  // by root: the known issue its questions took, or -1
};

}  // namespace

const std::vector<LabelledQuestion>& ShippedKnownIssues() {
  static const auto* known = [] {
    auto rows = ParseLabelledQuestions(RealTuneQuestionsTsv());
    return new std::vector<LabelledQuestion>(rows.ok() ? std::move(*rows)
                                                       : std::vector<LabelledQuestion>{});
  }();
  return *known;
}

std::vector<QuestionGroup> ProposeGroups(std::span<const std::string> input,
                                         const GroupingOptions& options) {
  const size_t n = input.size();
  const std::vector<LabelledQuestion>& known =
      options.known ? *options.known : ShippedKnownIssues();
  // The known questions follow the input, so no input question is represented by one.
  std::vector<std::string> with_known;
  std::span<const std::string> questions = input;
  if (!known.empty()) {
    with_known.reserve(n + known.size());
    with_known.assign(input.begin(), input.end());
    for (const LabelledQuestion& k : known) with_known.push_back(k.text);
    questions = with_known;
  }
  QuestionFeatures f = QuestionFeatures::Build(questions, std::max(1u, options.threads));
  std::vector<uint32_t> rep = Representatives(f);
  Blocks blocks = MakeBlocks(f, rep);
  Verified v = options.exhaustive ? VerifyExhaustive(f, rep, options.threshold)
                                  : VerifyAll(f, blocks, options);

  std::sort(v.edges.begin(), v.edges.end(), [](const Edge& x, const Edge& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  v.edges.erase(std::unique(v.edges.begin(), v.edges.end(),
                            [](const Edge& x, const Edge& y) { return x.a == y.a && x.b == y.b; }),
                v.edges.end());
  Clusters clusters(questions.size());
  const double bar = options.linkage * options.threshold;
  if (!known.empty()) {
    // Each input question's nearest known question, if close enough; then one group per issue.
    std::vector<float> best(n, 0);
    std::vector<int32_t> issue_of(n, -1);
    std::unordered_map<std::string_view, int32_t> issue_ids;
    std::vector<int32_t> known_issue(known.size());
    for (size_t k = 0; k < known.size(); ++k) {
      known_issue[k] =
          issue_ids.try_emplace(known[k].group, int32_t(issue_ids.size())).first->second;
    }
    // The nearest known question at any similarity the edges hold (≥ threshold): a question
    // below known_threshold does not take its issue, but will not be merged with a group
    // that took or leans to another issue either.
    std::vector<float> near_best(n, 0);
    std::vector<int32_t> near_issue(n, -1);
    auto consider = [&](uint32_t q, uint32_t k, float s) {
      if (q >= n || k < n) return;
      if (s > near_best[q]) {
        near_best[q] = s;
        near_issue[q] = known_issue[k - n];
      }
      if (s < options.known_threshold || s <= best[q]) return;
      best[q] = s;
      issue_of[q] = known_issue[k - n];
    };
    for (const Edge& e : v.edges) {
      consider(e.a, e.b, e.similarity);
      consider(e.b, e.a, e.similarity);
    }
    // A known question with exactly an input question's features is represented by it.
    for (uint32_t k = uint32_t(n); k < questions.size(); ++k) {
      if (rep[k] != k) consider(rep[k], k, 1.0f);
    }
    std::vector<int32_t> first_of_issue(issue_ids.size(), -1);
    for (uint32_t q = 0; q < n; ++q) {
      if (issue_of[q] < 0) continue;
      int32_t& first = first_of_issue[issue_of[q]];
      if (first < 0) {
        first = int32_t(q);
        clusters.SetIssue(q, issue_of[q]);
      } else {
        clusters.Join(uint32_t(first), q, best[q]);
      }
    }
    for (uint32_t q = 0; q < n; ++q) {
      if (issue_of[q] < 0 && near_issue[q] >= 0) clusters.SetIssue(q, near_issue[q]);
    }
  }
  for (const Edge& e : v.edges) {
    if (e.b < n) clusters.MaybeMerge(f, e.a, e.b, e.similarity, bar);
  }

  // Every question joins the group of its representative.
  std::unordered_map<uint32_t, size_t> group_of_root;
  std::vector<QuestionGroup> out;
  std::vector<uint32_t> roots;
  for (uint32_t q = 0; q < n; ++q) {
    uint32_t root = clusters.Find(rep[q]);
    auto [it, fresh] = group_of_root.try_emplace(root, out.size());
    if (fresh) {
      out.emplace_back();
      roots.push_back(root);
    }
    out[it->second].members.push_back(q);
  }
  for (size_t g = 0; g < out.size(); ++g) {
    uint32_t root = roots[g];
    if (clusters.Members(root).size() > 1) {
      out[g].confidence = std::min(1.0, clusters.Cohesion(root));
    } else if (out[g].members.size() > 1) {
      out[g].confidence = 1.0;  // copies of one question
    } else {
      out[g].confidence = 1.0 - std::min(1.0f, v.nearest[out[g].members.front()]);
    }
  }
  return out;
}

double QuestionSimilarity(std::string_view a, std::string_view b) {
  std::string both[] = {std::string(a), std::string(b)};
  QuestionFeatures f = QuestionFeatures::Build(both, 1);
  return f.Similarity(0, 1);
}

int RunTextGroup(const std::string& path, std::ostream& out, std::ostream& err) {
  auto lines = ReadLines(path);
  if (!lines.ok()) {
    err << lines.error().message() << "\n";
    return 1;
  }
  for (size_t i = 0; i < lines->size(); ++i) {
    if (!IsValidUtf8((*lines)[i])) err << "dòng " << i + 1 << ": không phải UTF-8 hợp lệ\n";
  }
  std::vector<QuestionGroup> groups = ProposeGroups(*lines);
  out << "{\"groups\": [";
  for (size_t g = 0; g < groups.size(); ++g) {
    out << (g ? ", [" : "[");
    for (size_t m = 0; m < groups[g].members.size(); ++m) {
      out << (m ? ", " : "") << groups[g].members[m] + 1;
    }
    out << "]";
  }
  out << "]}\n";
  return 0;
}

}  // namespace doithoai::text
