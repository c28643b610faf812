#include "app/text/real_corpus.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "app/text/text_evaluation.h"
#include "text/labelled_questions.h"

namespace doithoai {
namespace {

std::string CorpusText() {
  auto path = std::filesystem::path(__FILE__).parent_path() /
              "../../../tests/data/text/real_questions/questions.jsonl";
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(RealCorpus, ParsesEveryLineAndSplitsBySource) {
  auto corpus = ParseRealCorpus(CorpusText());
  ASSERT_TRUE(corpus.ok()) << corpus.error().message();
  EXPECT_GE(corpus->size(), 642u);
  auto holdout = SplitOf(*corpus, CorpusSplit::kHoldout);
  auto tune = SplitOf(*corpus, CorpusSplit::kTune);
  EXPECT_EQ(holdout.size() + tune.size(), corpus->size());
  std::set<std::string> held, tuned;
  for (const auto& q : holdout) held.insert(q.source_url);
  for (const auto& q : tune) tuned.insert(q.source_url);
  for (const auto& url : held) EXPECT_FALSE(tuned.count(url)) << url;  // never split a source
  EXPECT_GE(held.size(), 28u);
}

TEST(RealCorpus, EmbeddedTuneCopyIsTheTuneSplitAndNeverTheHeldOut) {
  auto corpus = ParseRealCorpus(CorpusText());
  ASSERT_TRUE(corpus.ok());
  auto tune = SplitOf(*corpus, CorpusSplit::kTune);
  auto embedded = text::ParseLabelledQuestions(text::RealTuneQuestionsTsv());
  ASSERT_TRUE(embedded.ok()) << embedded.error().message();
  ASSERT_EQ(embedded->size(), tune.size())
      << "regenerate: python3 tests/data/text/real_questions/embed_tune.py";
  for (size_t i = 0; i < tune.size(); ++i) {
    EXPECT_EQ((*embedded)[i].group, tune[i].group);
    EXPECT_EQ((*embedded)[i].topic, tune[i].topics.front());
  }
}

TEST(RealCorpus, HeldOutRuleIsTheReadmesSha256) {
  // sha256("http://lienhiephoikhkt.camau.gov.vn/uy-ban-nhan-dan-tinh-doi-thoai-voi-thanh-nien.148")
  // starts below 0x33333333 (README's list); "a" starts ca978112.
  EXPECT_TRUE(IsHeldOutSource(
      "http://lienhiephoikhkt.camau.gov.vn/uy-ban-nhan-dan-tinh-doi-thoai-voi-thanh-nien.148"));
  EXPECT_FALSE(IsHeldOutSource("a"));
}

TEST(RealCorpus, BadLinesNameTheField) {
  auto r = ParseRealCorpus(
      "{\"text\": \"vay vốn\", \"source_url\": \"u\", \"group\": \"g\", \"topics\": []}\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message().find("topics"), std::string::npos) << r.error().message();
  r = ParseRealCorpus(
      "\n{\"text\": \"x\", \"source_url\": \"u\", \"group\": \"g\", "
      "\"topics\": [\"viec_lam\"]}\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message().find("dòng 2"), std::string::npos) << r.error().message();
}

// Issue 12's honest figures: sources the models never saw. Floors just under what the shipped
// models reach on the 642-question corpus (docs/benchmarks-text.md, "642 questions"), so a
// change that loses ground fails here. A corpus that grows moves them: they follow the new
// figures, and the change says so (642: top-1 0.874 → 0.868 on 151 held-out questions, floor
// 0.87 → 0.86; grouping F1 0.329 → 0.504, floor 0.32 → 0.49).
TEST(TextEvaluation, HeldOutSourcesStayAboveTheFloors) {
  auto corpus = ParseRealCorpus(CorpusText());
  ASSERT_TRUE(corpus.ok());
  std::vector<TextLabel> held;
  for (const auto& q : SplitOf(*corpus, CorpusSplit::kHoldout)) {
    held.push_back({q.text, q.topics, q.group});
  }
  TopicFigures t = EvaluateTopics(text::TopicClassifier::Shipped(), held);
  EXPECT_EQ(t.questions, held.size());
  EXPECT_GE(t.top1, 0.86);
  EXPECT_GE(t.top3, 0.95);
  EXPECT_GE(t.coverage, 0.82);
  EXPECT_GE(t.sure_accuracy, 0.85);
  GroupingFigures g = EvaluateGrouping(held);
  EXPECT_GE(g.f1, 0.49);
  // What the grouping parameters were chosen on: cross-validation within the tune sources
  // (`doithoai text eval --split cv`: F1 0.568, P 0.553, R 0.583 on 491 tune questions). The
  // recall floor came down from 0.62 when groups that took different known issues stopped
  // merging (6 right pairs lost, 74 wrong ones gone): precision is what issue 12 lacks.
  GroupingFigures cv = CrossValidateGrouping(SplitOf(*corpus, CorpusSplit::kTune), 5);
  EXPECT_GE(cv.f1, 0.56);
  EXPECT_GE(cv.precision, 0.55);
  EXPECT_GE(cv.recall, 0.58);
  // The paraphrase holdout, whose groups are large: a stricter similarity must not break them
  // (0.847 with the 491 tune questions as known issues, 0.860 with 384; the rejected stricter
  // threshold gave 0.419).
  std::ifstream tsv(
      std::filesystem::path(__FILE__).parent_path() / "../../../tests/data/text/holdout.tsv",
      std::ios::binary);
  std::stringstream text;
  text << tsv.rdbuf();
  auto paraphrases = text::ParseLabelledQuestions(text.str());
  ASSERT_TRUE(paraphrases.ok());
  std::vector<TextLabel> old;
  for (const auto& q : *paraphrases) old.push_back({q.text, {q.topic}, q.group});
  EXPECT_GE(EvaluateGrouping(old).f1, 0.84);
}

TEST(TextEvaluation, AgencyNamesMapToSectorCodesChairsAreLeftOut) {
  EXPECT_EQ(AgencyCodeOf("Sở Lao động - Thương binh và Xã hội"), "so-noi-vu");
  EXPECT_EQ(AgencyCodeOf("Chi nhánh Ngân hàng Chính sách xã hội tỉnh"), "nhcsxh");
  EXPECT_EQ(AgencyCodeOf("Chủ tịch UBND xã"), "");
  EXPECT_EQ(AgencyCodeOf(""), "");
}

TEST(TextEvaluation, PairwiseFiguresCountPairs) {
  std::vector<TextLabel> rows = {
      {"vay vốn khởi nghiệp cho thanh niên", {"khoi-nghiep"}, "a"},
      {"hỗ trợ vay vốn khởi nghiệp thanh niên", {"khoi-nghiep"}, "a"},
      {"sân chơi cho thiếu nhi ở thôn", {"van-hoa-the-thao"}, "b"},
  };
  GroupingFigures g = EvaluateGrouping(rows);
  EXPECT_EQ(g.true_pairs, 1u);
  EXPECT_EQ(g.correct_pairs, 1u);
  EXPECT_DOUBLE_EQ(g.f1, 1.0);
}

}  // namespace
}  // namespace doithoai
