#include "domain/issue/issue.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

const Date kHeld(2025, 3, 26);

TEST(Routing, DeadlineRules) {
  RoutingInput in{AgencyId(1), {AgencyId(2), AgencyId(1), AgencyId(2)}, "2025-03-20"};
  auto ok = ValidateRouting(in, Date(2025, 3, 1), kHeld);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->coordinating, std::vector<AgencyId>{AgencyId(2)});  // lead and repeats removed

  in.answer_due_on = "2025-02-28";  // before today
  EXPECT_EQ(ValidateRouting(in, Date(2025, 3, 1), kHeld).error().fields()[0].field,
            "answer_due_on");
  in.answer_due_on = "2024-12-31";  // before the dialogue's year
  EXPECT_FALSE(ValidateRouting(in, Date(2024, 12, 1), kHeld).ok());
  in.answer_due_on = "2052-03-20";  // a typo
  EXPECT_FALSE(ValidateRouting(in, Date(2025, 3, 1), kHeld).ok());
  in.answer_due_on = "20/03/2025";
  EXPECT_FALSE(ValidateRouting(in, Date(2025, 3, 1), kHeld).ok());
  in.answer_due_on = "2026-12-01";  // a forwarded matter answered the next year
  EXPECT_TRUE(ValidateRouting(in, Date(2026, 11, 23), kHeld).ok());
}

}  // namespace
}  // namespace doithoai
