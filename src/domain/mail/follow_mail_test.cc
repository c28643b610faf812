#include "domain/mail/follow_mail.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

TEST(FollowMail, TheConfirmationNamesTheIssueAndSaysHowToIgnoreIt) {
  auto m = FollowConfirmMessage("Vốn vay khởi nghiệp");
  EXPECT_EQ(m.subject, "Xác nhận theo dõi: Vốn vay khởi nghiệp");
  EXPECT_NE(m.body.find("Vốn vay khởi nghiệp"), std::string::npos);
  EXPECT_NE(m.body.find("bỏ qua thư này"), std::string::npos);
}

TEST(FollowMail, SubjectsStayOneLineAndShortWhateverTheTitle) {
  auto m = FollowAnsweredMessage("Dòng một\r\nBcc: lan@example.vn", "Trả lời");
  EXPECT_EQ(m.subject.find('\n'), std::string::npos);
  EXPECT_EQ(m.subject.find('\r'), std::string::npos);
  std::string long_title;
  for (int i = 0; i < 100; ++i) long_title += "việc ";
  auto s = FollowAnsweredMessage(long_title, "x").subject;
  EXPECT_LT(s.size(), 170u);
  EXPECT_TRUE(s.ends_with("…"));
}

TEST(FollowMail, TheFooterCarriesTheLinksGiven) {
  std::string f = FollowMailFooter("https://a/confirm", "https://a/d/1#issue-2", "https://a/u");
  EXPECT_NE(f.find("Xác nhận theo dõi: https://a/confirm"), std::string::npos);
  EXPECT_NE(f.find("https://a/d/1#issue-2"), std::string::npos);
  EXPECT_NE(f.find("Ngừng nhận thư: https://a/u"), std::string::npos);
  f = FollowMailFooter("", "https://a/d/1#issue-2", "");
  EXPECT_EQ(f.find("Xác nhận"), std::string::npos);
  EXPECT_EQ(f.find("Ngừng"), std::string::npos);
}

}  // namespace
}  // namespace doithoai
