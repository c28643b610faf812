#include "domain/feed/icalendar.h"

#include <gtest/gtest.h>

#include <sstream>

namespace doithoai::feed {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t at; (at = text.find("\r\n", start)) != std::string::npos; start = at + 2) {
    lines.push_back(text.substr(start, at - start));
  }
  EXPECT_EQ(start, text.size()) << "text after the last CRLF";
  return lines;
}

TEST(ICalendar, EscapesTextValues) {
  EXPECT_EQ(EscapeICalText("a;b,c\\d"), "a\\;b\\,c\\\\d");
  EXPECT_EQ(EscapeICalText("dòng 1\r\ndòng 2\nx"), "dòng 1\\ndòng 2\\nx");
  EXPECT_EQ(EscapeICalText(std::string("a\x01"
                                       "b",
                                       3)),
            "ab");
}

TEST(ICalendar, FoldsAt75OctetsWithoutSplittingACharacter) {
  std::string line = "SUMMARY:";
  for (int i = 0; i < 60; ++i) line += "đ";  // 2 octets each
  std::string folded = FoldICalLine(line);
  std::string unfolded;
  bool first = true;
  for (const std::string& l : Lines(folded)) {
    EXPECT_LE(l.size(), 75u);
    if (!first) {
      ASSERT_EQ(l[0], ' ');
      unfolded += l.substr(1);
    } else {
      unfolded += l;
    }
    // No line starts or ends inside a two-octet character.
    EXPECT_NE(static_cast<unsigned char>(l.back()), 0xC4) << l;
    first = false;
  }
  EXPECT_EQ(unfolded, line);
  EXPECT_EQ(FoldICalLine("UID:x"), "UID:x\r\n");
}

TEST(ICalendar, OneAllDayEventPerStep) {
  Calendar c;
  c.name = "Đối thoại 2025";
  c.stamp = Instant{1735689600};  // 2025-01-01T00:00:00Z
  c.events.push_back({"dialogue-1@example", Date(2025, 3, 28), "Đối thoại, ngày chính",
                      "Chủ trì: Chủ tịch UBND", "Hội trường A; tầng 2", "https://x.vn/d/1"});
  c.events.push_back({"milestone-2@example", Date(2025, 12, 31), "Hạn gửi", "", "", ""});
  std::string ics = WriteICalendar(c);
  auto lines = Lines(ics);
  ASSERT_GE(lines.size(), 4u);
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_NE(ics.find("\r\nDTSTART;VALUE=DATE:20250328\r\nDTEND;VALUE=DATE:20250329\r\n"),
            std::string::npos);
  // The end of the year's last day rolls into the next year.
  EXPECT_NE(ics.find("DTEND;VALUE=DATE:20260101\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20250101T000000Z\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:Đối thoại\\, ngày chính\r\n"), std::string::npos);
  EXPECT_NE(ics.find("LOCATION:Hội trường A\\; tầng 2\r\n"), std::string::npos);
  EXPECT_EQ(ics.find("DESCRIPTION:\r\n"), std::string::npos);  // empty values left out
  size_t events = 0;
  for (const auto& l : lines) events += l == "BEGIN:VEVENT";
  EXPECT_EQ(events, 2u);
}

}  // namespace
}  // namespace doithoai::feed
