// The document family (issue 11): Decree 30 administrative, legal normative (year in the
// number), Party (Hướng dẫn 36-HD/VPTW) and Youth Union documents.
#include <gtest/gtest.h>

#include "documents/parse/parse_document.h"

namespace doithoai::documents {
namespace {

using parse::DocumentFamilyOf;

TEST(DocumentFamily, AdministrativeByNationalTitleOrNumber) {
  EXPECT_EQ(DocumentFamilyOf("ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                             "155/KH-UBND", "Kế hoạch"),
            DocumentFamily::kAdministrative);
  EXPECT_EQ(DocumentFamilyOf("", "454/UBND-NCTH", std::nullopt), DocumentFamily::kAdministrative);
}

TEST(DocumentFamily, LegalByTheYearInTheNumber) {
  EXPECT_EQ(DocumentFamilyOf("BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "18/2014/TT-BNV",
                             "Thông tư"),
            DocumentFamily::kLegal);
  EXPECT_EQ(DocumentFamilyOf("", "653/2019/UBTVQH14", "Nghị quyết"), DocumentFamily::kLegal);
  // A Government resolution without the year is an administrative document.
  EXPECT_EQ(DocumentFamilyOf("", "103/NQ-HĐND", "Nghị quyết"), DocumentFamily::kAdministrative);
  // No number shown: a Luật or Thông tư is legal by its type.
  EXPECT_EQ(DocumentFamilyOf("QUỐC HỘI", std::nullopt, "Luật"), DocumentFamily::kLegal);
}

TEST(DocumentFamily, PartyByHeadingOrHyphenatedNumber) {
  EXPECT_EQ(
      DocumentFamilyOf("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM", std::nullopt, "Chỉ thị"),
      DocumentFamily::kParty);
  EXPECT_EQ(DocumentFamilyOf("", "15-CV/ĐU", std::nullopt), DocumentFamily::kParty);
  EXPECT_EQ(DocumentFamilyOf("", "36-HD/VPTW", "Hướng dẫn"), DocumentFamily::kParty);
}

TEST(DocumentFamily, YouthUnionBeforeParty) {
  EXPECT_EQ(DocumentFamilyOf("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH", "367-QĐ/TWĐTN-VP",
                             "Quyết định"),
            DocumentFamily::kYouthUnion);
  EXPECT_EQ(DocumentFamilyOf("", "411-KH/TWĐTN-BTC", "Kế hoạch"), DocumentFamily::kYouthUnion);
  EXPECT_EQ(DocumentFamilyOf("HỘI ĐỒNG ĐỘI TRUNG ƯƠNG", "20-QĐ/HĐĐTW", "Quyết định"),
            DocumentFamily::kYouthUnion);
}

TEST(DocumentFamily, NothingTells) {
  EXPECT_EQ(DocumentFamilyOf("", std::nullopt, std::nullopt), std::nullopt);
}

TEST(DocumentFamily, ParsedDocumentCarriesIt) {
  Result<ParsedDocument> d = ParseDocument(
      "ĐẢNG BỘ PHƯỜNG AN HẢI\nĐẢNG ỦY\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 15-CV/ĐU\n"
      "An Hải, ngày 05 tháng 3 năm 2024\nV/v triển khai học tập nghị quyết\n"
      "Kính gửi: Các chi bộ trực thuộc\n");
  ASSERT_TRUE(d.ok()) << d.error().message();
  EXPECT_EQ(d->family, DocumentFamily::kParty);
}

// Posted without header or motto: the Youth Federation's guideline and a school Youth Union's
// plan are youth documents; with the motto, a state plan citing a Youth Union plan is not.
TEST(DocumentFamily, YouthBodyInAHeadingWithoutMotto) {
  EXPECT_EQ(DocumentFamilyOf("Hướng dẫn thực hiện kế hoạch tổ chức Đại hội Hội LHTN Việt Nam các "
                             "cấp\nHƯỚNG DẪN",
                             std::nullopt, std::string("Hướng dẫn")),
            DocumentFamily::kYouthUnion);
  EXPECT_EQ(DocumentFamilyOf("Kế hoạch Tháng Thanh niên năm 2021\nCăn cứ kế hoạch số 203-KH/ĐTN, "
                             "ngày 04/02/2021 của Huyện Đoàn Mỹ Tú;",
                             std::nullopt, std::string("Kế hoạch")),
            DocumentFamily::kYouthUnion);
  EXPECT_EQ(DocumentFamilyOf("ỦY BAN NHÂN DÂN TỈNH A\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ "
                             "Kế hoạch số 12-KH/TĐTN của Tỉnh đoàn;",
                             "5/KH-UBND", std::string("Kế hoạch")),
            DocumentFamily::kAdministrative);
}

}  // namespace
}  // namespace doithoai::documents
