#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include "text/analyzer.h"
#include "text/normalize.h"
#include "text/stop_words.h"

namespace doithoai::text {
namespace {

std::vector<std::string> Texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.text);
  return out;
}

std::vector<std::string> Folded(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.folded);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenize, SplitsSyllablesAndKeepsSpans) {
  std::string s = "Chuyển đổi số, ĐỐI THOẠI!";
  auto tokens = Tokenize(s);
  EXPECT_EQ(Texts(tokens), (V{"chuyển", "đổi", "số", "đối", "thoại"}));
  EXPECT_EQ(Folded(tokens), (V{"chuyen", "doi", "so", "doi", "thoai"}));
  EXPECT_EQ(s.substr(tokens[3].begin, tokens[3].end - tokens[3].begin), "ĐỐI");
  EXPECT_TRUE(tokens[3].upper);
  EXPECT_FALSE(tokens[0].upper);
}

TEST(Tokenize, AmpersandInsideAbbreviationOnly) {
  EXPECT_EQ(Texts(Tokenize("Sở KH&CN và GD&ĐT")), (V{"sở", "kh&cn", "và", "gd&đt"}));
  EXPECT_EQ(Texts(Tokenize("a & b &c d&")), (V{"a", "b", "c", "d"}));
}

TEST(Tokenize, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize("  ,.;!?  \n\t").empty());
}

TEST(Tokenize, InvalidUtf8SeparatesTokens) {
  auto tokens = Tokenize("việc\xFFlàm\xC3\x28ok");
  EXPECT_EQ(Texts(tokens), (V{"việc", "làm", "ok"}));
}

TEST(Tokenize, SkipsOverlongRuns) {
  std::string big(1 << 20, 'a');
  auto tokens = Tokenize("xin " + big + " chào");
  EXPECT_EQ(Texts(tokens), (V{"xin", "chào"}));
}

TEST(Tokenize, CanonicalTonePlacementAndIY) {
  EXPECT_EQ(Texts(Tokenize("hoà hòa khoẻ khỏe thuý thúy")),
            (V{"hòa", "hòa", "khỏe", "khỏe", "thúy", "thúy"}));
  EXPECT_EQ(Texts(Tokenize("kỹ kĩ lý lí quý quí Mỹ")),
            (V{"kĩ", "kĩ", "lí", "lí", "quí", "quí", "mĩ"}));
  // Closed syllables and triphthongs keep their only spelling.
  EXPECT_EQ(Texts(Tokenize("hoàng ngoài thuyền quyền quỳnh tay")),
            (V{"hoàng", "ngoài", "thuyền", "quyền", "quỳnh", "tay"}));
  EXPECT_EQ(CanonicalSyllable("thuỷ"), "thủy");
}

TEST(Tokenize, OtherScriptsFoldThroughIcu) {
  auto tokens = Tokenize("Ωmega façade");
  EXPECT_EQ(Folded(tokens), (V{"ωmega", "facade"}));
}

TEST(Analyze, NormalisesDecomposedInput) {
  std::string nfd =
      "vie\xCC\xA3\xCC\x82"
      "c la\xCC\x80m";  // "việc làm" typed as NFD
  auto tokens = Analyze(nfd);
  EXPECT_EQ(Texts(tokens), (V{"việc", "làm"}));
  EXPECT_EQ(Folded(tokens), (V{"viec", "lam"}));
}

TEST(Analyze, ExpandsAdministrativeAbbreviations) {
  EXPECT_EQ(Texts(Analyze("UBND TP. Hải Phòng")),
            (V{"ủy", "ban", "nhân", "dân", "thành", "phố", "hải", "phòng"}));
  EXPECT_EQ(Folded(Analyze("HĐND")), (V{"hoi", "dong", "nhan", "dan"}));
  EXPECT_EQ(Folded(Analyze("hdnd")), (V{"hoi", "dong", "nhan", "dan"}));
  EXPECT_EQ(Texts(Analyze("MTTQ")), (V{"mặt", "trận", "tổ", "quốc"}));
  EXPECT_EQ(Texts(Analyze("Đoàn TNCS HCM")),
            (V{"đoàn", "thanh", "niên", "cộng", "sản", "hồ", "chí", "minh"}));
  EXPECT_EQ(Texts(Analyze("Sở KH&CN")), (V{"sở", "khoa", "học", "và", "công", "nghệ"}));
  EXPECT_EQ(Texts(Analyze("GD&ĐT")), (V{"giáo", "dục", "và", "đào", "tạo"}));
  EXPECT_EQ(Texts(Analyze("CĐS")), (V{"chuyển", "đổi", "số"}));
}

TEST(Analyze, ExpandsYouthShorthand) {
  EXPECT_EQ(Texts(Analyze("vay dc ko")), (V{"vay", "được", "không"}));
  EXPECT_EQ(Texts(Analyze("đc k")), (V{"được", "không"}));
  EXPECT_EQ(Texts(Analyze("hỏi j")), (V{"hỏi", "gì"}));
  EXPECT_EQ(Texts(Analyze("bn tiền")), (V{"bao", "nhiêu", "tiền"}));
  EXPECT_EQ(Texts(Analyze("ntn")), (V{"như", "thế", "nào"}));
  EXPECT_EQ(Texts(Analyze("vs mk")), (V{"với", "mình"}));
}

TEST(Analyze, CaseDecidesAmbiguousShortForms) {
  EXPECT_EQ(Texts(Analyze("AI")), (V{"trí", "tuệ", "nhân", "tạo"}));
  EXPECT_EQ(Texts(Analyze("Ai trả lời")), (V{"ai", "trả", "lời"}));
  EXPECT_EQ(Texts(Analyze("KH 45")), (V{"kế", "hoạch", "45"}));
  EXPECT_EQ(Texts(Analyze("kh biết")), (V{"không", "biết"}));
}

TEST(Analyze, ExpandedTokensKeepTheAbbreviationSpan) {
  std::string s = "Hỏi UBND";
  auto tokens = Analyze(s);
  ASSERT_EQ(tokens.size(), 5u);
  for (size_t i = 1; i < tokens.size(); ++i) {
    EXPECT_TRUE(tokens[i].expanded);
    EXPECT_EQ(s.substr(tokens[i].begin, tokens[i].end - tokens[i].begin), "UBND");
  }
}

TEST(Analyze, OneMegabyteLineOfWords) {
  std::string line;
  while (line.size() < (1 << 20)) line += "thanh niên khởi nghiệp ";
  auto tokens = Analyze(line);
  EXPECT_GT(tokens.size(), 100000u);
}

TEST(StopWords, AccentedFormsDecide) {
  auto t = Analyze("Cho em hỏi ma túy có bị cấm không ạ");
  std::vector<std::string> content;
  bool accents = HasDiacritics(t);
  for (const Token& x : t) {
    if (!IsStopWord(x, accents)) content.push_back(x.text);
  }
  EXPECT_EQ(content, (V{"ma", "túy", "cấm"}));
}

TEST(StopWords, AmbiguousUnaccentedFormsAreKept) {
  auto t = Analyze("cho em hoi ma tuy trong truong co bi cam ko");
  std::vector<std::string> content;
  bool accents = HasDiacritics(t);
  for (const Token& x : t) {
    if (!IsStopWord(x, accents)) content.push_back(x.folded);
  }
  EXPECT_EQ(content, (V{"cho", "hoi", "ma", "tuy", "trong", "truong", "bi", "cam"}));
}

}  // namespace
}  // namespace doithoai::text
