#include "text/fold.h"

#include <gtest/gtest.h>

#include <random>

#include "text/normalize.h"

namespace doithoai::text {
namespace {

std::string Utf8(char32_t c) {
  std::string s;
  AppendUtf8(c, s);
  return s;
}

// The 134 precomposed letters of the Vietnamese alphabet plus their bases.
constexpr std::u32string_view kVietnamese =
    U"aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụ"
    U"ưừứửữựvxyỳýỷỹỵAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"
    U"PQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ";

TEST(FastFold, EqualsIcuFoldOnEveryVietnameseLetter) {
  for (char32_t c : kVietnamese) {
    std::string s = Utf8(c);
    EXPECT_EQ(FastFold(s), Fold(s)) << s;
    EXPECT_NE(FoldVietnamese(c), 0u) << s;
    EXPECT_EQ(Utf8(FoldVietnamese(c)), Fold(s)) << s;
  }
}

TEST(FastFold, EqualsIcuFoldOnEveryCodePointOfTheTables) {
  for (char32_t c = 0; c < 0x250; ++c) {
    std::string s = Utf8(c);
    EXPECT_EQ(FastFold(s), Fold(s)) << static_cast<uint32_t>(c);
  }
  for (char32_t c = 0x1E00; c < 0x1F00; ++c) {
    std::string s = Utf8(c);
    EXPECT_EQ(FastFold(s), Fold(s)) << static_cast<uint32_t>(c);
  }
}

TEST(FastFold, EqualsIcuFoldOnRandomMixedStrings) {
  std::u32string alphabet(kVietnamese);
  alphabet += U" .,&-0123456789çñßÆ\u0301\u0323中文Ωω";
  std::mt19937 rng(5);
  for (int i = 0; i < 2000; ++i) {
    std::string s;
    int len = static_cast<int>(rng() % 20);
    for (int j = 0; j < len; ++j) s += Utf8(alphabet[rng() % alphabet.size()]);
    ASSERT_EQ(FastFold(s), Fold(s)) << s;
  }
}

TEST(FastFold, InvalidUtf8FallsBackToIcu) {
  EXPECT_EQ(FastFold("abc\xFF"), Fold("abc\xFF"));
  EXPECT_EQ(FastFold("ĐỐI THOẠI"), "doi thoai");
}

TEST(LowerLetter, KeepsDiacritics) {
  EXPECT_EQ(LowerLetter(U'Ệ'), U'ệ');
  EXPECT_EQ(LowerLetter(U'Đ'), U'đ');
  EXPECT_EQ(LowerLetter(U'Ư'), U'ư');
  EXPECT_EQ(LowerLetter(U'Ơ'), U'ơ');
  EXPECT_EQ(LowerLetter(U'Ă'), U'ă');
  EXPECT_EQ(LowerLetter(U'Ω'), U'ω');
  for (char32_t c : kVietnamese) {
    EXPECT_EQ(Utf8(LowerLetter(c)), ToNfc(Utf8(LowerLetter(c))));
    EXPECT_EQ(FoldVietnamese(LowerLetter(c)), FoldVietnamese(c));
  }
}

}  // namespace
}  // namespace doithoai::text
