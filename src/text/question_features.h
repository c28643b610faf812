// Weighted word and word-pair features of a set of questions, and the similarity grouping
// verifies candidate pairs with (grouping.h describes the method).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace doithoai::text {

class QuestionFeatures {
 public:
  // Analyses every question with `threads` workers. Texts that are not valid UTF-8 get no
  // features (they are grouped alone).
  static QuestionFeatures Build(std::span<const std::string> questions, unsigned threads);

  size_t size() const { return norms_.size(); }
  bool HasFeatures(size_t i) const { return offsets_[i] != offsets_[i + 1]; }

  // In [0, 1]: the cosine of the IDF-weighted features blended with the weighted share of
  // the smaller question found in the larger one, halved when the two name different target
  // groups of youth policy (nông thôn, xuất ngũ, yếu thế …). 0 if either has no features.
  double Similarity(size_t a, size_t b) const;

  // Questions with the same features are the same question for grouping (copies pasted by
  // many youths, or the same words in another order, case or spelling).
  uint64_t Fingerprint(size_t i) const;
  bool SameFeatures(size_t a, size_t b) const;

  // The distinct word ids of question i, rarest (lowest document frequency) first.
  std::span<const uint32_t> WordsByRarity(size_t i) const {
    return {words_.data() + word_offsets_[i], words_.data() + word_offsets_[i + 1]};
  }
  // Texts containing word `id`, background set included.
  uint32_t DocumentFrequency(uint32_t word) const { return word_df_[word]; }

 private:
  std::vector<uint32_t> offsets_;  // features of question i: [offsets_[i], offsets_[i + 1])
  std::vector<uint32_t> ids_;      // feature ids, ascending within each question
  std::vector<float> squared_;     // by feature id: its weight squared (a table, so the
                                   // similarity loop reads only the ids of two questions)
  std::vector<float> norms_;       // Σ weight² per question
  std::vector<uint32_t> word_offsets_;
  std::vector<uint32_t> words_;
  std::vector<uint32_t> word_df_;
  std::vector<uint32_t> targets_;  // per question: the target groups it names (bit mask)
};

}  // namespace doithoai::text
