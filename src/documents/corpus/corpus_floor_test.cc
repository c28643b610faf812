// The parser's field accuracy on the real-document corpus (tests/data/documents/real, issue
// 11) must not fall below the figures reached (docs/benchmarks.md, "Reading real documents").
// The floors sit just under the measured scores, so a change that loses fields fails here.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "documents/corpus/corpus.h"
#include "documents/corpus/form_reader.h"
#include "documents/corpus/score_command.h"
#include "documents/parse/test_data.h"

namespace doithoai::documents::corpus {
namespace {

// Measured: see docs/benchmarks.md. Raise these with the scores, never lower them silently.
// 2026-12-07: vb-083..vb-100 joined the corpus (18 documents the parser had never seen; 12 in
// the tune split): the tune split's figure fell from 0.919 (55 documents, unchanged on them)
// to 0.894 over 67, so its floor went from 0.91 to 0.89; with the rules drawn from them and
// vb-101..vb-113 (never tuned on) it is 0.912 over 76 (floor 0.91), held out 0.834 over 37 (0.83).
// vb-114..vb-125 (12 documents labelled before any parser run, 8 tune) scored 0.866 on their tune
// part untouched, which brought the tune split to 0.907 over 84 (the 76 earlier ones unchanged):
// floor 0.90 until rules drawn from them lift it; held out 0.838 over 41. The rules drawn from
// those 8 (signer cell bars and attached headings, closing formula, quoted amendments, a bare
// committee header, a letter's mid-paragraph grounds, a posted plan's title line, glued words,
// youth family without motto) lifted the tune split to 0.929 (floor 0.92) and the held-out one
// to 0.852 (0.85; 0.847 without three fields of held-out documents whose misses were seen,
// docs/benchmarks.md). vb-126..vb-133 (8 documents labelled before any parser run, 5 tune) scored
// 0.929 on their tune part and 0.857 on their held-out part untouched; the splits stayed at 0.929
// over 89 and 0.852 over 44. Rules drawn from those 5 (a law named right after another's date,
// a head's title before the body given a task, a cut closing article that only names a task's
// lead, a posted plan that says what it issues) lifted the tune split to 0.933 (floor 0.93) and
// the held-out one to 0.856.
constexpr double kTuneFloor = 0.93;
constexpr double kHoldoutFloor = 0.85;

std::vector<DocumentScore> ScoreAll() {
  auto dir = testing::DocumentsDataDir() / "real";
  auto spec = FormFor("txt");
  EXPECT_TRUE(spec.ok());
  auto docs = ScoreCorpus(dir, dir, spec->extensions, Split::kAll, spec->read);
  EXPECT_TRUE(docs.ok()) << (docs.ok() ? "" : docs.error().message());
  return docs.ok() ? *docs : std::vector<DocumentScore>{};
}

TEST(RealCorpus, TextScoresStayAboveTheirFloors) {
  std::vector<DocumentScore> docs = ScoreAll();
  ASSERT_EQ(docs.size(), 133u);
  SplitSummary tune = Summarize(docs, Split::kTune);
  SplitSummary holdout = Summarize(docs, Split::kHoldout);
  EXPECT_EQ(tune.documents, 89);
  EXPECT_EQ(holdout.documents, 44);
  EXPECT_GE(tune.Accuracy(), kTuneFloor);
  EXPECT_GE(holdout.Accuracy(), kHoldoutFloor);
}

// `document score --since vb-083` scores only the documents added from vb-083 on (51:
// vb-083..vb-133, 34 tune, 17 held out), the way their first, untuned score was read.
TEST(RealCorpus, SinceScoresOnlyTheLaterBatch) {
  ScoreOptions options;
  options.dir = (testing::DocumentsDataDir() / "real").string();
  options.since = "vb-083";
  options.json = true;
  std::ostringstream out, err;
  ASSERT_EQ(RunScoreCommand(options, out, err), 0) << err.str();
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["splits"]["all"]["documents"], 51);
  EXPECT_EQ(j["splits"]["tune"]["documents"], 34);
  EXPECT_EQ(j["splits"]["holdout"]["documents"], 17);

  options.since = "vb-";
  std::ostringstream out2, err2;
  EXPECT_EQ(RunScoreCommand(options, out2, err2), 1);
  EXPECT_NE(err2.str().find("--since"), std::string::npos);
}

}  // namespace
}  // namespace doithoai::documents::corpus
