#include "documents/parse/vn_dates.h"

#include <gtest/gtest.h>

namespace doithoai::documents::parse {
namespace {

std::string Iso(std::string_view s) {
  DateMatch m = MatchDate(s);
  return m.date ? m.date->ToIso() : "none";
}

// REFERENCE.md, Decree 30 "Dates": "ngày 05 tháng 01 năm 2020", and in the wild 5/1/2020,
// 05/01/2020, 8.3.2023.
TEST(MatchDate, ReadsEveryWrittenForm) {
  EXPECT_EQ(Iso("ngày 05 tháng 01 năm 2020"), "2020-01-05");
  EXPECT_EQ(Iso("ngày 5 tháng 1 năm 2020"), "2020-01-05");
  EXPECT_EQ(Iso("Ngày 08 tháng 4 năm 2025"), "2025-04-08");
  EXPECT_EQ(Iso("5/1/2020"), "2020-01-05");
  EXPECT_EQ(Iso("05/01/2020"), "2020-01-05");
  EXPECT_EQ(Iso("8.3.2023"), "2023-03-08");
  EXPECT_EQ(Iso("05-01-2020"), "2020-01-05");
  EXPECT_EQ(Iso("ngày 11/4/2024 của Văn phòng Chính phủ"), "2024-04-11");
}

TEST(MatchDate, LengthCoversTheDateOnly) {
  EXPECT_EQ(MatchDate("ngày 11/4/2024 của").length, std::string_view("ngày 11/4/2024").size());
  EXPECT_EQ(MatchDate("ngày 19 tháng 02 năm 2024 của").length,
            std::string_view("ngày 19 tháng 02 năm 2024").size());
  EXPECT_EQ(MatchDate("8.3.2023 của").length, std::string_view("8.3.2023").size());
}

// Drafts leave the day and month blank: the date is unknown, not guessed.
TEST(MatchDate, BlankDraftDateIsNoDate) {
  for (std::string_view s : {"ngày tháng năm 2024", "ngày … tháng … năm 2024",
                             "ngày ..... tháng ..... năm 2024", "ngày  …  tháng  …  năm 20…"}) {
    DateMatch m = MatchDate(s);
    EXPECT_GT(m.length, 0u) << s;
    EXPECT_TRUE(m.blank) << s;
    EXPECT_FALSE(m.date) << s;
  }
}

TEST(MatchDate, DayAndMonthWithoutYear) {
  DateMatch m = MatchDate("30/11 hằng năm");
  EXPECT_EQ(m.length, 5u);
  EXPECT_FALSE(m.has_year);
  EXPECT_FALSE(m.date);
}

TEST(MatchDate, ImpossibleDayIsNoDate) {
  DateMatch m = MatchDate("31/02/2023");
  EXPECT_GT(m.length, 0u);
  EXPECT_FALSE(m.date);
  EXPECT_FALSE(MatchDate("29/02/2023").date);
  EXPECT_TRUE(MatchDate("29/02/2024").date);
}

TEST(MatchDate, RefusesWhatIsNotADate) {
  for (std::string_view s : {"2022-2030", "16 tuổi", "8.3", "1.2. Mục tiêu", "ngày mai", "",
                             "13/2021/NĐ-CP", "năm 2024", "45/TB-UBND"}) {
    EXPECT_EQ(MatchDate(s).length, 0u) << s;
  }
}

}  // namespace
}  // namespace doithoai::documents::parse
