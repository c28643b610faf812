#include "domain/document/numbering.h"

#include <gtest/gtest.h>

#include "domain/document/document_type.h"

namespace doithoai {
namespace {

TEST(Decree30, NumbersHaveALeadingZeroBelowTen) {
  EXPECT_EQ(FormatDocumentNumber(1), "01");
  EXPECT_EQ(FormatDocumentNumber(9), "09");
  EXPECT_EQ(FormatDocumentNumber(158), "158");
}

TEST(Decree30, SymbolsOfTypedDocumentsAndCongVan) {
  EXPECT_EQ(FormatSymbol(158, "TB", "VPCP").value(), "158/TB-VPCP");
  EXPECT_EQ(FormatSymbol(36, "KH", "UBND").value(), "36/KH-UBND");
  EXPECT_EQ(FormatSymbol(12, "", "UBND", "VX").value(), "12/UBND-VX");
  EXPECT_EQ(FormatSymbol(5, "", "BNV", "VP").value(), "05/BNV-VP");
  EXPECT_EQ(FormatSymbol(12, "", "UBND").error().fields()[0].field, "drafting_unit");
  EXPECT_EQ(FormatSymbol(0, "TB", "VPCP").error().fields()[0].field, "number");
  EXPECT_EQ(FormatSymbol(3, "TB", "UB ND").error().fields()[0].field, "issuer_code");
}

TEST(Decree30, TheSeriesRestartsEachFirstOfJanuary) {
  EXPECT_EQ(NumberSeriesKey(7, Date(2025, 12, 31)), "docnum:7:2025");
  EXPECT_EQ(NumberSeriesKey(7, Date(2026, 1, 1)), "docnum:7:2026");
}

TEST(Decree30, PlaceAndDate) {
  EXPECT_EQ(FormatPlaceAndDate("Hà Nội", Date(2020, 1, 5)), "Hà Nội, ngày 05 tháng 01 năm 2020");
  EXPECT_EQ(FormatPlaceAndDate("Hải Phòng", Date(2025, 11, 23)),
            "Hải Phòng, ngày 23 tháng 11 năm 2025");
}

TEST(Decree30, DocumentTypes) {
  EXPECT_EQ(DocumentTypeByCode("TB")->name, "Thông báo");
  EXPECT_EQ(DocumentTypeByCode("QyĐ")->name, "Quy định");
  EXPECT_FALSE(DocumentTypeByCode("CV"));  // công văn has no official abbreviation
  EXPECT_EQ(DocumentTypeByName("KẾ HOẠCH")->code, "KH");
  EXPECT_EQ(DocumentTypeByName("cong van")->code, "");
  EXPECT_FALSE(DocumentTypeByName("Thư tình"));
}

}  // namespace
}  // namespace doithoai
