#include "app/text/text_evaluation.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>
#include <unordered_map>

#include "text/grouping.h"
#include "text/labelled_questions.h"

namespace doithoai {
namespace {

bool Contains(const std::vector<std::string>& codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

double Share(size_t part, size_t whole) { return whole ? double(part) / double(whole) : 0; }

std::string Percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100 * x);
  return buf;
}

std::string Fixed(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  return buf;
}

std::vector<TextLabel> LabelsOf(std::span<const RealQuestion> rows) {
  std::vector<TextLabel> out;
  for (const RealQuestion& q : rows) out.push_back({q.text, q.topics, q.group});
  return out;
}

void PrintTopics(std::ostream& out, const TopicFigures& t) {
  out << "  topics (" << t.questions << " questions): top-1 " << Percent(t.top1) << " (main topic "
      << Percent(t.top1_main) << "), top-3 " << Percent(t.top3)
      << "; at the \"chưa chắc\" threshold " << text::TopicClassifier::kSureFrom << ": coverage "
      << Percent(t.coverage) << ", accuracy " << Percent(t.sure_accuracy) << "\n";
}

void PrintGrouping(std::ostream& out, const GroupingFigures& g) {
  out << "  grouping: pairwise P " << Fixed(g.precision) << " R " << Fixed(g.recall) << " F1 "
      << Fixed(g.f1) << " (true pairs " << g.true_pairs << ", proposed " << g.proposed_pairs
      << ", correct " << g.correct_pairs << ")\n";
}

// The cross-validation fold of a question: by its source, FNV-1a so the folds are the same on
// every platform.
size_t FoldOf(const RealQuestion& q, size_t folds) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : q.source_url) h = (h ^ c) * 1099511628211ull;
  return h % folds;
}

GroupingFigures Finish(GroupingFigures f) {
  f.precision = f.proposed_pairs ? Share(f.correct_pairs, f.proposed_pairs) : 1.0;
  f.recall = f.true_pairs ? Share(f.correct_pairs, f.true_pairs) : 1.0;
  f.f1 = f.precision + f.recall > 0 ? 2 * f.precision * f.recall / (f.precision + f.recall) : 0;
  return f;
}

}  // namespace

TopicFigures EvaluateTopics(const text::TopicClassifier& model, std::span<const TextLabel> rows) {
  TopicFigures f;
  size_t top1 = 0, main = 0, top3 = 0, sure = 0, sure_right = 0;
  for (const TextLabel& row : rows) {
    auto top = model.Suggest(row.text, 3);
    if (top.empty()) continue;
    ++f.questions;
    bool right = Contains(row.topics, top[0].code);
    top1 += right;
    main += top[0].code == row.topics.front();
    bool any = false;
    for (const auto& s : top) any |= Contains(row.topics, s.code);
    top3 += any;
    if (top[0].score >= text::TopicClassifier::kSureFrom) {
      ++sure;
      sure_right += right;
    }
  }
  f.top1 = Share(top1, f.questions);
  f.top1_main = Share(main, f.questions);
  f.top3 = Share(top3, f.questions);
  f.coverage = Share(sure, f.questions);
  f.sure_accuracy = Share(sure_right, sure);
  return f;
}

TopicFigures CrossValidateTopics(std::span<const RealQuestion> tune, size_t folds) {
  auto fold_of = [&](const RealQuestion& q) { return FoldOf(q, folds); };
  TopicFigures sum;
  double covered = 0, sure_right = 0;
  for (size_t k = 0; k < folds; ++k) {
    std::vector<text::LabelledQuestion> train;
    std::vector<TextLabel> test;
    for (const RealQuestion& q : tune) {
      if (fold_of(q) == k) {
        test.push_back({q.text, q.topics, q.group});
      } else {
        train.push_back({q.group, q.topics.front(), q.text});
      }
    }
    TopicFigures f = EvaluateTopics(text::TopicClassifier::Train(train), test);
    const double n = double(f.questions);
    sum.questions += f.questions;
    sum.top1 += f.top1 * n;
    sum.top1_main += f.top1_main * n;
    sum.top3 += f.top3 * n;
    covered += f.coverage * n;
    sure_right += f.sure_accuracy * f.coverage * n;
  }
  const double n = std::max<double>(1, double(sum.questions));
  sum.top1 /= n;
  sum.top1_main /= n;
  sum.top3 /= n;
  sum.coverage = covered / n;
  sum.sure_accuracy = covered > 0 ? sure_right / covered : 0;
  return sum;
}

GroupingFigures EvaluateGrouping(std::span<const TextLabel> rows,
                                 const std::vector<text::LabelledQuestion>* known,
                                 std::ostream* pairs) {
  std::vector<std::string> texts;
  for (const TextLabel& r : rows) texts.push_back(r.text);
  text::GroupingOptions o;
  o.known = known;
  auto groups = text::ProposeGroups(texts, o);
  GroupingFigures f;
  std::map<std::string, size_t> sizes;
  for (const TextLabel& r : rows) ++sizes[r.group];
  for (const auto& [group, n] : sizes) f.true_pairs += n * (n - 1) / 2;
  std::vector<size_t> proposed(rows.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    const auto& members = groups[g].members;
    const size_t n = members.size();
    f.proposed_pairs += n * (n - 1) / 2;
    for (size_t i = 0; i < n; ++i) {
      proposed[members[i]] = g;
      for (size_t j = i + 1; j < n; ++j) {
        const bool right = rows[members[i]].group == rows[members[j]].group;
        f.correct_pairs += right;
        if (pairs && !right) {
          *pairs << "    false merge: [" << rows[members[i]].group << "] " << rows[members[i]].text
                 << "  |  [" << rows[members[j]].group << "] " << rows[members[j]].text << "\n";
        }
      }
    }
  }
  for (size_t i = 0; pairs && i < rows.size(); ++i) {
    for (size_t j = i + 1; j < rows.size(); ++j) {
      if (rows[i].group != rows[j].group || proposed[i] == proposed[j]) continue;
      *pairs << "    missed [" << rows[i].group << "]: " << rows[i].text << "  |  " << rows[j].text
             << "\n";
    }
  }
  return Finish(f);
}

GroupingFigures CrossValidateGrouping(std::span<const RealQuestion> tune, size_t folds,
                                      std::ostream* pairs) {
  GroupingFigures sum;
  for (size_t k = 0; k < folds; ++k) {
    std::vector<text::LabelledQuestion> known;
    std::vector<TextLabel> test;
    for (const RealQuestion& q : tune) {
      if (FoldOf(q, folds) == k) {
        test.push_back({q.text, q.topics, q.group});
      } else {
        known.push_back({q.group, q.topics.front(), q.text});
      }
    }
    GroupingFigures f = EvaluateGrouping(test, &known, pairs);
    sum.true_pairs += f.true_pairs;
    sum.proposed_pairs += f.proposed_pairs;
    sum.correct_pairs += f.correct_pairs;
  }
  return Finish(sum);
}

std::string AgencyCodeOf(std::string_view a) {
  auto has = [&](std::string_view s) { return a.find(s) != std::string_view::npos; };
  // The chair of the dialogue answers whatever is asked: not a routing decision.
  if (a.empty() || has("Chủ tịch") || has("Thủ tướng") || has("Bí thư") || has("ứng cử viên") ||
      has("UBND")) {
    return {};
  }
  if (has("Lao động") || has("Nội vụ")) return "so-noi-vu";
  if (has("Ngân hàng Chính sách")) return "nhcsxh";
  if (has("Tài nguyên") || has("NN&PTNT") || has("Nông nghiệp")) return "so-nn-mt";
  if (has("Văn hóa")) return "so-vh-tt-dl";
  if (has("Thông tin và Truyền thông") || has("Khoa học")) return "so-kh-cn";
  if (has("Giáo dục")) return "so-gd-dt";
  if (has("Y tế")) return "so-y-te";
  if (has("Công an")) return "cong-an";
  if (has("Xây dựng") || has("Giao thông")) return "so-xay-dung";
  if (has("Đoàn")) return "thanh-doan";
  return {};
}

AgencyFigures EvaluateAgencies(const text::TopicClassifier& model,
                               std::span<const RealQuestion> rows) {
  const text::AgencySuggester table = text::AgencySuggester::HaiPhongDemo();
  AgencyFigures f;
  size_t hit1 = 0, hit3 = 0;
  for (const RealQuestion& q : rows) {
    std::string gold = AgencyCodeOf(q.answer_agency);
    if (gold.empty()) continue;
    ++f.questions;
    auto topics = model.Suggest(q.text, text::kTopicCount);
    auto agencies = table.Suggest("hai-phong", topics, 3);
    for (size_t i = 0; i < agencies.size(); ++i) {
      if (agencies[i].agency != gold) continue;
      hit1 += i == 0;
      ++hit3;
    }
  }
  f.hit1 = Share(hit1, f.questions);
  f.hit3 = Share(hit3, f.questions);
  return f;
}

int RunTextEval(const std::string& path, const std::string& split_arg, std::ostream& out,
                std::ostream& err) {
  // "SPLIT:pairs" also lists the grouping's false merges and missed pairs.
  const bool list_pairs = split_arg.ends_with(":pairs");
  const std::string split =
      list_pairs ? split_arg.substr(0, split_arg.size() - std::string_view(":pairs").size())
                 : split_arg;
  std::ostream* pairs = list_pairs ? &out : nullptr;
  CorpusSplit which;
  if (split == "tune") {
    which = CorpusSplit::kTune;
  } else if (split == "holdout") {
    which = CorpusSplit::kHoldout;
  } else if (split == "all") {
    which = CorpusSplit::kAll;
  } else if (split == "cv") {
    which = CorpusSplit::kTune;
  } else {
    err << "--split: chỉ nhận tune, holdout, all hoặc cv (thêm :pairs để liệt kê cặp sai)\n";
    return 2;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << path << ": không mở được tệp\n";
    return 1;
  }
  std::stringstream body;
  body << in.rdbuf();
  auto corpus = ParseRealCorpus(body.str());
  if (!corpus.ok()) {
    err << path << ": " << corpus.error().message() << "\n";
    return 1;
  }
  std::vector<RealQuestion> rows = SplitOf(*corpus, which);
  std::map<std::string, int> sources;
  for (const RealQuestion& q : rows) ++sources[q.source_url];
  const text::TopicClassifier model = text::TopicClassifier::Shipped();
  std::vector<TextLabel> labels = LabelsOf(rows);
  out << "real corpus " << path << ", split " << split << ": " << rows.size() << " questions from "
      << sources.size() << " sources\n";
  if (split == "cv") {
    out << "  5-fold cross-validation by source within the tune sources (the shipped model is "
           "not used):\n";
    PrintTopics(out, CrossValidateTopics(rows, 5));
    PrintGrouping(out, CrossValidateGrouping(rows, 5, pairs));
    return 0;
  }
  PrintTopics(out, EvaluateTopics(model, labels));
  PrintGrouping(out, EvaluateGrouping(labels, nullptr, pairs));
  AgencyFigures a = EvaluateAgencies(model, rows);
  out << "  agency (" << a.questions << " questions answered by a sector agency): hit@1 "
      << Percent(a.hit1) << ", hit@3 " << Percent(a.hit3) << "\n";

  // The old paraphrase set, beside: its holdout (never trained on).
  std::filesystem::path paraphrases =
      std::filesystem::path(path).parent_path().parent_path() / "holdout.tsv";
  std::ifstream tsv(paraphrases, std::ios::binary);
  if (tsv) {
    std::stringstream text;
    text << tsv.rdbuf();
    auto parsed = text::ParseLabelledQuestions(text.str());
    if (parsed.ok()) {
      std::vector<TextLabel> old;
      for (const auto& q : *parsed) old.push_back({q.text, {q.topic}, q.group});
      out << "paraphrase holdout " << paraphrases.string() << ": " << old.size() << " questions\n";
      PrintTopics(out, EvaluateTopics(model, old));
      PrintGrouping(out, EvaluateGrouping(old));
    }
  }
  return 0;
}

}  // namespace doithoai
