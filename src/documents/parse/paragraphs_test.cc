#include "documents/parse/paragraphs.h"

#include <gtest/gtest.h>

namespace doithoai::documents::parse {
namespace {

Marker MarkerOf(std::string_view line) {
  size_t length = 0;
  return DetectMarker(line, &length);
}

TEST(DetectMarker, MarkersOfDecree30Bodies) {
  EXPECT_EQ(MarkerOf("IV. TỔ CHỨC THỰC HIỆN"), Marker::kRoman);
  EXPECT_EQ(MarkerOf("1. Sở Nội vụ:"), Marker::kNumber);
  EXPECT_EQ(MarkerOf("10. Các sở, ban, ngành"), Marker::kNumber);
  EXPECT_EQ(MarkerOf("1.2. Mục tiêu cụ thể"), Marker::kNumber);
  EXPECT_EQ(MarkerOf("2) Nội dung"), Marker::kNumber);
  EXPECT_EQ(MarkerOf("Điều 1. Ban hành kèm theo"), Marker::kNumber);
  EXPECT_EQ(MarkerOf("a) Giao Phòng Văn hóa - Xã hội:"), Marker::kLetter);
  EXPECT_EQ(MarkerOf("đ) Đối với"), Marker::kLetter);
  EXPECT_EQ(MarkerOf("- Chủ trì, phối hợp"), Marker::kDash);
  EXPECT_EQ(MarkerOf("-Chủ trì"), Marker::kDash);
  EXPECT_EQ(MarkerOf("+ Thanh niên Việt Nam"), Marker::kPlus);
}

// Lines broken mid-sentence start with digits or capitals that are not markers.
TEST(DetectMarker, NotMarkers) {
  for (std::string_view s : {"2020; Nghị quyết số 25/NQ-HĐND", "13/12/2021 ban hành",
                             "8.3.2023 của Ban Bí thư", "16 tuổi đến dưới 18 tuổi", "V/v thực hiện",
                             "Việt Nam", "IVAN", "123/KH-", "-2 độ", "Xã hội"}) {
    EXPECT_EQ(MarkerOf(s), Marker::kNone) << s;
  }
}

std::vector<Paragraph> Build(std::vector<std::string> lines) {
  return BuildParagraphs(lines, 0, lines.size());
}

TEST(BuildParagraphs, JoinsLinesBrokenMidSentence) {
  auto p = Build({"- Tiếp tục tổ chức đối thoại với thanh niên theo Kế hoạch số 123/KH-",
                  "UBND ngày 21/5/2021 của Ủy ban nhân dân thành phố và", "Sở Nội vụ."});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].marker, Marker::kDash);
  EXPECT_EQ(p[0].text,
            "Tiếp tục tổ chức đối thoại với thanh niên theo Kế hoạch số 123/KH-UBND ngày "
            "21/5/2021 của Ủy ban nhân dân thành phố và Sở Nội vụ.");
}

TEST(BuildParagraphs, BreaksAtMarkersSentencesAndHeadings) {
  auto p = Build({"IV. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ:", "- Chủ trì thực hiện.",
                  "- Bố trí kinh phí", "thực hiện Kế hoạch này.", "Ủy ban nhân dân tỉnh yêu cầu",
                  "các cơ quan thực hiện./."});
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[0].text, "TỔ CHỨC THỰC HIỆN");
  EXPECT_EQ(p[3].text, "Bố trí kinh phí thực hiện Kế hoạch này.");
  EXPECT_EQ(p[4].marker, Marker::kNone);
  EXPECT_EQ(p[4].text, "Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện./.");
}

// "6. Giao Sở Nội vụ" / "Theo dõi, đôn đốc…": a one-line heading and its task, no
// punctuation between them.
TEST(BuildParagraphs, BreaksAfterAHeadingBeforeACapitalisedAction) {
  auto p = Build({"6. Giao Sở Nội vụ", "Theo dõi, đôn đốc các cơ quan", "thực hiện."});
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].text, "Giao Sở Nội vụ");
  EXPECT_EQ(p[1].text, "Theo dõi, đôn đốc các cơ quan thực hiện.");
}

TEST(BuildParagraphs, ABaseEndingWithACommaEndsItsParagraph) {
  auto p = Build({"Căn cứ Kế hoạch số 36/KH-UBND ngày 19/02/2024 của Ủy ban nhân dân thành phố,",
                  "Sở Nội vụ đề nghị các cơ quan thực hiện như sau:"});
  ASSERT_EQ(p.size(), 2u);
}

TEST(IsAuthorityLine, PrefixesOfTheSignatureBlock) {
  for (std::string_view s : {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. GIÁM ĐỐC",
                             "Q. GIÁM ĐỐC", "KT.CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ",
                             "T/L BAN BÍ THƯ", "TM/ ỦY BAN NHÂN DÂN"}) {
    EXPECT_TRUE(IsAuthorityLine(s)) << s;
  }
  for (std::string_view s : {"TM. Ủy ban", "PHÓ CHỦ TỊCH", "TP. Hải Phòng", "Q. Ba Đình"}) {
    EXPECT_FALSE(IsAuthorityLine(s)) << s;
  }
}

}  // namespace
}  // namespace doithoai::documents::parse
