#include "domain/feed/atom.h"

#include <gtest/gtest.h>

namespace doithoai::feed {
namespace {

TEST(Atom, EscapesMarkupAndDropsForbiddenCharacters) {
  EXPECT_EQ(EscapeXml("<a href=\"x\">&'</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  EXPECT_EQ(EscapeXml(std::string("a\x0b\x00"
                                  "b\n",
                                  5)),
            "ab\n");
  EXPECT_EQ(EscapeXml("Sở Nội vụ"), "Sở Nội vụ");
}

TEST(Atom, FeedHasItsRequiredElementsAndOneEntryEach) {
  AtomFeed f;
  f.id = "tag:x.vn,2025:dialogue/1/answers";
  f.title = "Trả lời <mới>";
  f.self = "https://x.vn/api/dialogues/1/answers.atom";
  f.alternate = "https://x.vn/d/1";
  f.author = "UBND thành phố";
  f.updated = Instant{1735689600};
  f.entries.push_back({"tag:x.vn,2025:answer/7", "Việc làm & khởi nghiệp", Instant{1735693200},
                       "https://x.vn/d/1#issue-7", "2 câu hỏi", "Dòng 1\nDòng 2", "Sở KH&CN"});
  std::string xml = WriteAtom(f);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", 0), 0u);
  EXPECT_NE(xml.find("<title>Trả lời &lt;mới&gt;</title>"), std::string::npos);
  EXPECT_NE(xml.find("<updated>2025-01-01T00:00:00Z</updated>"), std::string::npos);
  EXPECT_NE(xml.find("<link rel=\"self\" href=\"https://x.vn/api/dialogues/1/answers.atom\""),
            std::string::npos);
  EXPECT_NE(xml.find("<title>Việc làm &amp; khởi nghiệp</title>"), std::string::npos);
  EXPECT_NE(xml.find("<content type=\"text\">Dòng 1\nDòng 2</content>"), std::string::npos);
  EXPECT_NE(xml.find("<name>Sở KH&amp;CN</name>"), std::string::npos);
  EXPECT_EQ(xml.substr(xml.size() - 8), "</feed>\n");
}

TEST(Atom, AnEmptyFeedIsStillAFeed) {
  AtomFeed f;
  f.id = "tag:x,2025:d";
  f.title = "t";
  f.updated = Instant{0};
  std::string xml = WriteAtom(f);
  EXPECT_EQ(xml.find("<entry>"), std::string::npos);
  EXPECT_EQ(xml.find("<link"), std::string::npos);  // no empty hrefs
  EXPECT_NE(xml.find("<updated>1970-01-01T00:00:00Z</updated>"), std::string::npos);
}

}  // namespace
}  // namespace doithoai::feed
