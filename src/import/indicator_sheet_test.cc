#include "import/indicator_sheet.h"

#include <gtest/gtest.h>

#include "import/test_files.h"

namespace doithoai::import {
namespace {

using test_files::WriteXlsx;

// A filled template: title, human header, key row 4, units from row 5.
std::string Filled(const std::vector<std::vector<std::string>>& body,
                   std::vector<std::string> keys = {"unit_code", "unit_name", "1.1/num", "1.1/den",
                                                    "2.1/num", "comment"}) {
  return WriteXlsx([&](lxw_workbook*, lxw_worksheet* ws) {
    worksheet_write_string(ws, 0, 0, "MẪU NHẬP SỐ LIỆU CHỈ TIÊU NĂM 2025", nullptr);
    worksheet_write_string(ws, 2, 0, "Mã đơn vị", nullptr);
    for (size_t c = 0; c < keys.size(); ++c)
      worksheet_write_string(ws, 3, c, keys[c].c_str(), nullptr);
    for (size_t r = 0; r < body.size(); ++r) {
      for (size_t c = 0; c < body[r].size(); ++c) {
        const std::string& v = body[r][c];
        if (v.empty()) continue;
        if (auto n = ParseSheetNumber(v); n && c >= 2 && c <= 4 && v.find(',') == std::string::npos)
          worksheet_write_number(ws, 4 + r, c, *n, nullptr);
        else
          worksheet_write_string(ws, 4 + r, c, v.c_str(), nullptr);
      }
    }
  });
}

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field);
  return out;
}

TEST(IndicatorSheet, ReadsOneValuePerFilledUnitAndIndicatorNamingCells) {
  auto v = ReadIndicatorSheet(Filled({{"11311", "Phường Hồng Bàng", "300", "400", "3", "Ghi chú"},
                                      {"11312", "Phường Lê Chân", "", "", "4"},
                                      {"11313", "Phường Ngô Quyền"}}),
                              "so-lieu.xlsx", {});
  ASSERT_TRUE(v.ok()) << v.error().message();
  ASSERT_EQ(v->size(), 3u);
  const SheetValue& a = (*v)[0];
  EXPECT_EQ(a.indicator_code, "1.1");
  EXPECT_EQ(a.unit_code, "11311");
  EXPECT_EQ(*a.numerator, 300);
  EXPECT_EQ(*a.denominator, 400);
  EXPECT_EQ(a.numerator_cell, "C5");
  EXPECT_EQ(a.denominator_cell, "D5");
  EXPECT_EQ(a.comment, "Ghi chú");
  EXPECT_EQ(a.comment_cell, "F5");
  EXPECT_EQ((*v)[1].indicator_code, "2.1");
  EXPECT_EQ((*v)[1].denominator_cell, "");
  EXPECT_EQ((*v)[2].unit_code, "11312");
  EXPECT_EQ(*(*v)[2].numerator, 4);
}

TEST(IndicatorSheet, EveryBadCellIsReported) {
  auto v = ReadIndicatorSheet(Filled({{"11311", "", "ba trăm", "400"},
                                      {"", "Phường không mã", "1", "2"},
                                      {"11313", "", "72,5", "1.2.3"}}),
                              "so-lieu.xlsx", {});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(Fields(v.error()), (std::vector<std::string>{"C5", "A6", "D7"}));
}

TEST(IndicatorSheet, BadKeyRowsAreRefused) {
  auto unknown = ReadIndicatorSheet(
      Filled({{"1", "", "1"}}, {"unit_code", "unit_name", "1.1/num", "1.1/xyz", "1.1/num"}),
      "a.xlsx", {});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(Fields(unknown.error()), (std::vector<std::string>{"D4", "E4"}));
  auto den_only = ReadIndicatorSheet(
      Filled({{"1", "", "1"}}, {"unit_code", "unit_name", "1.1/den"}), "a.xlsx", {});
  EXPECT_EQ(Fields(den_only.error()), (std::vector<std::string>{"C4"}));
  auto no_key = ReadIndicatorSheet(Filled({}, {"ma", "ten"}), "a.xlsx", {});
  EXPECT_EQ(Fields(no_key.error()), (std::vector<std::string>{"file"}));
  EXPECT_EQ(Fields(ReadIndicatorSheet("x", "a.pdf", {}).error()),
            (std::vector<std::string>{"filename"}));
  EXPECT_EQ(Fields(ReadIndicatorSheet("not a zip", "a.xlsx", {}).error()),
            (std::vector<std::string>{"file"}));
  EXPECT_EQ(Fields(ReadIndicatorSheet(Filled({}), "a.xlsx", {}).error()),
            (std::vector<std::string>{"file"}));  // no values at all
}

TEST(IndicatorSheet, CsvWorksToo) {
  auto v = ReadIndicatorSheet("unit_code,unit_name,2.1/num\n11311,Hồng Bàng,7\n", "a.csv", {});
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*(*v)[0].numerator, 7);
  EXPECT_EQ((*v)[0].numerator_cell, "C2");
}

TEST(IndicatorSheet, NumbersAndColumnLetters) {
  EXPECT_EQ(ParseSheetNumber("72,5"), 72.5);
  EXPECT_EQ(ParseSheetNumber(" 1200 "), 1200);
  EXPECT_EQ(ParseSheetNumber("1.234,5"), std::nullopt);
  EXPECT_EQ(ParseSheetNumber("inf"), std::nullopt);
  EXPECT_EQ(ParseSheetNumber(""), std::nullopt);
}

}  // namespace
}  // namespace doithoai::import
