#include "domain/mail/email_address.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

std::string Reason(std::string_view text) {
  auto r = ValidateEmailAddress("email", text);
  if (r.ok()) return "";
  EXPECT_EQ(r.error().fields().at(0).field, "email");
  return r.error().fields().at(0).reason;
}

TEST(EmailAddress, AcceptsPlainAddressesTrimmedWithTheDomainLowerCased) {
  EXPECT_EQ(ValidateEmailAddress("email", " Lan.Nguyen+hoi@Gmail.COM ").value(),
            "Lan.Nguyen+hoi@gmail.com");
  EXPECT_EQ(ValidateEmailAddress("email", "a@b.vn").value(), "a@b.vn");
}

TEST(EmailAddress, RefusesWhatIsNotAnAddressSayingWhy) {
  EXPECT_EQ(Reason(""), "chưa nhập địa chỉ e-mail");
  EXPECT_EQ(Reason("lan.gmail.com"), "địa chỉ e-mail không hợp lệ: thiếu @");
  EXPECT_EQ(Reason("@gmail.com"), "địa chỉ e-mail không hợp lệ: thiếu phần tên trước @");
  EXPECT_NE(Reason("lan@localhost").find("phải có dấu chấm"), std::string::npos);
  EXPECT_NE(Reason("lan@-x.vn").find("tên miền"), std::string::npos);
  EXPECT_NE(Reason("lan..a@x.vn").find("dấu chấm"), std::string::npos);
  EXPECT_NE(Reason("lân@x.vn").find("không dấu"), std::string::npos);
  EXPECT_NE(Reason("lan @x.vn").find("không dấu cách"), std::string::npos);
  EXPECT_NE(Reason("a\"b@x.vn").find("'\"'"), std::string::npos);
  EXPECT_NE(Reason(std::string(250, 'a') + "@x.vn").find("254"), std::string::npos);
}

TEST(EmailAddress, RefusesLineBreaksAndSecondRecipients) {
  EXPECT_EQ(Reason("a@x.vn\r\nBcc: b@y.vn"), "địa chỉ e-mail không được chứa xuống dòng");
  EXPECT_FALSE(LooksLikeEmailAddress("a@x.vn,b@y.vn"));
  EXPECT_FALSE(LooksLikeEmailAddress("Lan <a@x.vn>"));
  EXPECT_FALSE(LooksLikeEmailAddress("0912345678"));
  EXPECT_TRUE(LooksLikeEmailAddress("a@x.vn"));
}

}  // namespace
}  // namespace doithoai
