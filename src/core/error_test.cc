#include "core/error.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

TEST(ErrorTest, MessagesNameTheFieldTheyCarry) {
  Error big = Error::TooLarge("file", "tối đa 5 MiB");
  EXPECT_EQ(big.message(), "Dữ liệu quá lớn: file");
  ASSERT_EQ(big.fields().size(), 1u);
  EXPECT_EQ(big.fields()[0].field, "file");
  EXPECT_EQ(big.fields()[0].reason, "tối đa 5 MiB");

  Error bad = Error::Invalid("percent", "phải từ 0 đến 100");
  EXPECT_EQ(bad.message(), "Dữ liệu không hợp lệ: percent — phải từ 0 đến 100");
  EXPECT_EQ(bad.fields()[0].field, "percent");
}

}  // namespace
}  // namespace doithoai
