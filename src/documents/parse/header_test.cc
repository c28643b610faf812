#include "documents/parse/header.h"

#include <gtest/gtest.h>

namespace doithoai::documents::parse {
namespace {

TEST(ParseHeader, OneRow) {
  HeaderFields h = ParseHeader(
      {"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
       "phúc Số: 28/KH-UBND Hưng Yên, ngày 14 tháng 02 năm 2023",
       "KẾ HOẠCH", "Tổ chức Chương trình đối thoại", "Căn cứ Luật Thanh niên;"});
  EXPECT_EQ(h.issuer, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN");
  EXPECT_FALSE(h.parent_issuer);
  EXPECT_EQ(h.number_symbol, "28/KH-UBND");
  EXPECT_EQ(h.place, "Hưng Yên");
  ASSERT_TRUE(h.date);
  EXPECT_EQ(h.date->ToIso(), "2023-02-14");
  EXPECT_EQ(h.type_name, "Kế hoạch");
  EXPECT_EQ(h.type_code, "KH");
  EXPECT_EQ(h.summary, "Tổ chức Chương trình đối thoại");
  EXPECT_EQ(h.body_start, 3u);
}

TEST(ParseHeader, OneRowWithParentBody) {
  HeaderFields h = ParseHeader({"UBND TỈNH HƯNG YÊN SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                "Số: 05/SNV-XDCQ", "Kính gửi: Thành đoàn."});
  EXPECT_EQ(h.parent_issuer, "UBND TỈNH HƯNG YÊN");
  EXPECT_EQ(h.issuer, "SỞ NỘI VỤ");
  EXPECT_EQ(h.body_start, 2u);
}

TEST(ParseHeader, TwoColumnsRowByRow) {
  HeaderFields h = ParseHeader({"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                "THÀNH PHỐ HẢI PHÒNG Độc lập - Tự do - Hạnh phúc",
                                "Số: 12/UBND-VX Hải Phòng, ngày 05 tháng 01 năm 2020",
                                "V/v tổ chức đối thoại", "với thanh niên", "Kính gửi:"});
  EXPECT_EQ(h.issuer, "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG");
  EXPECT_EQ(h.number, "12");
  EXPECT_EQ(h.symbol, "UBND-VX");
  EXPECT_EQ(h.symbol_type_code, "");
  EXPECT_EQ(h.place, "Hải Phòng");
  EXPECT_EQ(h.date->ToIso(), "2020-01-05");
  EXPECT_TRUE(h.letter);
  EXPECT_EQ(h.summary, "tổ chức đối thoại với thanh niên");
  EXPECT_FALSE(h.type_name);
}

TEST(ParseHeader, DraftWithBlankNumberAndDate) {
  HeaderFields h = ParseHeader({"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Số: /UBND-KSTTHC",
                                "Hải Phòng, ngày tháng năm 2024", "Kính gửi:"});
  EXPECT_FALSE(h.number);
  EXPECT_FALSE(h.number_symbol);
  EXPECT_EQ(h.symbol, "UBND-KSTTHC");
  EXPECT_EQ(h.place, "Hải Phòng");
  EXPECT_FALSE(h.date);
}

// A decision: the type's summary, then the signing authority in capitals, then the bases.
TEST(ParseHeader, DecisionSummaryEndsAtTheAuthorityLine) {
  HeaderFields h =
      ParseHeader({"ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN", "Số: 15/QĐ-UBND", "Hưng Yên, ngày 8.3.2023",
                   "QUYẾT ĐỊNH", "Ban hành Kế hoạch phát triển thanh niên",
                   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "Căn cứ Luật Thanh niên;"});
  EXPECT_EQ(h.type_name, "Quyết định");
  EXPECT_EQ(h.type_code, "QĐ");
  EXPECT_EQ(h.summary, "Ban hành Kế hoạch phát triển thanh niên");
  EXPECT_EQ(h.date->ToIso(), "2023-03-08");
  EXPECT_EQ(h.body_start, 7u);
}

TEST(ParseHeader, TypeAndSummaryInOneLine) {
  HeaderFields h =
      ParseHeader({"THÔNG BÁO Kết luận của Chủ tịch UBND phường", "Ngày 28/3/2025, …"});
  EXPECT_EQ(h.type_name, "Thông báo");
  EXPECT_EQ(h.summary, "Kết luận của Chủ tịch UBND phường");
  EXPECT_EQ(h.body_start, 1u);
}

// "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" names a body, not a plan.
TEST(ParseHeader, ATypeNameInsideABodyNameIsNotAType) {
  HeaderFields h = ParseHeader(
      {"UBND TỈNH HƯNG YÊN", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Số: 7/SKHĐT-VP", "Kính gửi: Sở Nội vụ."});
  EXPECT_FALSE(h.type_name);
  EXPECT_EQ(h.issuer, "SỞ KẾ HOẠCH VÀ ĐẦU TƯ");
  EXPECT_EQ(h.parent_issuer, "UBND TỈNH HƯNG YÊN");
}

TEST(ParseHeader, NoHeaderAtAll) {
  HeaderFields h = ParseHeader({"Căn cứ Luật Thanh niên;", "1. Sở Nội vụ:"});
  EXPECT_FALSE(h.issuer);
  EXPECT_FALSE(h.type_name);
  EXPECT_EQ(h.body_start, 0u);
}

TEST(ParseHeader, PlaceWithAnAbbreviation) {
  HeaderFields h = ParseHeader({"TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2020", "Kính gửi:"});
  EXPECT_EQ(h.place, "TP. Hồ Chí Minh");
}

}  // namespace
}  // namespace doithoai::documents::parse
