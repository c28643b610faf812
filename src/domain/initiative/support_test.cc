#include "domain/initiative/support.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field);
  return out;
}

TEST(Support, ValidSupportsKeepTheirOrder) {
  auto s = ValidateSupports(
      {{3, 7, "Quỹ hỗ trợ thanh niên", "2026-06-30"}, {4, 8, "", "2026-03-01"}}, Date(2026, 3, 1));
  ASSERT_TRUE(s.ok()) << s.error().message();
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[0].mentor, AgencyId(7));
  EXPECT_EQ((*s)[0].due_on, Date(2026, 6, 30));
  EXPECT_EQ((*s)[1].funding, "");
}

TEST(Support, EveryBadFieldIsNamed) {
  auto s = ValidateSupports(
      {{0, 0, "", "30/06/2026"}, {4, 8, "\xff", "2026-02-28"}, {4, 8, "", "2026-06-30"}},
      Date(2026, 3, 1));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(Fields(s.error()),
            (std::vector<std::string>{"supports[0].initiative_id", "supports[0].mentor_agency_id",
                                      "supports[0].due_on", "supports[1].funding",
                                      "supports[1].due_on", "supports[2].initiative_id"}));
}

}  // namespace
}  // namespace doithoai
