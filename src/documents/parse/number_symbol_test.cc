#include "documents/parse/number_symbol.h"

#include <gtest/gtest.h>

namespace doithoai::documents::parse {
namespace {

struct Case {
  std::string_view input;
  std::optional<std::string> number;
  std::string symbol;
  std::string written;
  std::string type_code;
};

// REFERENCE.md, "Number and symbol": every form it lists.
TEST(MatchNumberSymbol, ReadsTheFormsOfDecree30AndOtherBodies) {
  const Case cases[] = {
      {"158/TB-VPCP ngày 11/4/2024", "158", "TB-VPCP", "158/TB-VPCP", "TB"},
      {"36/KH-UBND", "36", "KH-UBND", "36/KH-UBND", "KH"},
      {"12/UBND-VX", "12", "UBND-VX", "12/UBND-VX", ""},  // a công văn: no type code
      {"225-KH/TWĐTN-CTTN ngày", "225", "KH/TWĐTN-CTTN", "225-KH/TWĐTN-CTTN", "KH"},
      {"13/2021/NĐ-CP ngày 01/3/2021", "13", "NĐ-CP", "13/2021/NĐ-CP", "NĐ"},
      {"03-NQ/TU ngày", "03", "NQ/TU", "03-NQ/TU", "NQ"},
      {"57/2020/QH14", "57", "QH14", "57/2020/QH14", ""},
      {"712/TB-VP.", "712", "TB-VP", "712/TB-VP", "TB"},
      {"25/CTr-UBND", "25", "CTr-UBND", "25/CTr-UBND", "CTr"},
      {"15/QĐ-BNV,", "15", "QĐ-BNV", "15/QĐ-BNV", "QĐ"},
  };
  for (const Case& c : cases) {
    NumberSymbol m = MatchNumberSymbol(c.input);
    EXPECT_GT(m.length, 0u) << c.input;
    EXPECT_EQ(m.number, c.number) << c.input;
    EXPECT_EQ(m.symbol, c.symbol) << c.input;
    EXPECT_EQ(m.written, c.written) << c.input;
    EXPECT_EQ(m.type_code, c.type_code) << c.input;
  }
}

// A draft leaves the number blank ("Số:         /UBND-KSTTHC"): the symbol is known.
TEST(MatchNumberSymbol, BlankNumberKeepsTheSymbol) {
  for (std::string_view s : {"/UBND-KSTTHC", "......../UBND-KSTTHC", "…/KH-UBND", "  /KH-UBND"}) {
    NumberSymbol m = MatchNumberSymbol(s);
    EXPECT_GT(m.length, 0u) << s;
    EXPECT_FALSE(m.number) << s;
  }
  EXPECT_EQ(MatchNumberSymbol("/UBND-KSTTHC").symbol, "UBND-KSTTHC");
}

// A symbol broken at its hyphen by a line break ("123/KH-" / "UBND") is joined again.
TEST(MatchNumberSymbol, ToleratesASpaceAfterASeparator) {
  EXPECT_EQ(MatchNumberSymbol("123/KH- UBND ngày").written, "123/KH-UBND");
  EXPECT_EQ(MatchNumberSymbol("36 /KH-UBND").written, "36/KH-UBND");
}

TEST(MatchNumberSymbol, RefusesDatesRangesAndWords) {
  for (std::string_view s :
       {"5/1/2020", "2021-2030", "16 tuổi", "Số", "", "/", "12/", "2022 – 2030"}) {
    EXPECT_EQ(MatchNumberSymbol(s).length, 0u) << s;
  }
}

// Issue 11: a copy may put a space before the hyphen, or an en dash for it.
TEST(MatchNumberSymbol, ToleratesASpaceBeforeAHyphenOrDash) {
  EXPECT_EQ(MatchNumberSymbol("2865/GDĐT \xE2\x80\x93KT&KĐCL Về").written, "2865/GDĐT-KT&KĐCL");
  EXPECT_EQ(MatchNumberSymbol("1010/QĐ -UB ngày").written, "1010/QĐ-UB");
  EXPECT_EQ(MatchNumberSymbol("12/UBND-VX - Hải Phòng").written, "12/UBND-VX");
}

// A portal table that lost its cell break glues the next label to the symbol.
TEST(MatchNumberSymbol, StopsAtAWordGluedToTheSymbol) {
  NumberSymbol m = MatchNumberSymbol("2855/QĐ-BGDĐTNgày đăng công báo:Đang cập nhật");
  EXPECT_EQ(m.written, "2855/QĐ-BGDĐT");
  EXPECT_EQ(m.length, std::string_view("2855/QĐ-BGDĐT").size());
  EXPECT_EQ(MatchNumberSymbol("5/QĐ-TTg").written, "5/QĐ-TTg");
  EXPECT_EQ(MatchNumberSymbol("07-QĐi/TW").written, "07-QĐi/TW");
  EXPECT_EQ(MatchNumberSymbol("26-CTr/TWĐTN-VP").written, "26-CTr/TWĐTN-VP");
}

}  // namespace
}  // namespace doithoai::documents::parse
