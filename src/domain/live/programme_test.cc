#include "domain/live/programme.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

std::vector<std::string> Fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields()) out.push_back(f.field);
  return out;
}

TEST(ValidateAgenda, KeepsTheOrderAndChecksTimes) {
  auto ok = ValidateAgenda({{"08:00", "Khai mạc", "Lãnh đạo Thành đoàn"},
                            {"", " Đối thoại  trực tiếp ", ""},
                            {"23:59", "Bế mạc", ""}});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ((*ok)[1].title, "Đối thoại trực tiếp");
  auto bad = ValidateAgenda({{"8h", "Khai mạc", ""}, {"24:00", "", ""}, {"07:60", "Ok", ""}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(Fields(bad.error()),
            (std::vector<std::string>{"agenda[0].starts_at", "agenda[1].starts_at",
                                      "agenda[1].title", "agenda[2].starts_at"}));
  EXPECT_FALSE(ValidateAgenda(std::vector<AgendaItem>(41, {"", "Mục", ""})).ok());
  EXPECT_TRUE(ValidateAgenda({}).ok()) << "an empty programme clears it";
}

TEST(ValidateDelegate, ADelegateSpeaksForAUnitAGuestNeedNot) {
  auto d = ValidateDelegate({"delegate", "Nguyễn Văn An", "Bí thư Chi đoàn", "Phường An Biên"});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->kind, DelegateKind::kDelegate);
  EXPECT_EQ(Fields(ValidateDelegate({"delegate", "Nguyễn Văn An", "", ""}).error()),
            (std::vector<std::string>{"unit"}));
  EXPECT_TRUE(ValidateDelegate({"guest", "Trần Văn Bình", "Phóng viên", ""}).ok());
  EXPECT_EQ(Fields(ValidateDelegate({"speaker", "", "", "\xff"}).error()),
            (std::vector<std::string>{"kind", "name", "unit"}));
}

}  // namespace
}  // namespace doithoai
