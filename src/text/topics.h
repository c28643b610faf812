// Topic and agency suggestion (issue 5, SYSTEM.md C4 and C11): doithoai suggests the top 3
// topics and lead agencies for each question, learns from every routing decision a
// coordinator makes, and never routes on its own.
//
// The topic model is a multinomial naive Bayes classifier over folded words, word pairs and
// letter trigrams of the content words (content_words.h): it trains in milliseconds, learns
// one example at a time (Learn is the same update as training), and its letter trigrams keep
// typos and missing diacritics close to the correct spelling. The shipped model is trained
// at first use on the labelled set compiled into doithoai (labelled_questions.h) and on the
// real questions of the tune sources of tests/data/text/real_questions (issue 12): trained on
// the paraphrase set alone it got 69% top-1 on real questions; with them, 85% on sources it
// never saw (docs/benchmarks-text.md).
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/result.h"
#include "text/labelled_questions.h"

namespace doithoai::text {

struct Topic {
  std::string_view code;  // stable, used in data and the API
  std::string_view name;  // Vietnamese, shown in the UI
};

inline constexpr size_t kTopicCount = 15;

// The catalogue of issue 5, in its order; "khac" (other) last.
std::span<const Topic, kTopicCount> TopicCatalogue();

// Position of `code` in the catalogue, or nullopt.
std::optional<size_t> TopicIndex(std::string_view code);

struct TopicScore {
  std::string_view code;  // points into the catalogue
  double score = 0;       // posterior probability in [0, 1]; scores of all topics sum to 1
};

class TopicClassifier {
 public:
  // An untrained model: every topic equally likely.
  TopicClassifier() = default;

  // A model that knows only the topic lexicon (topic_lexicon.h).
  static TopicClassifier FromLexicon();

  // A model trained on the labelled set shipped with doithoai. The first call trains it
  // (a few milliseconds); later calls copy it.
  static TopicClassifier Shipped();

  // The lexicon, the paraphrase set and `real` questions (weighted as two examples
  // each): Shipped() is Train(the tune sources of the real corpus).
  static TopicClassifier Train(std::span<const LabelledQuestion> real);

  // Adds one example: `text` is about `topic_code`. Call it for each routing decision.
  // Invalid if the code is not in the catalogue.
  Status Learn(std::string_view text, std::string_view topic_code);

  // The `k` most likely topics for `text`, best first. Empty text gives the prior.
  std::vector<TopicScore> Suggest(std::string_view text, size_t k = 3) const;

  size_t example_count() const { return examples_; }

  // Below this top score a suggestion is shown as "chưa chắc" (not sure): chosen on the tune
  // sources of the real corpus (docs/benchmarks-text.md gives coverage and accuracy).
  static constexpr double kSureFrom = 0.5;

 private:
  using Counts = std::array<float, kTopicCount>;
  struct Feature {
    uint64_t key;
    float weight;
  };
  static std::vector<Feature> Features(std::string_view text);
  // Adds `text`'s features to `topic` without counting it as a question (no prior weight).
  void AddFeatures(std::string_view text, size_t topic, float weight);

  std::unordered_map<uint64_t, Counts> counts_;  // feature → weighted count per topic
  Counts totals_{};                              // sum of feature weights per topic
  std::array<uint32_t, kTopicCount> documents_{};
  size_t examples_ = 0;
};

struct AgencyScore {
  std::string agency;  // agency code, as in the unit's routing table
  double score = 0;    // in [0, 1]
};

// Suggests lead agencies from topic scores. Each unit has a routing table topic → agencies
// (first = usual lead); every routing decision a coordinator records adds to learned counts,
// which after a few decisions outweigh the table, so each province's habits win.
class AgencySuggester {
 public:
  // Sets the routing table row of `unit` for `topic_code`: agencies in order of preference.
  Status SetRoute(std::string_view unit, std::string_view topic_code,
                  std::vector<std::string> agencies);

  // A coordinator routed a question on `topic_code` in `unit` to `agency`.
  Status Learn(std::string_view unit, std::string_view topic_code, std::string_view agency);

  // Top `k` agencies: Σ over topics of P(topic | question) · P(agency | topic, unit).
  std::vector<AgencyScore> Suggest(std::string_view unit, std::span<const TopicScore> topics,
                                   size_t k = 3) const;

  // The demo routing table of Hải Phòng (unit "hai-phong") after the 2025 reorganisation,
  // with the agency codes of the demo data.
  static AgencySuggester HaiPhongDemo();

 private:
  struct Row {
    std::vector<std::string> table;         // from SetRoute
    std::map<std::string, double> learned;  // agency → routing decisions
    double learned_total = 0;
  };
  // Weight of the routing table, in routing decisions: after this many decisions the
  // learned habit counts as much as the table.
  static constexpr double kTableWeight = 5;

  std::map<std::string, std::array<Row, kTopicCount>, std::less<>> units_;
};

// One row of a routing table: a topic code and its agency codes, usual lead first.
using RouteRow = std::pair<const char*, std::vector<std::string>>;

// The demo routing table of Hải Phòng (unit "hai-phong") after the 2025 reorganisation, with
// the agency codes of the demo data: what a unit without a stored table of its own gets.
std::span<const RouteRow> HaiPhongRoutingTable();

// `doithoai text topics FILE`: reads one question per line and prints one JSON line per
// question, {"topics": [{"code": "viec-lam", "score": 0.81}, …], "sure": true} with the top 3
// of the shipped model ("sure": false when the first is below kSureFrom: "chưa chắc"); a line
// without words (empty, punctuation, not UTF-8) gets {"topics": []}. Returns
// the process exit code; errors and warnings go to `err`.
int RunTextTopics(const std::string& path, std::ostream& out, std::ostream& err);

}  // namespace doithoai::text
