#include "domain/task/evidence.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

const std::string kPdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "rest";
const std::string kDocx =
    std::string("PK\x03\x04", 4) + "....[Content_Types].xml....word/document.xml";

TEST(Evidence, AcceptsKnownTypesByTheirBytes) {
  auto pdf = CheckEvidence("Báo cáo tiến độ.pdf", kPdf);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message();
  EXPECT_EQ(pdf->content_type, "application/pdf");
  EXPECT_TRUE(CheckEvidence("anh.PNG", kPng).ok());
  EXPECT_EQ(CheckEvidence("bien-ban.docx", kDocx)->extension, "docx");
  EXPECT_TRUE(CheckEvidence("photo.jpeg", "\xFF\xD8\xFF\xE0rest").ok());
}

TEST(Evidence, RefusesWhatItCannotVouchFor) {
  auto exe = CheckEvidence("baocao.pdf", "MZ\x90\x00 this is a program");
  ASSERT_FALSE(exe.ok());
  EXPECT_EQ(exe.error().fields().at(0).field, "file");
  auto renamed = CheckEvidence("baocao.pdf", kPng);  // a PNG called .pdf
  ASSERT_FALSE(renamed.ok());
  EXPECT_EQ(renamed.error().fields().at(0).field, "file_name");
  EXPECT_EQ(CheckEvidence("", kPdf).error().fields().at(0).field, "file_name");
  EXPECT_EQ(CheckEvidence("a.pdf", "").error().fields().at(0).field, "file");
  EXPECT_EQ(CheckEvidence(std::string(201, 'a') + ".pdf", kPdf).error().fields().at(0).field,
            "file_name");
  std::string big = kPdf + std::string(kEvidenceMaxBytes, ' ');
  EXPECT_EQ(CheckEvidence("big.pdf", big).error().code(), ErrorCode::kTooLarge);
  EXPECT_FALSE(CheckEvidence("zip.docx", std::string("PK\x03\x04", 4) + "plain zip").ok());
}

TEST(Evidence, KeepsOnlyTheLastPathComponentWithoutControls) {
  EXPECT_EQ(CleanEvidenceName("C:\\Users\\an\\bao\x01 cao.pdf"), "bao cao.pdf");
  EXPECT_EQ(CleanEvidenceName("../../etc/passwd.pdf"), "passwd.pdf");
}

}  // namespace
}  // namespace doithoai
