#include "import/xlsx_cell.h"

#include <gtest/gtest.h>

namespace doithoai::import {
namespace {

TEST(ColumnOfReference, ReadsA1References) {
  EXPECT_EQ(ColumnOfReference("A1"), 0);
  EXPECT_EQ(ColumnOfReference("C7"), 2);
  EXPECT_EQ(ColumnOfReference("Z99"), 25);
  EXPECT_EQ(ColumnOfReference("AA10"), 26);
  EXPECT_EQ(ColumnOfReference("XFD1048576"), 16383);
  EXPECT_EQ(ColumnOfReference("c7"), 2);
}

TEST(ColumnOfReference, RejectsWhatIsNotACellOfExcelsGrid) {
  for (const char* bad : {"", "A", "7", "1A", "A0", "A-1", "A1B", "XFE1", "A1048577",
                          "AAAAAAAAAAAAAAAA1", "A99999999999999999999"}) {
    EXPECT_EQ(ColumnOfReference(bad), std::nullopt) << bad;
  }
}

TEST(ColumnLetters, InvertsColumnOfReference) {
  EXPECT_EQ(ColumnLetters(0), "A");
  EXPECT_EQ(ColumnLetters(25), "Z");
  EXPECT_EQ(ColumnLetters(26), "AA");
  EXPECT_EQ(ColumnLetters(16383), "XFD");
  for (int column = 0; column < 800; ++column) {
    EXPECT_EQ(ColumnOfReference(ColumnLetters(column) + "1"), column);
  }
}

TEST(FormatNumber, WritesWholeNumbersWithoutAFraction) {
  EXPECT_EQ(FormatNumber("25"), "25");
  EXPECT_EQ(FormatNumber("25.0"), "25");
  EXPECT_EQ(FormatNumber("1.2E3"), "1200");
  EXPECT_EQ(FormatNumber("-0"), "0");
  EXPECT_EQ(FormatNumber("-17"), "-17");
  EXPECT_EQ(FormatNumber("100000"), "100000");
}

TEST(FormatNumber, WritesOtherNumbersAsTheShortestRoundTripDecimal) {
  EXPECT_EQ(FormatNumber("2.5"), "2.5");
  EXPECT_EQ(FormatNumber("0.10000000000000001"), "0.1");
  EXPECT_EQ(FormatNumber("1E-3"), "0.001");
  EXPECT_EQ(FormatNumber("0.30000000000000004"), "0.30000000000000004");
  EXPECT_EQ(FormatNumber("1e20"), "1e+20");
}

TEST(FormatNumber, LeavesWhatIsNotAFiniteNumberAlone) {
  EXPECT_EQ(FormatNumber(""), "");
  EXPECT_EQ(FormatNumber("abc"), "abc");
  EXPECT_EQ(FormatNumber("12abc"), "12abc");
  EXPECT_EQ(FormatNumber("inf"), "inf");
}

TEST(DecodeXstring, DecodesExcelEscapes) {
  EXPECT_EQ(DecodeXstring("dòng 1_x000D_\ndòng 2"), "dòng 1\r\ndòng 2");
  EXPECT_EQ(DecodeXstring("_x00e1_"), "á");
  EXPECT_EQ(DecodeXstring("_x0110_"), "Đ");
  EXPECT_EQ(DecodeXstring("_x005F_x000D_"), "_x000D_");  // a literal "_x000D_"
}

TEST(DecodeXstring, LeavesOtherUnderscoresAlone) {
  EXPECT_EQ(DecodeXstring("compiled_by"), "compiled_by");
  EXPECT_EQ(DecodeXstring("_x12_"), "_x12_");
  EXPECT_EQ(DecodeXstring("_xZZZZ_"), "_xZZZZ_");
  EXPECT_EQ(DecodeXstring("_x-123_"), "_x-123_");
  EXPECT_EQ(DecodeXstring("_xD800_"), "_xD800_");  // a lone surrogate is not text
  EXPECT_EQ(DecodeXstring("_x0041"), "_x0041");
}

}  // namespace
}  // namespace doithoai::import
