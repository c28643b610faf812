#include "documents/read/ocr_layout.h"

#include <gtest/gtest.h>

namespace doithoai::documents::read {
namespace {

// A line of words placed at the given pixel columns (each word 10 px per letter).
OcrLine Line(std::vector<std::pair<std::string, int>> words, float confidence = 0.9f) {
  OcrLine line;
  line.height = 30;
  for (auto& [text, left] : words) {
    line.words.push_back(
        OcrWord{text, left, left + 10 * static_cast<int>(text.size()), confidence});
  }
  return line;
}

// The Decree 30 header read as single lines with a wide gap comes out column by column, then
// the body in order.
TEST(OcrLayoutTest, TwoColumnHeaderIsReadColumnByColumn) {
  std::vector<OcrLine> lines = {
      Line({{"UBND", 250}, {"TINH", 300}, {"CONG", 1000}, {"HOA", 1050}}),
      Line({{"VAN", 250}, {"PHONG", 300}, {"Doc", 1000}, {"lap", 1040}}),
      Line({{"So:", 250}, {"18/TB-VP", 290}, {"Hung", 1000}, {"Yen,", 1050}, {"ngay", 1100}}),
      Line({{"THONG", 1060}, {"BAO", 1120}}),  // centred on the text block
      Line({{"Noi", 250}, {"dung", 290}, {"dai", 1200}, {"ca", 1240}, {"trang", 1300}}),
  };
  // Text block 250..1350: middle 800; "THONG BAO" 1060..1150 is not centred, so widen it.
  lines[3] = Line({{"THONG", 740}, {"BAO", 800}});
  lines[4] = Line({{"Noi", 250}, {"dung", 290}, {"dai", 340}, {"ca", 380}, {"trang", 1300}});
  ArrangedLines out = ArrangeLines(lines, 1600);
  std::vector<std::string> want = {"UBND TINH", "VAN PHONG",      "So: 18/TB-VP", "CONG HOA",
                                   "Doc lap",   "Hung Yen, ngay", "THONG BAO"};
  ASSERT_GE(out.lines.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(out.lines[i], want[i]) << i;
  EXPECT_EQ(out.lines.size(), out.confidence.size());
}

TEST(OcrLayoutTest, BodyLinesKeepTheirOrderAndConfidence) {
  std::vector<OcrLine> lines = {Line({{"than", 100},
                                      {"bai", 150},
                                      {"dai", 190},
                                      {"khap", 230},
                                      {"nhieu", 280},
                                      {"tu", 340},
                                      {"ngu", 370},
                                      {"dai", 410},
                                      {"hon", 450},
                                      {"nua", 490},
                                      {"trangdaikhapnuatrangsau", 530}},
                                     0.7f),
                                Line({{"mot", 100}, {"hai", 140}, {"ba", 900}}, 0.5f),
                                Line({{"bon", 100}, {"nam", 140}}, 0.8f)};
  ArrangedLines out = ArrangeLines(lines, 1000);
  ASSERT_EQ(out.lines.size(), 4u);  // in the body, a wide gap still cuts a line, in place
  EXPECT_EQ(out.lines[0].substr(0, 8), "than bai");
  EXPECT_EQ(out.lines[1], "mot hai");
  EXPECT_FLOAT_EQ(out.confidence[1], 0.5f);
  EXPECT_EQ(out.lines[2], "ba");
  EXPECT_EQ(out.lines[3], "bon nam");
  EXPECT_FLOAT_EQ(out.confidence[3], 0.8f);
}

TEST(OcrLayoutTest, NothingInNothingOut) {
  EXPECT_TRUE(ArrangeLines({}, 1000).lines.empty());
  EXPECT_TRUE(ArrangeLines({OcrLine{}}, 1000).lines.empty());
}

}  // namespace
}  // namespace doithoai::documents::read
