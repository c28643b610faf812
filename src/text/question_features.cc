#include "text/question_features.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "text/labelled_questions.h"
#include "text/normalize.h"
#include "text/paraphrases.h"
#include "text/typo_correction.h"

namespace doithoai::text {
namespace {

// Weights are idf^kIdfPower: above 1, a shared rare word counts for much more than a shared
// common one, which a few hundred questions' document frequencies alone do not achieve.
constexpr double kIdfPower = 1.5;
// A word pair (a Vietnamese two-syllable word such as "việc làm" is a pair of syllables)
// weighs this much relative to a single syllable of the same rarity.
constexpr float kPairWeight = 0.5f;
// Share of the containment term in the similarity, and the fewest features the smaller
// question needs for containment to count (a one-word line is contained in everything).
constexpr double kContainmentShare = 0.4;
constexpr uint32_t kMinFeaturesForContainment = 4;
// Containment is discounted by this share of the larger question's weight the smaller one
// lacks: "giải quyết việc làm" sits inside "giải quyết việc làm cho thanh niên yếu thế", but
// the rare "yếu thế" makes the latter another issue (real corpus, cross-validated F1 0.493 →
// 0.529 with 0.05; 0.1 and more cost the paraphrase set's F1).
constexpr double kUnsharedShare = 0.05;

// Target groups of youth policy (folded canonical words, as CanonicalWords leaves them). A
// line naming one asks for that group, not for youth in general: the real corpus labels
// "giải quyết việc làm", "… cho người khuyết tật" and "… cho quân nhân xuất ngũ" as three
// issues, and the words that tell them apart weigh little beside the shared "giải quyết việc
// làm". Not here, because the lexicon and stop words leave one ambiguous word of them:
// "nông thôn" ("nong", as in "nông nghiệp"), "yếu thế" ("yeu"), "công nhân" ("lao dong").
// Two questions whose
// sets of named groups differ have their similarity multiplied by kOtherTargetsFactor
// (cross-validated F1 on the real corpus 0.539 → 0.549 with the known-issue rule of
// grouping.cc; the paraphrase holdout unchanged; "tốt nghiệp" was tried and dropped: the
// graduates named in "thu hút nhân lực" lines are the same ask).
constexpr std::string_view kTargetGroups[] = {
    "xuat ngu",   "khuyet tat",       "hoan luong", "tai hoa nhap",
    "man han tu", "dan toc thieu so", "vung xa",
};
constexpr double kOtherTargetsFactor = 0.5;

// The groups of kTargetGroups named by question words [begin, end), as a bit mask.
uint32_t TargetMask(const std::vector<uint32_t>& words, size_t begin, size_t end,
                    const std::vector<std::string>& vocabulary,
                    const std::vector<bool>& in_a_target) {
  bool any = false;
  for (size_t k = begin; k < end && !any; ++k) any = in_a_target[words[k]];
  if (!any) return 0;
  std::string joined = " ";
  for (size_t k = begin; k < end; ++k) {
    joined += vocabulary[words[k]];
    joined += ' ';
  }
  uint32_t mask = 0;
  for (size_t t = 0; t < std::size(kTargetGroups); ++t) {
    std::string needle = " ";
    needle += kTargetGroups[t];
    needle += ' ';
    if (joined.find(needle) != std::string::npos) mask |= 1u << t;
  }
  return mask;
}

// Whether each vocabulary word is a word of some target group.
std::vector<bool> TargetWords(const std::vector<std::string>& vocabulary) {
  std::vector<std::string_view> parts;
  for (std::string_view t : kTargetGroups) {
    size_t start = 0;
    while (start < t.size()) {
      size_t at = std::min(t.find(' ', start), t.size());
      parts.push_back(t.substr(start, at - start));
      start = at + 1;
    }
  }
  std::vector<bool> out(vocabulary.size());
  for (size_t w = 0; w < vocabulary.size(); ++w) {
    out[w] = std::find(parts.begin(), parts.end(), vocabulary[w]) != parts.end();
  }
  return out;
}

uint64_t HashWord(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t HashPair(uint64_t a, uint64_t b) { return (a * 0x9E3779B97F4A7C15ull) ^ (b + 0x632BE5AB); }

std::vector<std::string> QuestionWords(std::string_view text) {
  if (!IsValidUtf8(text)) return {};
  return CanonicalWords(text);
}

// Document frequencies of words and word pairs in the shipped labelled set: a background
// that gives sensible weights when the input is ten questions.
struct Background {
  std::unordered_map<uint64_t, uint32_t> df;  // HashWord or HashPair → texts
  uint32_t texts = 0;
};

const Background& TheBackground() {
  static const Background* bg = [] {
    auto* b = new Background();
    auto rows = ParseLabelledQuestions(ShippedLabelledQuestionsTsv());
    if (!rows.ok()) return b;
    for (const LabelledQuestion& q : *rows) {
      std::vector<std::string> words = QuestionWords(q.text);
      std::vector<uint64_t> keys;
      for (size_t i = 0; i < words.size(); ++i) {
        keys.push_back(HashWord(words[i]));
        if (i + 1 < words.size() && words[i] != words[i + 1]) {
          keys.push_back(HashPair(HashWord(words[i]), HashWord(words[i + 1])));
        }
      }
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      for (uint64_t k : keys) ++b->df[k];
      ++b->texts;
    }
    return b;
  }();
  return *bg;
}

uint32_t BackgroundDf(uint64_t key) {
  const Background& bg = TheBackground();
  auto it = bg.df.find(key);
  return it == bg.df.end() ? 0 : it->second;
}

// Questions as sequences of word ids.
struct Sequences {
  std::vector<uint32_t> offsets{0};
  std::vector<uint32_t> words;
  std::vector<std::string> vocabulary;
};

Sequences AnalyseChunk(std::span<const std::string> questions) {
  Sequences s;
  std::unordered_map<std::string, uint32_t> ids;
  for (const std::string& q : questions) {
    for (std::string& w : QuestionWords(q)) {
      auto [it, fresh] = ids.try_emplace(std::move(w), static_cast<uint32_t>(s.vocabulary.size()));
      if (fresh) s.vocabulary.push_back(it->first);
      s.words.push_back(it->second);
    }
    s.offsets.push_back(static_cast<uint32_t>(s.words.size()));
  }
  return s;
}

Sequences AnalyseAll(std::span<const std::string> questions, unsigned threads) {
  threads = std::max(1u, std::min<unsigned>(threads, questions.size() / 1000 + 1));
  std::vector<Sequences> parts(threads);
  std::vector<std::thread> workers;
  size_t chunk = (questions.size() + threads - 1) / threads;
  for (unsigned t = 0; t < threads; ++t) {
    size_t begin = std::min(questions.size(), t * chunk);
    size_t end = std::min(questions.size(), begin + chunk);
    workers.emplace_back(
        [&, t, begin, end] { parts[t] = AnalyseChunk(questions.subspan(begin, end - begin)); });
  }
  for (auto& w : workers) w.join();
  Sequences all;
  std::unordered_map<std::string, uint32_t> ids;
  for (Sequences& part : parts) {
    std::vector<uint32_t> global(part.vocabulary.size());
    for (size_t i = 0; i < part.vocabulary.size(); ++i) {
      auto [it, fresh] = ids.try_emplace(part.vocabulary[i], all.vocabulary.size());
      if (fresh) all.vocabulary.push_back(part.vocabulary[i]);
      global[i] = it->second;
    }
    uint32_t base = all.offsets.back();
    for (size_t i = 1; i < part.offsets.size(); ++i) all.offsets.push_back(base + part.offsets[i]);
    for (uint32_t w : part.words) all.words.push_back(global[w]);
  }
  return all;
}

// Distinct word ids per question, and how many questions contain each word.
std::vector<uint32_t> CountDocuments(const Sequences& s, size_t vocabulary_size) {
  std::vector<uint32_t> df(vocabulary_size, 0);
  std::vector<uint32_t> last_seen(vocabulary_size, UINT32_MAX);
  for (uint32_t q = 0; q + 1 < s.offsets.size(); ++q) {
    for (uint32_t k = s.offsets[q]; k < s.offsets[q + 1]; ++k) {
      uint32_t w = s.words[k];
      if (last_seen[w] != q) {
        last_seen[w] = q;
        ++df[w];
      }
    }
  }
  return df;
}

}  // namespace

QuestionFeatures QuestionFeatures::Build(std::span<const std::string> questions, unsigned threads) {
  Sequences seq = AnalyseAll(questions, threads);
  const size_t n = questions.size();
  const size_t v = seq.vocabulary.size();
  const Background& bg = TheBackground();

  // Typos → the frequent word one edit away.
  std::vector<uint64_t> word_hash(v);
  for (size_t w = 0; w < v; ++w) word_hash[w] = HashWord(seq.vocabulary[w]);
  std::vector<uint32_t> df = CountDocuments(seq, v);
  std::vector<uint32_t> frequency(v);
  std::vector<bool> known(v);
  for (size_t w = 0; w < v; ++w) {
    uint32_t b = BackgroundDf(word_hash[w]);
    frequency[w] = df[w] + b;
    known[w] = b > 0;
  }
  std::vector<uint32_t> target = CorrectTypos(seq.vocabulary, frequency, known);
  for (uint32_t& w : seq.words) w = target[w];
  df = CountDocuments(seq, v);

  const double total = static_cast<double>(n + bg.texts) + 1;
  std::vector<float> word_idf(v);
  QuestionFeatures f;
  f.word_df_.resize(v);
  for (size_t w = 0; w < v; ++w) {
    f.word_df_[w] = df[w] + BackgroundDf(word_hash[w]);
    word_idf[w] = static_cast<float>(std::pow(std::log(total / (f.word_df_[w] + 0.5)), kIdfPower));
  }

  // Word pairs: distinct per question, then counted over the input.
  std::vector<uint64_t> all_pairs;
  std::vector<size_t> pair_offsets{0};
  all_pairs.reserve(seq.words.size());
  for (size_t q = 0; q < n; ++q) {
    size_t first = all_pairs.size();
    for (uint32_t k = seq.offsets[q]; k + 1 < seq.offsets[q + 1]; ++k) {
      uint32_t a = seq.words[k], b = seq.words[k + 1];
      if (a != b) all_pairs.push_back(uint64_t{a} << 32 | b);
    }
    std::sort(all_pairs.begin() + first, all_pairs.end());
    all_pairs.erase(std::unique(all_pairs.begin() + first, all_pairs.end()), all_pairs.end());
    pair_offsets.push_back(all_pairs.size());
  }
  std::vector<uint64_t> pair_keys = all_pairs;
  std::sort(pair_keys.begin(), pair_keys.end());
  std::vector<float> pair_idf;
  {
    size_t out = 0;
    for (size_t i = 0; i < pair_keys.size();) {
      size_t j = i;
      while (j < pair_keys.size() && pair_keys[j] == pair_keys[i]) ++j;
      uint32_t a = static_cast<uint32_t>(pair_keys[i] >> 32);
      uint32_t b = static_cast<uint32_t>(pair_keys[i]);
      double pair_df =
          static_cast<double>(j - i) + BackgroundDf(HashPair(word_hash[a], word_hash[b]));
      pair_keys[out++] = pair_keys[i];
      pair_idf.push_back(
          kPairWeight * static_cast<float>(std::pow(std::log(total / (pair_df + 0.5)), kIdfPower)));
      i = j;
    }
    pair_keys.resize(out);
  }

  // Per question: sorted feature ids (words, then pairs offset by v).
  f.squared_.resize(v + pair_idf.size());
  for (size_t w = 0; w < v; ++w) f.squared_[w] = word_idf[w] * word_idf[w];
  for (size_t p = 0; p < pair_idf.size(); ++p) f.squared_[v + p] = pair_idf[p] * pair_idf[p];
  f.offsets_.assign(1, 0);
  f.word_offsets_.assign(1, 0);
  f.norms_.resize(n);
  f.targets_.resize(n);
  const std::vector<bool> in_a_target = TargetWords(seq.vocabulary);
  for (size_t q = 0; q < n; ++q) {
    f.targets_[q] =
        TargetMask(seq.words, seq.offsets[q], seq.offsets[q + 1], seq.vocabulary, in_a_target);
  }
  std::vector<uint32_t> words;
  for (size_t q = 0; q < n; ++q) {
    words.assign(seq.words.begin() + seq.offsets[q], seq.words.begin() + seq.offsets[q + 1]);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    double norm = 0;
    for (uint32_t w : words) {
      f.ids_.push_back(w);
      norm += f.squared_[w];
    }
    for (size_t k = pair_offsets[q]; k < pair_offsets[q + 1]; ++k) {
      uint64_t key = all_pairs[k];
      size_t idx = std::lower_bound(pair_keys.begin(), pair_keys.end(), key) - pair_keys.begin();
      f.ids_.push_back(static_cast<uint32_t>(v + idx));
      norm += f.squared_[v + idx];
    }
    f.offsets_.push_back(static_cast<uint32_t>(f.ids_.size()));
    f.norms_[q] = static_cast<float>(norm);
    // Words by rarity for blocking.
    std::sort(words.begin(), words.end(), [&](uint32_t a, uint32_t b) {
      return f.word_df_[a] != f.word_df_[b] ? f.word_df_[a] < f.word_df_[b] : a < b;
    });
    f.words_.insert(f.words_.end(), words.begin(), words.end());
    f.word_offsets_.push_back(static_cast<uint32_t>(f.words_.size()));
  }
  return f;
}

uint64_t QuestionFeatures::Fingerprint(size_t i) const {
  uint64_t h = 0x9E3779B97F4A7C15ull;
  for (uint32_t k = offsets_[i]; k < offsets_[i + 1]; ++k)
    h = (h ^ ids_[k]) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 29);
}

bool QuestionFeatures::SameFeatures(size_t a, size_t b) const {
  return std::equal(ids_.begin() + offsets_[a], ids_.begin() + offsets_[a + 1],
                    ids_.begin() + offsets_[b], ids_.begin() + offsets_[b + 1]);
}

double QuestionFeatures::Similarity(size_t a, size_t b) const {
  if (norms_[a] == 0 || norms_[b] == 0) return 0;
  const uint32_t* ids_a = ids_.data() + offsets_[a];
  const uint32_t* ids_b = ids_.data() + offsets_[b];
  const float* squared = squared_.data();
  const uint32_t na = offsets_[a + 1] - offsets_[a];
  const uint32_t nb = offsets_[b + 1] - offsets_[b];
  // Branch-light merge of the two sorted id lists: this loop is most of grouping's time.
  float dot = 0;
  uint32_t i = 0, j = 0;
  while (i < na && j < nb) {
    uint32_t x = ids_a[i], y = ids_b[j];
    if (x == y) dot += squared[x];
    i += x <= y;
    j += y <= x;
  }
  const double factor = targets_[a] == targets_[b] ? 1.0 : kOtherTargetsFactor;
  double cosine = dot / std::sqrt(double(norms_[a]) * norms_[b]);
  if (std::min(na, nb) < kMinFeaturesForContainment) return factor * cosine;
  const double smaller = std::min(norms_[a], norms_[b]), larger = std::max(norms_[a], norms_[b]);
  double containment = dot / (smaller + kUnsharedShare * (larger - dot));
  return factor * ((1 - kContainmentShare) * cosine + kContainmentShare * containment);
}

}  // namespace doithoai::text
