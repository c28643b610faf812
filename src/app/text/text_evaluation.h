// `doithoai text eval`: how topic suggestion, grouping and agency suggestion do on labelled
// questions (issue 12). On the real corpus the figures are per split (tune or held-out
// sources); beside them, the old paraphrase set (tests/data/text/holdout.tsv) when present.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "app/text/real_corpus.h"
#include "text/topics.h"

namespace doithoai {

struct TopicFigures {
  size_t questions = 0;
  double top1 = 0;       // share whose first suggestion is one of its labelled topics
  double top1_main = 0;  // … is its main (first) labelled topic
  double top3 = 0;       // share with a labelled topic among the first three
  // At the "not sure" threshold (TopicClassifier::kSureFrom): share of questions with a
  // suggestion, and the top-1 accuracy among them.
  double coverage = 0;
  double sure_accuracy = 0;
};

struct GroupingFigures {
  size_t true_pairs = 0, proposed_pairs = 0, correct_pairs = 0;
  double precision = 0, recall = 0, f1 = 0;
};

struct AgencyFigures {
  size_t questions = 0;  // with an answering sector agency the demo table knows
  double hit1 = 0, hit3 = 0;
};

struct TextLabel {
  std::string text;
  std::vector<std::string> topics;
  std::string group;
};

TopicFigures EvaluateTopics(const text::TopicClassifier& model, std::span<const TextLabel> rows);
// `known`: the known issues grouping matches against (null: the shipped ones). `pairs`, when
// given, receives every false merge and missed pair, one per line.
GroupingFigures EvaluateGrouping(std::span<const TextLabel> rows,
                                 const std::vector<text::LabelledQuestion>* known = nullptr,
                                 std::ostream* pairs = nullptr);
// Maps the answering agency named by the source to a code of the Hải Phòng demo table (by
// function, after the 2025 reorganisation); chairs of the dialogue are not sector agencies and
// are left out.
AgencyFigures EvaluateAgencies(const text::TopicClassifier& model,
                               std::span<const RealQuestion> rows);
std::string AgencyCodeOf(std::string_view answer_agency);

// Cross-validation over the tune sources only: `folds` folds by source (a source's questions
// are all in one fold); each fold is classified by a model trained on the other folds.
TopicFigures CrossValidateTopics(std::span<const RealQuestion> tune, size_t folds);
// The same folds for grouping: each fold is grouped with the other folds as known issues;
// pairs are counted within a fold.
GroupingFigures CrossValidateGrouping(std::span<const RealQuestion> tune, size_t folds,
                                      std::ostream* pairs = nullptr);

// Runs the evaluation of `split` of the corpus at `path` and prints a report. Exit code.
// `split` may end in ":pairs" (e.g. "cv:pairs") to list grouping's false merges and misses.
int RunTextEval(const std::string& path, const std::string& split, std::ostream& out,
                std::ostream& err);

}  // namespace doithoai
