// The importer against expected outputs written by hand from reading each document (issue 3:
// "Write your own expected outputs for the two seeds and for variants you make … and test
// against them"). A variant has the same content as its seed, so it shares the seed's
// expected output: re-broken lines, a header in one row or in two flattened columns, and
// Markdown must not change what is read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "documents/parse/document_json.h"
#include "documents/parse/json_diff.h"
#include "documents/parse/parse_document.h"
#include "documents/parse/test_data.h"

namespace doithoai::documents {
namespace {

using testing::DiffJson;
using testing::KeyOrder;
using testing::ReadDataFile;

struct Golden {
  std::string input;
  std::string expected;
};

void PrintTo(const Golden& g, std::ostream* os) { *os << g.input; }

class GoldenTest : public ::testing::TestWithParam<Golden> {};

TEST_P(GoldenTest, MatchesExpectedFieldByField) {
  const Golden& g = GetParam();
  std::string input = ReadDataFile(g.input);
  std::string expected_text = ReadDataFile(g.expected);
  ASSERT_FALSE(input.empty()) << "missing test file " << g.input;
  ASSERT_FALSE(expected_text.empty()) << "missing test file " << g.expected;
  nlohmann::ordered_json expected = nlohmann::ordered_json::parse(expected_text);

  Result<ParsedDocument> doc = ParseDocument(input);
  ASSERT_TRUE(doc.ok()) << doc.error().message();
  nlohmann::ordered_json actual = ToJson(*doc);

  std::vector<std::string> diffs;
  DiffJson(expected, actual, "", &diffs);
  std::string report;
  for (const std::string& d : diffs) report += "\n  " + d;
  EXPECT_TRUE(diffs.empty()) << diffs.size() << " field(s) differ from " << g.expected << ":"
                             << report;
}

TEST_P(GoldenTest, KeysInTheIssueOrder) {
  const Golden& g = GetParam();
  nlohmann::ordered_json expected = nlohmann::ordered_json::parse(ReadDataFile(g.expected));
  Result<ParsedDocument> doc = ParseDocument(ReadDataFile(g.input));
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> want, got;
  KeyOrder(expected, "", &want);
  KeyOrder(ToJson(*doc), "", &got);
  // Arrays may be empty on one side; compare the top-level and signer/recipients keys.
  auto top = [](const std::vector<std::string>& keys) {
    std::vector<std::string> out;
    for (const std::string& k : keys) {
      if (k.find('[') == std::string::npos) out.push_back(k);
    }
    return out;
  };
  EXPECT_EQ(top(want), top(got));
}

const Golden kGoldens[] = {
    {"000_15e96eaa1592d711.txt", "000_15e96eaa1592d711.expected.json"},
    {"000_15e96eaa1592d711.reflowed.txt", "000_15e96eaa1592d711.expected.json"},
    {"000_15e96eaa1592d711.columns.txt", "000_15e96eaa1592d711.expected.json"},
    {"002_3ba44e14c40eaf22.txt", "002_3ba44e14c40eaf22.expected.json"},
    {"002_3ba44e14c40eaf22.reflowed.txt", "002_3ba44e14c40eaf22.expected.json"},
    {"002_3ba44e14c40eaf22.header_one_row.txt", "002_3ba44e14c40eaf22.with_header.expected.json"},
    {"002_3ba44e14c40eaf22.markdown.md", "002_3ba44e14c40eaf22.with_header.expected.json"},
    {"synthetic_cong_van.txt", "synthetic_cong_van.expected.json"},
    {"synthetic_thong_bao.txt", "synthetic_thong_bao.expected.json"},
};

std::string Name(const ::testing::TestParamInfo<Golden>& info) {
  std::string name = info.param.input;
  for (char& c : name) {
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Documents, GoldenTest, ::testing::ValuesIn(kGoldens), Name);

// The task-level expected outputs of issue 3: a deadline set by a date, a recurring date,
// "thường xuyên", or nothing — and a date quoted from the past is not a deadline.
TEST(GoldenSeeds, PastDatesInTheNarrativeAreNotDeadlines) {
  Result<ParsedDocument> doc = ParseDocument(ReadDataFile("000_15e96eaa1592d711.txt"));
  ASSERT_TRUE(doc.ok());
  ASSERT_FALSE(doc->tasks.empty());
  // "… nêu tại Thông báo số 158/TB-VPCP ngày 11/4/2024 của Văn phòng Chính phủ."
  EXPECT_EQ(doc->tasks[0].deadline.kind, DeadlineKind::kNone);
  for (const ParsedTask& t : doc->tasks) EXPECT_EQ(t.deadline.kind, DeadlineKind::kNone);
}

}  // namespace
}  // namespace doithoai::documents
