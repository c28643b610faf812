#include "domain/document/issuer_family.h"

#include <gtest/gtest.h>

#include "domain/document/number_symbol.h"

namespace doithoai {
namespace {

Unit City() {
  return {UnitId(2), "hai-phong", "Thành phố Hải Phòng", "thành phố", UnitLevel::kProvince,
          UnitId(1), "/1/2/"};
}
Unit Ward() {
  return {UnitId(3),           "11311",   "Phường Hồng Bàng", "phường",
          UnitLevel::kCommune, UnitId(2), "/1/2/3/"};
}

TEST(IssuerFamily, NamesRoundTrip) {
  for (IssuerFamily f : IssuerFamilies()) EXPECT_EQ(ParseIssuerFamily(IssuerFamilyName(f)), f);
  EXPECT_EQ(ParseIssuerFamily("UBND"), std::nullopt);
}

// Decree 30, Appendix I: the People's Committee under the national title and motto.
TEST(IssuerFamily, PeoplesCommitteeWritesTheStateHeader) {
  IssuerHeading h = HeadingFor(IssuerFamily::kPeoplesCommittee, Ward(), City());
  EXPECT_EQ(h.issuer, "Ủy ban nhân dân\nPhường Hồng Bàng");
  EXPECT_EQ(h.title, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(h.motto, "Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(h.number_label, "Số: ");
  EXPECT_EQ(h.joint, '/');
  EXPECT_EQ(LetterSymbol(IssuerFamily::kPeoplesCommittee, h.issuer_code, "VHXH"), "UBND-VHXH");
  EXPECT_EQ(h.host, "Ủy ban nhân dân phường Hồng Bàng");
}

// Hướng dẫn 36-HD/VPTW: the Party organisation above, the issuer, a star; "ĐẢNG CỘNG SẢN VIỆT
// NAM" instead of the motto; "Số 15-CV/ĐU".
TEST(IssuerFamily, PartyCommitteeWritesThePartyHeaderAndNumber) {
  IssuerHeading h = HeadingFor(IssuerFamily::kParty, Ward(), City());
  EXPECT_EQ(h.parent_issuer, "Đảng bộ thành phố Hải Phòng");
  EXPECT_EQ(h.issuer, "Đảng ủy phường Hồng Bàng");
  EXPECT_EQ(h.title, "ĐẢNG CỘNG SẢN VIỆT NAM");
  EXPECT_TRUE(h.motto.empty());
  EXPECT_EQ(h.mark, "*");
  EXPECT_EQ(h.number_label, "Số ");
  const std::string symbol = LetterSymbol(IssuerFamily::kParty, h.issuer_code, "");
  EXPECT_EQ(symbol, "CV/ĐU");
  EXPECT_EQ(FormatDocumentNumberSymbol({15, std::nullopt, symbol, h.joint}), "15-CV/ĐU");
  // The grammar the parser reads accepts what the family writes.
  auto back = ParseDocumentNumberSymbol("15-CV/ĐU");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->joint, h.joint);
  EXPECT_EQ(HeadingFor(IssuerFamily::kParty, City(), std::nullopt).issuer, "Thành ủy Hải Phòng");
}

TEST(IssuerFamily, YouthUnionWritesItsOwnHeaderAndNumber) {
  IssuerHeading h = HeadingFor(IssuerFamily::kYouthUnion, Ward(), City());
  EXPECT_EQ(h.title, "ĐOÀN TNCS HỒ CHÍ MINH");
  EXPECT_TRUE(h.motto.empty());
  EXPECT_EQ(h.mark, "***");
  EXPECT_EQ(h.parent_issuer, "Thành đoàn Hải Phòng");
  EXPECT_EQ(h.issuer, "BCH Đoàn phường Hồng Bàng");
  EXPECT_EQ(h.number_label, "Số: ");
  const std::string symbol = LetterSymbol(IssuerFamily::kYouthUnion, h.issuer_code, "");
  EXPECT_EQ(FormatDocumentNumberSymbol({12, std::nullopt, symbol, h.joint}), "12-CV/ĐTN");
  EXPECT_TRUE(CheckDocumentSymbol(symbol).ok());
}

TEST(IssuerFamily, FatherlandFrontKeepsTheStateLayout) {
  IssuerHeading h = HeadingFor(IssuerFamily::kFatherlandFront, Ward(), City());
  EXPECT_EQ(h.motto, "Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(h.issuer, "Ban Thường trực");
  const std::string symbol = LetterSymbol(IssuerFamily::kFatherlandFront, h.issuer_code, "");
  EXPECT_EQ(FormatDocumentNumberSymbol({18, std::nullopt, symbol, h.joint}), "18/MTTQ-BTT");
}

// Decree 30 Art. 15: one series per issuer and year; the People's Committee's key is the one
// it always had, so its numbering continues.
TEST(IssuerFamily, EachFamilyHasItsOwnYearlySeries) {
  Date on = Date::Parse("2025-08-15").value();
  EXPECT_EQ(IssuerSeriesKey(IssuerFamily::kPeoplesCommittee, UnitId(3), on),
            "docnum:unit-3-ubnd:2025");
  EXPECT_NE(IssuerSeriesKey(IssuerFamily::kParty, UnitId(3), on),
            IssuerSeriesKey(IssuerFamily::kPeoplesCommittee, UnitId(3), on));
  EXPECT_NE(IssuerSeriesKey(IssuerFamily::kParty, UnitId(3), on),
            IssuerSeriesKey(IssuerFamily::kParty, UnitId(3), Date::Parse("2026-01-01").value()));
}

TEST(IssuerFamily, UnitNames) {
  EXPECT_EQ(UnitPlaceName("Thành phố Hải Phòng"), "Hải Phòng");
  EXPECT_EQ(UnitNameInSentence("Đặc khu Cát Hải"), "đặc khu Cát Hải");
  EXPECT_EQ(UnitNameInSentence("Phường Hồng Bàng"), "phường Hồng Bàng");
}

}  // namespace
}  // namespace doithoai
