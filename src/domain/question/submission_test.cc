#include "domain/question/submission.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

SubmissionInput Good() {
  SubmissionInput in;
  in.text = "Thành phố có chính sách gì hỗ trợ thanh niên khởi nghiệp chuyển đổi số?";
  in.age = 22;
  in.consent = true;
  return in;
}

bool HasField(const Error& e, const std::string& field) {
  for (const auto& f : e.fields()) {
    if (f.field == field) return true;
  }
  return false;
}

TEST(Submission, AcceptsAGoodQuestion) {
  auto r = ValidateSubmission(Good());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->age, 22);
}

TEST(Submission, YouthLaw2020_YouthAre16To30) {
  for (int age : {15, 31, 0, -1}) {
    auto in = Good();
    in.age = age;
    auto r = ValidateSubmission(in);
    ASSERT_FALSE(r.ok()) << age;
    EXPECT_TRUE(HasField(r.error(), "age"));
  }
  for (int age : {16, 30}) {
    auto in = Good();
    in.age = age;
    EXPECT_TRUE(ValidateSubmission(in).ok()) << age;
  }
}

TEST(Submission, Pdp91_2025_ConsentMustBeGivenNotAssumed) {
  auto in = Good();
  in.consent = false;
  auto r = ValidateSubmission(in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "consent"));
}

TEST(Submission, ReportsEveryFailingFieldAtOnce) {
  SubmissionInput in;  // nothing filled, no consent
  in.asker_name = std::string(300, 'a');
  auto r = ValidateSubmission(in);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasField(r.error(), "text"));
  EXPECT_TRUE(HasField(r.error(), "age"));
  EXPECT_TRUE(HasField(r.error(), "consent"));
  EXPECT_TRUE(HasField(r.error(), "asker_name"));
}

TEST(Submission, StoresNfcAndRejectsInvalidUtf8) {
  auto in = Good();
  in.text =
      "Vie\xCC\xA3\xCC\x82"
      "c la\xCC\x80m cho thanh nie\xCC\x82n";  // NFD
  auto r = ValidateSubmission(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Việc làm cho thanh niên");
  in.text = "abc \xFF\xFE more text here";
  auto bad = ValidateSubmission(in);
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(HasField(bad.error(), "text"));
}

TEST(Submission, LengthLimits) {
  auto in = Good();
  in.text = "ngắn";
  EXPECT_FALSE(ValidateSubmission(in).ok());
  in.text = std::string(kQuestionMaxChars + 1, 'a');
  EXPECT_FALSE(ValidateSubmission(in).ok());
}

TEST(BatchRow, ValidatesEachCell) {
  BatchRowInput row{"Đề nghị thành phố mở thêm sân chơi cho thanh niên", "Chi đoàn phường Lê Chân",
                    "Nguyễn Văn A", "25", ""};
  auto r = ValidateBatchRow(row);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->represents, 25);
  row.represents = "hai mươi";
  row.age = "15";
  row.branch = "";
  auto bad = ValidateBatchRow(row);
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(HasField(bad.error(), "represents"));
  EXPECT_TRUE(HasField(bad.error(), "age"));
  EXPECT_TRUE(HasField(bad.error(), "branch"));
}

}  // namespace
}  // namespace doithoai
