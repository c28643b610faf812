#include "documents/parse/glued_words.h"

#include <gtest/gtest.h>

namespace doithoai::documents::parse {
namespace {

// A portal's copy that lost the spaces at its line breaks (luatminhkhue.vn).
TEST(SplitGluedSyllables, PutsBackTheSpaceBetweenTwoKnownSyllables) {
  EXPECT_EQ(SplitGluedSyllables("BANHÀNH QUY CHẾ HOẠT ĐỘNG"), "BAN HÀNH QUY CHẾ HOẠT ĐỘNG");
  EXPECT_EQ(SplitGluedSyllables("Luật Phổbiến, giáo dục pháp luật"),
            "Luật Phổ biến, giáo dục pháp luật");
  EXPECT_EQ(SplitGluedSyllables("Sở Kế hoạchvà Đầu tư - cơquan thường trực"),
            "Sở Kế hoạch và Đầu tư - cơ quan thường trực");
  EXPECT_EQ(SplitGluedSyllables("Luật Tổ chứcHĐND và UBND năm 2003"),
            "Luật Tổ chức HĐND và UBND năm 2003");
}

TEST(SplitGluedSyllables, LeavesSyllablesAbbreviationsAndForeignWordsAlone) {
  std::string_view text =
      "UBND tỉnh, HĐND, Đoàn TNCS, QĐ-UBND, Covid-19, WEBSITE, Nguyễn Thị Hoàng, XIII, ĐVHC, "
      "TikTok, eKYC";
  EXPECT_EQ(SplitGluedSyllables(text), text);
}

}  // namespace
}  // namespace doithoai::documents::parse
