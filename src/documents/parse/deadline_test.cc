#include "documents/parse/deadline.h"

#include <gtest/gtest.h>

namespace doithoai::documents::parse {
namespace {

std::string Describe(const ParsedDeadline& d) {
  std::string kind = d.kind == DeadlineKind::kDate        ? "date"
                     : d.kind == DeadlineKind::kRecurring ? "recurring"
                     : d.kind == DeadlineKind::kOngoing   ? "ongoing"
                                                          : "none";
  return kind + "|" + (d.date ? d.date->ToIso() : "-") + "|" + d.text.value_or("-");
}

std::string Find(std::string_view s) { return Describe(FindDeadline(s)); }

// SYSTEM.md §3: "A deadline can be a date, a recurring date ('trước ngày 30/11 hằng năm',
// 'tháng 3 hằng năm'), or 'thường xuyên' (ongoing, reported each round)."
TEST(FindDeadline, TheThreeKindsOfSystemMd) {
  EXPECT_EQ(Find("gửi Sở Nội vụ tổng hợp trước ngày 22/02/2023."),
            "date|2023-02-22|trước ngày 22/02/2023");
  EXPECT_EQ(Find("báo cáo về Sở Nội vụ trước ngày 30/11 hằng năm."),
            "recurring|-|trước ngày 30/11 hằng năm");
  EXPECT_EQ(Find("Thời gian: tháng 3 hằng năm"), "recurring|-|tháng 3 hằng năm");
  EXPECT_EQ(Find("tổ chức đối thoại vào tháng 3 hằng năm"), "recurring|-|vào tháng 3 hằng năm");
  EXPECT_EQ(Find("Thường xuyên cập nhật thông tin"), "ongoing|-|Thường xuyên");
  EXPECT_EQ(Find("thực hiện thường xuyên"), "ongoing|-|thường xuyên");
}

// Issue 3: "Dates quoted from the past in a document's narrative are not deadlines."
TEST(FindDeadline, QuotedDatesAreNotDeadlines) {
  EXPECT_EQ(Find("các nhiệm vụ nêu tại Thông báo số 158/TB-VPCP ngày 11/4/2024 của Văn phòng "
                 "Chính phủ"),
            "none|-|-");
  EXPECT_EQ(Find("Ngày 28/3/2025, Ủy ban nhân dân phường tổ chức đối thoại"), "none|-|-");
  EXPECT_EQ(Find("như trước đây"), "none|-|-");
}

TEST(FindDeadline, OtherDatedWordings) {
  EXPECT_EQ(Find("báo cáo trước ngày 15 tháng 12 năm 2025"),
            "date|2025-12-15|trước ngày 15 tháng 12 năm 2025");
  EXPECT_EQ(Find("hoàn thành chậm nhất là ngày 8.3.2023"),
            "date|2023-03-08|chậm nhất là ngày 8.3.2023");
  EXPECT_EQ(Find("gửi trước 30/6/2025"), "date|2025-06-30|trước 30/6/2025");
  // No year written: a date whose year the person confirming must supply.
  EXPECT_EQ(Find("gửi trước ngày 22/02"), "date|-|trước ngày 22/02");
}

// Conclusion notices set deadlines by a month, quarter or year: a deadline without a day.
TEST(FindDeadline, PeriodWithItsYear) {
  EXPECT_EQ(Find("báo cáo Thủ tướng Chính phủ trong tháng 6 năm 2024."),
            "date|-|trong tháng 6 năm 2024");
  EXPECT_EQ(Find("hoàn thành trong quý IV/2024"), "date|-|trong quý IV/2024");
  EXPECT_EQ(Find("trình trước tháng 9/2025"), "date|-|trước tháng 9/2025");
  EXPECT_EQ(Find("tổ chức 5 hội nghị trong năm 2025"), "date|-|trong năm 2025");
  EXPECT_EQ(Find("tổ chức trong tháng 3 hằng năm"), "recurring|-|trong tháng 3 hằng năm");
  EXPECT_EQ(Find("Tổ chức đối thoại định kỳ hằng năm"), "recurring|-|định kỳ hằng năm");
  EXPECT_EQ(Find("trong tháng này"), "none|-|-");
}

TEST(FindDeadline, TheEarliestDatedPhraseWins) {
  EXPECT_EQ(Find("chậm nhất ngày 01/3/2025 gửi dự thảo, trước ngày 10/3/2025 gửi bản chính"),
            "date|2025-03-01|chậm nhất ngày 01/3/2025");
  // A date outranks a recurrence or "thường xuyên" written before it.
  EXPECT_EQ(Find("thường xuyên theo dõi, báo cáo trước ngày 10/3/2023"),
            "date|2023-03-10|trước ngày 10/3/2023");
}

TEST(DeadlineFromFieldValue, ReadsATimeColumn) {
  EXPECT_EQ(Describe(DeadlineFromFieldValue("tháng 3 hằng năm.")), "recurring|-|tháng 3 hằng năm");
  EXPECT_EQ(Describe(DeadlineFromFieldValue("Thường xuyên.")), "ongoing|-|Thường xuyên");
  EXPECT_EQ(Describe(DeadlineFromFieldValue("30/6/2025")), "date|2025-06-30|30/6/2025");
  EXPECT_EQ(Describe(DeadlineFromFieldValue("Quý I/2025")), "date|-|Quý I/2025");
  EXPECT_EQ(Describe(DeadlineFromFieldValue("Theo kế hoạch")), "none|-|Theo kế hoạch");
  EXPECT_EQ(Describe(DeadlineFromFieldValue("")), "none|-|-");
}

// Issue 11: a yearly deadline keeps its month (and day) as numbers, not only as words.
TEST(FindDeadline, RecurringDeadlinesNameTheirDayAndMonth) {
  ParsedDeadline yearly = FindDeadline("báo cáo trước ngày 30/11 hằng năm");
  EXPECT_EQ(yearly.kind, DeadlineKind::kRecurring);
  EXPECT_EQ(yearly.month, 11u);
  EXPECT_EQ(yearly.day, 30u);
  ParsedDeadline month = FindDeadline("tổng kết vào tháng 3 hằng năm");
  EXPECT_EQ(month.month, 3u);
  EXPECT_EQ(month.day, 0u);
  ParsedDeadline words = FindDeadline("trước ngày 15 tháng 12 hằng năm");
  EXPECT_EQ(words.month, 12u);
  EXPECT_EQ(words.day, 15u);
  ParsedDeadline monthly = FindDeadline("chậm nhất là ngày 07 hàng tháng");
  if (monthly.kind == DeadlineKind::kRecurring) {
    EXPECT_EQ(monthly.month, 0u);
    EXPECT_EQ(monthly.day, 7u);
  }
}

}  // namespace
}  // namespace doithoai::documents::parse
