#include "text/topics.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/labelled_questions.h"

namespace doithoai::text {
namespace {

std::string SourcePath(const std::string& relative) {
  return (std::filesystem::path(__FILE__).parent_path() / "../.." / relative).string();
}

TEST(TopicCatalogue, CodesAndNamesOfIssue5) {
  auto c = TopicCatalogue();
  ASSERT_EQ(c.size(), 15u);
  const char* codes[] = {"viec-lam",
                         "hoc-nghe",
                         "khoi-nghiep",
                         "chuyen-doi-so",
                         "giao-duc",
                         "y-te",
                         "van-hoa-the-thao",
                         "moi-truong",
                         "an-ninh-trat-tu",
                         "nha-o-ha-tang",
                         "mang-xa-hoi",
                         "nong-nghiep",
                         "chinh-sach-thanh-nien",
                         "quoc-phong",
                         "khac"};
  for (size_t i = 0; i < 15; ++i) EXPECT_EQ(c[i].code, codes[i]);
  EXPECT_EQ(c[0].name, "Việc làm, thu nhập");
  EXPECT_EQ(c[3].name, "Chuyển đổi số, công nghệ thông tin, dịch vụ công trực tuyến");
  EXPECT_EQ(c[12].name, "Chính sách thanh niên, công tác Đoàn, tình nguyện, tham gia");
  EXPECT_EQ(c[14].name, "Khác");
  EXPECT_EQ(TopicIndex("quoc-phong"), 13u);
  EXPECT_FALSE(TopicIndex("viec_lam"));
}

TEST(TopicClassifier, ShippedModelSuggestsTopThree) {
  TopicClassifier model = TopicClassifier::Shipped();
  EXPECT_GT(model.example_count(), 400u);
  struct Case {
    const char* text;
    const char* topic;
  } cases[] = {
      {"Ưu đãi vốn vay cho thanh niên khởi nghiệp", "khoi-nghiep"},
      {"vay von khoi nghiep dc bn vay a", "khoi-nghiep"},
      {"sv đang học có đc hoãn nvqs ko", "quoc-phong"},
      {"Cổng dịch vụ công trực tuyến hay bị lỗi", "chuyen-doi-so"},
      {"thuoc la dien tu ban gan truong hoc", "y-te"},
      {"Điều kiện mua nhà ở xã hội cho công nhân", "nha-o-ha-tang"},
  };
  for (const Case& c : cases) {
    auto top = model.Suggest(c.text);
    ASSERT_EQ(top.size(), 3u);
    EXPECT_EQ(top[0].code, c.topic) << c.text;
    EXPECT_GE(top[0].score, top[1].score);
    EXPECT_GE(top[1].score, top[2].score);
    EXPECT_LE(top[0].score, 1.0);
  }
}

TEST(TopicClassifier, ScoresOfAllTopicsSumToOne) {
  auto all = TopicClassifier::Shipped().Suggest("việc làm cho thanh niên", 15);
  double sum = 0;
  for (const auto& t : all) sum += t.score;
  EXPECT_NEAR(sum, 1.0, 1e-9);
}

TEST(TopicClassifier, LearnsFromRoutingDecisions) {
  // A province routes "karaoke" noise complaints to public order; after a few decisions the
  // model follows its habit.
  TopicClassifier model = TopicClassifier::Shipped();
  const char* q = "quán karaoke hát quá khuya ồn ào";
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(model.Learn(q, "an-ninh-trat-tu").ok());
  EXPECT_EQ(model.Suggest("karaoke hát khuya")[0].code, "an-ninh-trat-tu");
}

TEST(TopicClassifier, RejectsUnknownTopicAndSurvivesBadInput) {
  TopicClassifier model = TopicClassifier::Shipped();
  EXPECT_FALSE(model.Learn("x", "nope").ok());
  EXPECT_EQ(model.Suggest("").size(), 3u);
  EXPECT_EQ(model.Suggest("\xFF\xFE\xC3").size(), 3u);
  std::string big(1 << 20, 'a');
  EXPECT_EQ(model.Suggest(big + " việc làm").size(), 3u);
  EXPECT_TRUE(TopicClassifier().Suggest("việc làm").size() == 3u);
}

TEST(AgencySuggester, RoutingTableThenLearnedHabits) {
  AgencySuggester s = AgencySuggester::HaiPhongDemo();
  TopicScore military[] = {{"quoc-phong", 0.9}, {"viec-lam", 0.1}};
  auto top = s.Suggest("hai-phong", military);
  ASSERT_FALSE(top.empty());
  EXPECT_EQ(top[0].agency, "bch-quan-su");
  // Coordinators keep routing military questions to the Youth Union: the habit wins.
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(s.Learn("hai-phong", "quoc-phong", "thanh-doan").ok());
  EXPECT_EQ(s.Suggest("hai-phong", military)[0].agency, "thanh-doan");
  EXPECT_TRUE(s.Suggest("unknown-unit", military).empty());
  EXPECT_FALSE(s.Learn("hai-phong", "nope", "x").ok());
  EXPECT_FALSE(s.Learn("hai-phong", "y-te", "").ok());
}

TEST(AgencySuggester, NewUnitLearnsWithoutTable) {
  AgencySuggester s;
  ASSERT_TRUE(s.Learn("xa-a", "y-te", "tram-y-te").ok());
  TopicScore health[] = {{"y-te", 1.0}};
  auto top = s.Suggest("xa-a", health);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].agency, "tram-y-te");
  EXPECT_DOUBLE_EQ(top[0].score, 1.0);
}

TEST(RunTextTopics, OneJsonLinePerQuestion) {
  std::string path = testing::TempDir() + "/topics.txt";
  std::ofstream(path) << "Em muốn vay vốn khởi nghiệp\n\n\xFF\xFE\nnghĩa vụ quân sự\n";
  std::ostringstream out, err;
  EXPECT_EQ(RunTextTopics(path, out, err), 0);
  std::string s = out.str();
  EXPECT_EQ(std::count(s.begin(), s.end(), '\n'), 4);
  EXPECT_EQ(s.rfind("{\"topics\": [{\"code\": \"khoi-nghiep\", \"score\": ", 0), 0u) << s;
  EXPECT_NE(s.find("\n{\"topics\": []}\n{\"topics\": []}\n"), std::string::npos);
  EXPECT_NE(s.find("}], \"sure\": true}\n"), std::string::npos) << s;  // vay vốn khởi nghiệp
  EXPECT_NE(err.str().find("dòng 3"), std::string::npos);
  EXPECT_EQ(RunTextTopics("/nonexistent/file", out, err), 1);
}

TEST(LabelledQuestions, ShippedCopyEqualsTheTestDataFile) {
  std::ifstream in(SourcePath("tests/data/text/questions.tsv"), std::ios::binary);
  ASSERT_TRUE(in) << "run from a source checkout";
  std::stringstream body;
  body << in.rdbuf();
  EXPECT_TRUE(body.str() == ShippedLabelledQuestionsTsv())
      << "regenerate: embed_questions tests/data/text/questions.tsv "
         "src/text/labelled_questions_data.cc";
  auto rows = ParseLabelledQuestions(ShippedLabelledQuestionsTsv());
  ASSERT_TRUE(rows.ok());
  EXPECT_GE(rows->size(), 400u);
}

TEST(LabelledQuestions, ParseErrorsNameTheLine) {
  EXPECT_TRUE(ParseLabelledQuestions("group_id\ttopic\ttext\ng1\ty-te\tKhám bệnh\n").ok());
  auto bad_topic = ParseLabelledQuestions("group_id\ttopic\ttext\ng1\tnope\tKhám\n");
  ASSERT_FALSE(bad_topic.ok());
  EXPECT_EQ(bad_topic.error().fields().front().field, "line 2");
  EXPECT_FALSE(ParseLabelledQuestions("g1\ty-te\n").ok());
  EXPECT_FALSE(ParseLabelledQuestions("g1\ty-te\t\xFF\n").ok());
  EXPECT_FALSE(ParseLabelledQuestions("g1\ty-te\t   \n").ok());
  auto no_header = ParseLabelledQuestions("\r\ng1\ty-te\tKhám\r\n\n");
  ASSERT_TRUE(no_header.ok());
  EXPECT_EQ(no_header->size(), 1u);
}

}  // namespace
}  // namespace doithoai::text
