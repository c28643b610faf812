// Quality of grouping and topic suggestion on the labelled set (issue 5, "Quality,
// measured"): pairwise precision, recall and F1 of ProposeGroups against the labelled
// duplicate groups, and top-1 / top-3 topic accuracy with 5-fold cross-validation.
//
//   quality [tests/data/text/questions.tsv]
//
// Two fold assignments are reported: by question (each question's paraphrases may sit in
// the training folds, as when last year's questions come back) and by group (a question
// never meets its own paraphrases in training: the harder, new-issue case).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "text/grouping.h"
#include "text/labelled_questions.h"
#include "text/topics.h"

namespace {

using doithoai::text::LabelledQuestion;

struct TopicAccuracy {
  double top1 = 0;
  double top3 = 0;
  double mean_score = 0;  // mean score of the top suggestion: calibrated if ≈ top1
};

TopicAccuracy CrossValidate(const std::vector<LabelledQuestion>& rows,
                            const std::vector<int>& fold_of, int folds,
                            std::map<std::string, std::map<std::string, int>>* confusion) {
  int hit1 = 0, hit3 = 0;
  double score_sum = 0;
  for (int f = 0; f < folds; ++f) {
    auto model = doithoai::text::TopicClassifier::FromLexicon();
    for (size_t i = 0; i < rows.size(); ++i) {
      if (fold_of[i] != f) (void)model.Learn(rows[i].text, rows[i].topic);
    }
    for (size_t i = 0; i < rows.size(); ++i) {
      if (fold_of[i] != f) continue;
      auto top = model.Suggest(rows[i].text, 3);
      if (!top.empty() && top[0].code == rows[i].topic) ++hit1;
      if (!top.empty()) score_sum += top[0].score;
      for (const auto& t : top) {
        if (t.code == rows[i].topic) ++hit3;
      }
      if (confusion && !top.empty()) (*confusion)[rows[i].topic][std::string(top[0].code)]++;
    }
  }
  return {double(hit1) / rows.size(), double(hit3) / rows.size(), score_sum / rows.size()};
}

void EvaluateTopics(const std::vector<LabelledQuestion>& rows) {
  constexpr int kFolds = 5;
  // By question: stratified round-robin within each topic.
  std::vector<int> by_question(rows.size());
  std::map<std::string, int> seen;
  for (size_t i = 0; i < rows.size(); ++i) by_question[i] = seen[rows[i].topic]++ % kFolds;
  // By group: all paraphrases of a group in one fold, groups dealt round-robin per topic.
  std::map<std::string, int> group_fold;
  std::map<std::string, int> groups_seen;
  std::vector<int> by_group(rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    auto [it, fresh] = group_fold.try_emplace(rows[i].group, 0);
    if (fresh) it->second = groups_seen[rows[i].topic]++ % kFolds;
    by_group[i] = it->second;
  }
  std::map<std::string, std::map<std::string, int>> confusion;
  TopicAccuracy q = CrossValidate(rows, by_question, kFolds, nullptr);
  TopicAccuracy g = CrossValidate(rows, by_group, kFolds, &confusion);
  std::printf("topics, 5-fold by question: top-1 %.1f%%  top-3 %.1f%%\n", 100 * q.top1,
              100 * q.top3);
  std::printf("topics, 5-fold by group:    top-1 %.1f%%  top-3 %.1f%%  (mean top-1 score %.2f)\n",
              100 * g.top1, 100 * g.top3, g.mean_score);
  std::printf("most frequent confusions (by group): ");
  std::vector<std::tuple<int, std::string, std::string>> errors;
  for (auto& [truth, row] : confusion) {
    for (auto& [guess, n] : row) {
      if (guess != truth) errors.emplace_back(n, truth, guess);
    }
  }
  std::sort(errors.rbegin(), errors.rend());
  for (size_t i = 0; i < std::min<size_t>(6, errors.size()); ++i) {
    std::printf("%s→%s ×%d  ", std::get<1>(errors[i]).c_str(), std::get<2>(errors[i]).c_str(),
                std::get<0>(errors[i]));
  }
  std::printf("\n");
}

void EvaluateGrouping(const std::vector<LabelledQuestion>& rows, bool verbose,
                      const doithoai::text::GroupingOptions& options) {
  std::vector<std::string> texts;
  for (const auto& r : rows) texts.push_back(r.text);
  auto start = std::chrono::steady_clock::now();
  auto groups = doithoai::text::ProposeGroups(texts, options);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::vector<int> proposed(rows.size(), -1);
  for (size_t g = 0; g < groups.size(); ++g) {
    for (size_t m : groups[g].members) proposed[m] = static_cast<int>(g);
  }
  long tp = 0, fp = 0, fn = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    for (size_t j = i + 1; j < rows.size(); ++j) {
      bool truth = rows[i].group == rows[j].group;
      bool guess = proposed[i] == proposed[j];
      tp += truth && guess;
      fp += !truth && guess;
      fn += truth && !guess;
      if (verbose && truth != guess) {
        std::printf("  %s %s | %s | %s\n", guess ? "FP" : "FN", rows[i].group.c_str(),
                    rows[i].text.c_str(), rows[j].text.c_str());
      }
    }
  }
  double precision = tp + fp ? double(tp) / (tp + fp) : 1;
  double recall = tp + fn ? double(tp) / (tp + fn) : 1;
  double f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
  std::printf(
      "grouping: %zu questions, %zu true groups, %zu proposed; pairwise precision %.3f "
      "recall %.3f F1 %.3f (%ld true pairs) in %.1f ms\n",
      rows.size(),
      std::set<std::string>().size() +
          [&] {
            std::set<std::string> s;
            for (auto& r : rows) s.insert(r.group);
            return s.size();
          }(),
      groups.size(), precision, recall, f1, tp + fn, ms);
}

void EvaluateTopicsOnHoldout(const std::vector<LabelledQuestion>& train,
                             const std::vector<LabelledQuestion>& test) {
  auto model = doithoai::text::TopicClassifier::FromLexicon();
  for (const auto& r : train) (void)model.Learn(r.text, r.topic);
  int hit1 = 0, hit3 = 0;
  for (const auto& r : test) {
    auto top = model.Suggest(r.text, 3);
    hit1 += !top.empty() && top[0].code == r.topic;
    for (const auto& t : top) hit3 += t.code == r.topic;
  }
  std::printf(
      "topics, trained on the labelled set, tested on the holdout: top-1 %.1f%%  top-3 %.1f%%\n",
      100.0 * hit1 / test.size(), 100.0 * hit3 / test.size());
}

std::optional<std::vector<LabelledQuestion>> Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    return std::nullopt;
  }
  std::stringstream body;
  body << in.rdbuf();
  auto rows = doithoai::text::ParseLabelledQuestions(body.str());
  if (!rows.ok()) {
    std::cerr << path << ": " << rows.error().fields().front().field << ": "
              << rows.error().fields().front().reason << "\n";
    return std::nullopt;
  }
  return std::move(rows).value();
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = "tests/data/text/questions.tsv";
  std::string holdout_path = "tests/data/text/holdout.tsv";
  bool verbose = false;
  doithoai::text::GroupingOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-v") {
      verbose = true;
    } else if (a.rfind("--threshold=", 0) == 0) {
      options.threshold = std::stod(a.substr(12));
    } else if (a.rfind("--linkage=", 0) == 0) {
      options.linkage = std::stod(a.substr(10));
    } else if (a.rfind("--holdout=", 0) == 0) {
      holdout_path = a.substr(10);
    } else if (a == "--exhaustive") {
      options.exhaustive = true;
    } else {
      path = a;
    }
  }
  auto rows = Load(path);
  if (!rows) return 1;
  EvaluateGrouping(*rows, verbose, options);
  EvaluateTopics(*rows);
  if (!holdout_path.empty()) {
    auto holdout = Load(holdout_path);
    if (!holdout) return 1;
    std::printf("holdout (%s, written after tuning):\n", holdout_path.c_str());
    EvaluateGrouping(*holdout, verbose, options);
    EvaluateTopicsOnHoldout(*rows, *holdout);
  }
  return 0;
}
