#include "domain/mail/youth_mail.h"

#include <gtest/gtest.h>

#include <set>

namespace doithoai {
namespace {

TEST(YouthMail, TheReceiptCarriesTheTrackingCode) {
  auto m = YouthMessage(YouthEvent::kReceived, "DT25-ABCD-EFGH", "Đối thoại 2025", "");
  EXPECT_NE(m.subject.find("DT25-ABCD-EFGH"), std::string::npos);
  EXPECT_NE(m.subject.find("Đã nhận câu hỏi"), std::string::npos);
  EXPECT_NE(m.body.find("Mã theo dõi của bạn: DT25-ABCD-EFGH"), std::string::npos);
  EXPECT_NE(m.body.find("\"Đối thoại 2025\""), std::string::npos);
  EXPECT_EQ(m.subject.find('\n'), std::string::npos);
}

TEST(YouthMail, OutOfScopeGivesTheCoordinatorsReason) {
  auto m = YouthMessage(YouthEvent::kOutOfScope, "C1", "Đ", "Thuộc thẩm quyền của Bộ Y tế");
  EXPECT_NE(m.subject.find("không thuộc phạm vi"), std::string::npos);
  EXPECT_NE(m.body.find("Lý do: Thuộc thẩm quyền của Bộ Y tế"), std::string::npos);
  // The note appears only for out of scope.
  auto g = YouthMessage(YouthEvent::kGrouped, "C1", "Đ", "ghi chú nội bộ");
  EXPECT_EQ(g.body.find("ghi chú nội bộ"), std::string::npos);
}

TEST(YouthMail, EachEventHasItsOwnSubjectAndKey) {
  std::set<std::string> subjects, keys;
  for (auto e : {YouthEvent::kReceived, YouthEvent::kGrouped, YouthEvent::kAnswered,
                 YouthEvent::kOutOfScope, YouthEvent::kDuplicate}) {
    subjects.insert(YouthMessage(e, "C1", "Đ", "lý do").subject);
    keys.insert(YouthMailKey(e, QuestionId(12)));
  }
  EXPECT_EQ(subjects.size(), 5u);
  EXPECT_EQ(keys.size(), 5u);
  EXPECT_EQ(YouthMailKey(YouthEvent::kAnswered, QuestionId(12)), "youth:12:answered");
  EXPECT_NE(YouthMessage(YouthEvent::kAnswered, "C1", "Đ", "").subject.find("đã có câu trả lời"),
            std::string::npos);
}

TEST(YouthMail, TheFooterLinksTheTrackingPageAndTheUnsubscribe) {
  std::string url = TrackingPageUrl("https://doithoai.vn", "DT25-ABCD");
  EXPECT_EQ(url, "https://doithoai.vn/q/DT25-ABCD");
  std::string f = YouthMailFooter(url, "https://doithoai.vn/api/unsubscribe?token=x.y");
  EXPECT_NE(f.find("Theo dõi câu hỏi: https://doithoai.vn/q/DT25-ABCD\n"), std::string::npos);
  EXPECT_NE(f.find("Ngừng nhận thư: https://doithoai.vn/api/unsubscribe?token=x.y"),
            std::string::npos);
  EXPECT_EQ(YouthMailFooter(url, "").find("Ngừng nhận thư"), std::string::npos);
}

}  // namespace
}  // namespace doithoai
