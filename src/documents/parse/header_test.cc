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

// Issue 11: headers as real copies give them.

TEST(ParseHeader, TableCellsWrappedOverLines) {
  // thuvienphapluat.vn: one "|" line between cells, each cell's text broken anywhere.
  HeaderFields h = ParseHeader({"THỦ", "TƯỚNG CHÍNH PHỦ", "-------", "|", "CỘNG",
                                "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "|",
                                "Số:", "1331/QĐ-TTg", "|", "Hà", "Nội, ngày 24 tháng 7 năm 2021",
                                "|", "QUYẾT ĐỊNH", "BAN HÀNH CHIẾN LƯỢC PHÁT TRIỂN THANH NIÊN",
                                "VIỆT NAM GIAI ĐOẠN 2021 - 2030", "THỦ TƯỚNG CHÍNH PHỦ",
                                "Căn cứ Luật Tổ chức Chính phủ;"});
  EXPECT_EQ(h.issuer, "THỦ TƯỚNG CHÍNH PHỦ");
  EXPECT_FALSE(h.parent_issuer);
  EXPECT_EQ(h.number_symbol, "1331/QĐ-TTg");
  EXPECT_EQ(h.place, "Hà Nội");
  ASSERT_TRUE(h.date);
  EXPECT_EQ(h.date->ToIso(), "2021-07-24");
  EXPECT_EQ(h.type_name, "Quyết định");
  // A summary in capitals runs over its lines and stops at the authority's line.
  EXPECT_EQ(h.summary, "BAN HÀNH CHIẾN LƯỢC PHÁT TRIỂN THANH NIÊN VIỆT NAM GIAI ĐOẠN 2021 - 2030");
  EXPECT_EQ(h.body_start, 18u);
}

TEST(ParseHeader, MottoAndDateSplitOverTwoLines) {
  HeaderFields h = ParseHeader({"HỘI ĐỒNG NHÂN", "DÂN", "TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI",
                                "CHỦ NGHĨA VIỆT NAM", "Số: 103/NQ-HĐND", "Hà Tĩnh, ngày 16",
                                "tháng 12 năm 2022", "NGHỊ QUYẾT", "PHÁT TRIỂN THANH NIÊN",
                                "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH", "Căn cứ Luật Thanh niên;"});
  EXPECT_EQ(h.issuer, "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH");
  EXPECT_FALSE(h.parent_issuer);
  EXPECT_EQ(h.place, "Hà Tĩnh");
  ASSERT_TRUE(h.date);
  EXPECT_EQ(h.date->ToIso(), "2022-12-16");
  EXPECT_EQ(h.summary, "PHÁT TRIỂN THANH NIÊN");
}

TEST(ParseHeader, PortalLinesBeforeTheHeaderAreNotIt) {
  HeaderFields h =
      ParseHeader({"Kế hoạch 155/KH-UBND năm 2017 triển khai Chương trình hộ tịch",
                   "Số hiệu: 155/KH-UBND", "Người ký: Nguyễn Tiến Nhường", "ỦY BAN NHÂN DÂN",
                   "TỈNH BẮC NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 155/KH-UBND",
                   "Bắc Ninh, ngày 26 tháng 5 năm 2017", "KẾ HOẠCH", "TRIỂN KHAI CHƯƠNG TRÌNH",
                   "Thực hiện Luật Hộ tịch năm 2014;"});
  EXPECT_EQ(h.issuer, "ỦY BAN NHÂN DÂN TỈNH BẮC NINH");
  EXPECT_EQ(h.summary, "TRIỂN KHAI CHƯƠNG TRÌNH");
  EXPECT_EQ(h.body_start, 10u);
}

TEST(ParseHeader, PortalMetadataWhenThereIsNoHeader) {
  HeaderFields h = ParseHeader({"Thông tư liên tịch hướng dẫn chính sách thanh niên xung phong",
                                "Số hiệu: 17/2003/TTLT-BLĐTBXH", "Ngày ban hành: 09/06/2003",
                                "Thi hành Quyết định số 104/1999/QĐ-TTg;"});
  EXPECT_EQ(h.number_symbol, "17/2003/TTLT-BLĐTBXH");
  ASSERT_TRUE(h.date);
  EXPECT_EQ(h.date->ToIso(), "2003-06-09");
}

TEST(ParseHeader, LegalTypeBeforeSo) {
  HeaderFields h =
      ParseHeader({"QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Luật số: 57/2020/QH14",
                   "Hà Nội, ngày 16 tháng 6 năm 2020", "LUẬT", "THANH NIÊN", "Căn cứ Hiến pháp;"});
  EXPECT_EQ(h.number_symbol, "57/2020/QH14");
  EXPECT_EQ(h.symbol, "QH14");
  EXPECT_EQ(h.issuer, "QUỐC HỘI");
  EXPECT_EQ(h.summary, "THANH NIÊN");
}

TEST(ParseHeader, PartyCentralOfficeUnderTheCentralCommittee) {
  HeaderFields h = ParseHeader(
      {"BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG -------", "ĐẢNG CỘNG SẢN VIỆT NAM ---------------",
       "Số: 36-HD/VPTW", "Hà Nội, ngày 03 tháng 4 năm 2018", "HƯỚNG DẪN",
       "THỂ THỨC VÀ KỸ THUẬT TRÌNH BÀY VĂN BẢN CỦA ĐẢNG", "I- HƯỚNG DẪN CHUNG"});
  EXPECT_EQ(h.parent_issuer, "BAN CHẤP HÀNH TRUNG ƯƠNG");
  EXPECT_EQ(h.issuer, "VĂN PHÒNG");
  EXPECT_EQ(h.number_symbol, "36-HD/VPTW");
  EXPECT_EQ(h.type_name, "Hướng dẫn");
}

TEST(ParseHeader, YouthUnionHeadingIsATitleNotTheIssuer) {
  HeaderFields h =
      ParseHeader({"BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐOÀN TNCS HỒ", "CHÍ MINH", "Số: 411-KH/TWĐTN-BTC",
                   "Hà Nội, ngày 25 tháng 8 năm 2021", "KẾ HOẠCH", "TỔ CHỨC ĐẠI HỘI ĐOÀN CÁC CẤP",
                   "Căn cứ Điều lệ Đoàn;"});
  EXPECT_EQ(h.issuer, "BAN CHẤP HÀNH TRUNG ƯƠNG");
  EXPECT_FALSE(h.parent_issuer);
  EXPECT_EQ(h.number_symbol, "411-KH/TWĐTN-BTC");
}

TEST(ParseHeader, PlaceWithAHyphen) {
  HeaderFields h = ParseHeader({"ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",
                                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 27/2017/QĐ-UBND",
                                "Bà Rịa - Vũng Tàu, ngày 27 tháng 9 năm 2017", "QUYẾT ĐỊNH"});
  EXPECT_EQ(h.place, "Bà Rịa - Vũng Tàu");
}

TEST(ParseHeader, ATitleInASentenceIsNotTheHeading) {
  // A portal page: the summary and the preamble quote the Youth Union's name in a sentence.
  HeaderFields h = ParseHeader(
      {"Thông tư liên tịch 17/2003/TTLT/BLĐTBXH-TƯĐTNCSHCM", "Số hiệu: 17/2003/TTLT-BLĐTBXH",
       "THÔNG TƯ LIÊN TỊCH", "Hướng dẫn thực hiện chính sách đối với thanh niên xung phong",
       "Thi hành Quyết định số 104/1999/QĐ-TTg của Thủ tướng Chính phủ;",
       "Sau khi thống nhất ý kiến, Liên tịch Bộ Lao động - Thương binh và Xã hội - Trung ương "
       "Đoàn thanh niên cộng sản Hồ Chí Minh hướng dẫn như sau:",
       "I. ĐỐI TƯỢNG"});
  EXPECT_EQ(h.type_name, "Thông tư liên tịch");
  EXPECT_EQ(h.summary, "Hướng dẫn thực hiện chính sách đối với thanh niên xung phong");
  EXPECT_EQ(h.number_symbol, "17/2003/TTLT-BLĐTBXH");
}

TEST(ParseHeader, TitleWrappedBelowPortalTable) {
  HeaderFields h = ParseHeader({"Số hiệu", "186/KH-UBND", "|", "ỦY BAN NHÂN DÂN |",
                                "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM |", "|", "Số: 186/KH-UBND |",
                                "Bắc Ninh, ngày 29 tháng 12 năm 2025 |", "KẾ HOẠCH",
                                "PHÁT TRIỂN CHÍNH QUYỀN SỐ", "Căn cứ Luật;"});
  EXPECT_EQ(h.issuer, "ỦY BAN NHÂN DÂN");
  EXPECT_EQ(h.number_symbol, "186/KH-UBND");
  EXPECT_EQ(h.summary, "PHÁT TRIỂN CHÍNH QUYỀN SỐ");
}

TEST(ParseHeader, DraftStampBlankDateOverThreeLinesAndNumberUnderSo) {
  HeaderFields h = ParseHeader({"VĂN PHÒNG CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                "Hà Nội, ngày", "tháng", "năm 2016", "DỰ THẢO", "TỜ TRÌNH",
                                "Về dự thảo Nghị định", "Kính gửi: Chính phủ."});
  EXPECT_EQ(h.issuer, "VĂN PHÒNG CHÍNH PHỦ");
  EXPECT_FALSE(h.parent_issuer);
  EXPECT_EQ(h.place, "Hà Nội");
  EXPECT_FALSE(h.date);
  EXPECT_EQ(h.type_name, "Tờ trình");

  HeaderFields n = ParseHeader({"BỘ NỘI VỤ", "Số:", "18/2014/TT-BNV",
                                "Hà Nội, ngày 25 tháng 11 năm 2014", "THÔNG TƯ", "Căn cứ Luật;"});
  EXPECT_EQ(n.number_symbol, "18/2014/TT-BNV");
}

TEST(ParseHeader, LetterSummaryAfterVe) {
  HeaderFields h = ParseHeader({"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                "Số: 2865/GDĐT –KT&KĐCL",
                                "Về: tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT.",
                                "Tp.Hồ Chí Minh, ngày 07 tháng 12 năm 2007", "Kính gửi:"});
  EXPECT_TRUE(h.letter);
  EXPECT_EQ(h.number_symbol, "2865/GDĐT-KT&KĐCL");
  EXPECT_EQ(h.summary, "tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT.");
}

TEST(ParseHeader, SpaceRestoredAfterACommaBetweenWords) {
  HeaderFields h = ParseHeader({"ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Số: 85/KH-UBND",
                                "Hà Nội, ngày 27 tháng 5 năm 2013", "KẾ HOẠCH",
                                "PHÒNG,CHỐNG TAI NẠN THƯƠNG TÍCH NĂM 2013, GIAI ĐOẠN 2011,2015",
                                "Căn cứ Luật;"});
  EXPECT_EQ(h.summary, "PHÒNG, CHỐNG TAI NẠN THƯƠNG TÍCH NĂM 2013, GIAI ĐOẠN 2011,2015");
}

TEST(ParseHeader, StandingCommitteeNameWrapped) {
  HeaderFields h =
      ParseHeader({"ỦY BAN THƯỜNG VỤ", "QUỐC HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Nghị quyết số: 653/2019/UBTVQH14", "Hà Nội, ngày 12 tháng 3 năm 2019",
                   "NGHỊ QUYẾT", "VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH", "Căn cứ Hiến pháp;"});
  EXPECT_EQ(h.issuer, "ỦY BAN THƯỜNG VỤ QUỐC HỘI");
  EXPECT_FALSE(h.parent_issuer);
  EXPECT_EQ(h.number_symbol, "653/2019/UBTVQH14");
}

}  // namespace
}  // namespace doithoai::documents::parse
