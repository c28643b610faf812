#include "text/field_text.h"

#include <gtest/gtest.h>

namespace doithoai::text {
namespace {

TEST(CleanField, CleansAndNamesTheFieldOnEitherFailure) {
  FieldErrors errors;
  EXPECT_EQ(CleanField("  Nguye\xcc\x82\xcc\x83n  Văn An ", 20, "asker", errors), "Nguyễn Văn An");
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(CleanField("\xff", 20, "asker", errors), "");
  EXPECT_EQ(CleanField("abcdef", 5, "unit", errors), "abcdef");
  ASSERT_EQ(errors.list().size(), 2u);
  EXPECT_EQ(errors.list()[0].field, "asker");
  EXPECT_EQ(errors.list()[0].reason, "không phải văn bản UTF-8 hợp lệ");
  EXPECT_EQ(errors.list()[1].field, "unit");
  EXPECT_EQ(errors.list()[1].reason, "quá dài (tối đa 5 ký tự)");
  EXPECT_EQ(CleanField("a\n\nb", 10, "text", errors, Lines::kMultiple), "a\n\nb");
}

}  // namespace
}  // namespace doithoai::text
