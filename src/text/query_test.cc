#include "text/query.h"

#include <gtest/gtest.h>

#include "text/snippet.h"

namespace doithoai::text::search {
namespace {

std::vector<std::string> Folded(const ParsedQuery& q) {
  std::vector<std::string> out;
  for (const auto& w : q.words)
    out.push_back(w.folded + (w.prefix ? "*" : "") + (w.stop ? "~" : ""));
  return out;
}

using V = std::vector<std::string>;

TEST(ParseQuery, WordsPrefixAndStopWords) {
  EXPECT_EQ(Folded(ParseQuery("chuyển đổi s", true)), (V{"chuyen", "doi", "s*"}));
  EXPECT_EQ(Folded(ParseQuery("chuyển đổi số ", true)), (V{"chuyen", "doi", "so"}));
  EXPECT_EQ(Folded(ParseQuery("chuyển đổi số.", true)), (V{"chuyen", "doi", "so"}));
  EXPECT_EQ(Folded(ParseQuery("chuyển đổi s", false)), (V{"chuyen", "doi", "s"}));
  EXPECT_EQ(Folded(ParseQuery("việc làm cho thanh niên ", true)),
            (V{"viec", "lam", "cho~", "thanh", "nien"}));
  // An abbreviation's expansion is never a prefix.
  EXPECT_EQ(Folded(ParseQuery("UBND", true)), (V{"uy", "ban", "nhan", "dan"}));
}

TEST(ParseQuery, ExactFormsOnlyWhenTypedWithDiacritics) {
  auto accented = ParseQuery("chuyển đổi số ", true);
  EXPECT_EQ(accented.words[0].exact, "chuyển");
  auto plain = ParseQuery("chuyen doi so ", true);
  EXPECT_TRUE(plain.words[0].exact.empty());
}

TEST(ParseQuery, Phrases) {
  auto q = ParseQuery("vay \"thanh niên khởi nghiệp\" ưu đãi", true);
  ASSERT_EQ(q.phrases.size(), 1u);
  EXPECT_EQ(q.phrases[0].folded, (V{"thanh", "nien", "khoi", "nghiep"}));
  EXPECT_EQ(Folded(q), (V{"vay", "thanh", "nien", "khoi", "nghiep", "uu", "dai*"}));
  auto typographic = ParseQuery("“đối thoại”", true);
  ASSERT_EQ(typographic.phrases.size(), 1u);
  EXPECT_EQ(Folded(typographic), (V{"doi", "thoai"}));  // inside quotes: no prefix
  auto unclosed = ParseQuery("\"đối thoại", true);
  EXPECT_EQ(unclosed.phrases.size(), 1u);
  EXPECT_TRUE(ParseQuery("\"\"", true).words.empty());
  EXPECT_TRUE(ParseQuery("\"một\"", true).phrases.empty());  // one word is not a phrase
}

TEST(ParseQuery, LimitsAndBadInput) {
  std::string many;
  for (int i = 0; i < 100; ++i) many += "w" + std::to_string(i) + " ";
  EXPECT_EQ(ParseQuery(many, true).words.size(), kMaxQueryWords);
  EXPECT_TRUE(ParseQuery("\xFF\xFE", true).words.empty());
  EXPECT_EQ(Folded(ParseQuery("vay vay VAY ", true)), (V{"vay"}));
}

TEST(Snippet, EscapesAndMarks) {
  EXPECT_EQ(EscapeHtml("<a href=\"x\">Tom & Jerry's</a>"),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  std::string text = "Vay vốn & khởi nghiệp";
  // "Vay" [0,3), "vốn" [4,9), "khởi" [12,18): ố and ở take three bytes.
  EXPECT_EQ(MakeSnippet(text, {{0, 3}, {4, 9}}), "<mark>Vay vốn</mark> &amp; khởi nghiệp");
  EXPECT_EQ(MakeSnippet(text, {{12, 18}, {12, 18}}), "Vay vốn &amp; <mark>khởi</mark> nghiệp");
  EXPECT_EQ(MakeSnippet(text, {}), "Vay vốn &amp; khởi nghiệp");
  EXPECT_EQ(MakeSnippet(text, {{100, 200}}), "Vay vốn &amp; khởi nghiệp");  // out of range
}

TEST(Snippet, WindowCutsAtSpacesAndCharacters) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "đường ";
  size_t at = text.size();
  text += "ngập úng";
  for (int i = 0; i < 40; ++i) text += " đường";
  auto s = MakeSnippet(text, {{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 6)}}, 80);
  EXPECT_EQ(s.rfind("…", 0), 0u);
  EXPECT_NE(s.find("<mark>ngập</mark>"), std::string::npos);
  EXPECT_EQ(s.substr(s.size() - 3), "…");
  EXPECT_EQ(s.find("…đ"), 0u);  // starts at a whole word
}

}  // namespace
}  // namespace doithoai::text::search
