#include "text/normalize.h"

#include <gtest/gtest.h>

namespace doithoai::text {
namespace {

TEST(Utf8, RejectsInvalidSequences) {
  EXPECT_TRUE(IsValidUtf8("Thanh niên"));
  EXPECT_FALSE(IsValidUtf8("\xC3\x28"));
  EXPECT_FALSE(IsValidUtf8("abc\xFF"));
}

TEST(ReplaceInvalidUtf8, KeepsValidTextAndMarksEachBadSequence) {
  EXPECT_EQ(ReplaceInvalidUtf8("Đoàn phường"), "Đoàn phường");
  EXPECT_EQ(ReplaceInvalidUtf8(""), "");
  // "ĐT" cut inside "Đ" (C4 90): the lone lead byte, then a stray continuation byte.
  EXPECT_EQ(ReplaceInvalidUtf8("Q\xC4-TTg"), "Q\uFFFD-TTg");
  EXPECT_EQ(ReplaceInvalidUtf8("\x90TTg"), "\uFFFDTTg");
  EXPECT_EQ(ReplaceInvalidUtf8("a\xED\xA0\x80"
                               "b"),
            "a\uFFFD\uFFFD\uFFFDb");  // an encoded surrogate
  EXPECT_EQ(ReplaceInvalidUtf8("abc\xFF"), "abc\uFFFD");
  for (std::string_view bad : {"\xC3\x28", "\xE1\xBA", "\xF0\x9F\x98", "\xC0\xAF"}) {
    EXPECT_TRUE(IsValidUtf8(ReplaceInvalidUtf8(bad))) << bad;
  }
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // an encoded surrogate
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));      // overlong "/"
}

TEST(Nfc, ComposesDecomposedVietnamese) {
  // "việc" typed as NFD: v i e + U+0323 (dot below) + U+0302 (circumflex) c
  std::string nfd =
      "vie\xCC\xA3\xCC\x82"
      "c";
  EXPECT_EQ(ToNfc(nfd), "việc");
  EXPECT_EQ(CodePointCount(ToNfc(nfd)), 4u);
}

TEST(CleanText, TrimsCollapsesAndDropsControls) {
  EXPECT_EQ(*CleanText("  Xin \t chào\x01  bạn  "), "Xin chào bạn");
  EXPECT_EQ(*CleanText("a\n\n\n\nb\nc", Lines::kMultiple), "a\n\nb\nc");
  EXPECT_EQ(*CleanText("a\nb"), "a b");
  EXPECT_FALSE(CleanText("\xFF"));
}

TEST(Fold, RemovesDiacriticsAndFoldsDStroke) {
  EXPECT_EQ(Fold("Đối Thoại"), "doi thoai");
  EXPECT_EQ(Fold("Chuyển đổi số"), "chuyen doi so");
  EXPECT_EQ(Fold("NGUYỄN"), "nguyen");
}

}  // namespace
}  // namespace doithoai::text
