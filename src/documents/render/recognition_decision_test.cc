#include "documents/render/recognition_decision.h"

#include <gtest/gtest.h>

#include "documents/render/docx_renderer.h"
#include "documents/render/pdf_renderer.h"

namespace doithoai::documents {
namespace {

RecognitionDecisionInput Sample() {
  RecognitionDecisionInput in;
  in.issuance.header.title = "ĐOÀN TNCS HỒ CHÍ MINH";
  in.issuance.header.motto = "";
  in.issuance.header.mark = "***";
  in.issuance.header.joint = '-';
  in.issuance.issuer = "THÀNH ĐOÀN HẢI PHÒNG";
  in.issuance.issuer_code = "TĐTN";
  in.issuance.place = "Hải Phòng";
  in.issuance.year = 2025;
  in.issuance.signer.authority = {"TM. BAN THƯỜNG VỤ"};
  in.issuance.signer.position = "BÍ THƯ";
  in.authority = "Ban Thường vụ Thành đoàn Hải Phòng";
  in.call_title = "Cuộc thi Ý tưởng sáng tạo thanh niên Hải Phòng năm 2025";
  in.bases = {"Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh"};
  in.proposal = "Xét kết quả chấm của Hội đồng";
  in.awardees = {{"Nguyễn Minh Anh, Trần Đức Huy", "Đoàn Trường Đại học Hàng hải Việt Nam",
                  "Bản đồ số các điểm thu gom pin", "Giấy khen của Ban Thường vụ Thành đoàn"}};
  return in;
}

TEST(BuildRecognitionDecision, ADecisionWithItsGroundsAndOneRowPerAwardee) {
  auto doc = BuildRecognitionDecision(Sample());
  ASSERT_TRUE(doc.ok()) << doc.error().message();
  EXPECT_EQ(doc->type_name, "QUYẾT ĐỊNH");
  EXPECT_EQ(doc->symbol, "QĐ/TĐTN");
  EXPECT_EQ(doc->summary.rfind("Về việc khen thưởng", 0), 0u);
  EXPECT_EQ(doc->body.at(0).text, "BAN THƯỜNG VỤ THÀNH ĐOÀN HẢI PHÒNG");
  EXPECT_EQ(doc->body.at(1).text, "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;");
  const Block* table = nullptr;
  for (const auto& b : doc->body) {
    if (b.kind == Block::Kind::kTable) table = &b;
  }
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->table.rows.size(), 1u);
  EXPECT_EQ(table->table.rows[0][3], "Bản đồ số các điểm thu gom pin");
  EXPECT_TRUE(ValidateDocument(*doc).ok());
}

TEST(BuildRecognitionDecision, EachSupportIsALineOfArticleTwo) {
  RecognitionDecisionInput in = Sample();
  in.supports = {"Sở Khoa học và Công nghệ: hỗ trợ triển khai sáng kiến, trước ngày 30/09/2026."};
  auto doc = BuildRecognitionDecision(in);
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> bullets;
  for (const auto& b : doc->body) {
    if (b.kind == Block::Kind::kBullet) bullets.push_back(b.text);
  }
  EXPECT_EQ(bullets, in.supports);
  bool article = false;
  for (const auto& b : doc->body)
    article = article || b.text.starts_with("Điều 2. Hỗ trợ triển khai");
  EXPECT_TRUE(article);
}

TEST(BuildRecognitionDecision, NamesEachMissingInput) {
  RecognitionDecisionInput in = Sample();
  in.authority = "";
  in.awardees[0].award = "";
  auto doc = BuildRecognitionDecision(in);
  ASSERT_FALSE(doc.ok());
  std::vector<std::string> fields;
  for (const auto& f : doc.error().fields()) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"authority", "awardees[0].award"}));
  in = Sample();
  in.awardees.clear();
  EXPECT_EQ(BuildRecognitionDecision(in).error().fields().at(0).field, "awardees");
}

TEST(BuildRecognitionDecision, RendersToDocxAndPdf) {
  auto doc = BuildRecognitionDecision(Sample());
  ASSERT_TRUE(doc.ok());
  auto docx = RenderDocx(*doc);
  ASSERT_TRUE(docx.ok()) << docx.error().message();
  EXPECT_EQ(docx->substr(0, 2), "PK");
  auto pdf = RenderPdf(*doc);
  ASSERT_TRUE(pdf.ok()) << pdf.error().message();
  EXPECT_EQ(pdf->substr(0, 5), "%PDF-");
}

}  // namespace
}  // namespace doithoai::documents
