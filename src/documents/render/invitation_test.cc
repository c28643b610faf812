#include "documents/render/invitation.h"

#include <gtest/gtest.h>

#include "documents/render/docx_renderer.h"
#include "documents/render/pdf_renderer.h"
#include "documents/render/render_samples.h"

namespace doithoai::documents {
namespace {

InvitationInput Sample() {
  InvitationInput in;
  in.issuance = samples::ConclusionNotice().issuance;
  in.invitee = "Ông (bà) Nguyễn Văn An, Bí thư Chi đoàn, Phường An Biên";
  in.event = "Hội nghị đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm 2026";
  in.chair = "Chủ tịch UBND thành phố";
  in.held_on = Date(2026, 3, 26);
  in.starts_at = "08:00";
  in.venue = "Nhà hát thành phố";
  in.programme = {"08:00 – Khai mạc", "08:30 – Đối thoại trực tiếp"};
  return in;
}

std::string BodyText(const OfficialDocument& d) {
  std::string all;
  for (const auto& b : d.body) all += b.text + "\n";
  return all;
}

TEST(BuildInvitation, NamesTheInviteeTheEventTheTimeAndThePlace) {
  auto doc = BuildInvitation(Sample());
  ASSERT_TRUE(doc.ok()) << doc.error().message();
  EXPECT_EQ(doc->type_name, "GIẤY MỜI");
  EXPECT_EQ(doc->symbol.rfind("GM-", 0), 0u);
  EXPECT_EQ(doc->summary,
            "Dự hội nghị đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm 2026");
  std::string body = BodyText(*doc);
  EXPECT_NE(body.find("Trân trọng kính mời: Ông (bà) Nguyễn Văn An"), std::string::npos);
  EXPECT_NE(body.find("Thời gian: 08 giờ 00, ngày 26/03/2026."), std::string::npos);
  EXPECT_NE(body.find("Địa điểm: Nhà hát thành phố."), std::string::npos);
  EXPECT_NE(body.find("08:30 – Đối thoại trực tiếp"), std::string::npos);
}

TEST(BuildInvitation, NamesEachMissingInput) {
  InvitationInput in = Sample();
  in.invitee = "";
  in.venue = "";
  auto doc = BuildInvitation(in);
  ASSERT_FALSE(doc.ok());
  std::vector<std::string> fields;
  for (const auto& f : doc.error().fields()) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"invitee", "venue"}));
}

TEST(BuildInvitation, RendersToDocxAndPdf) {
  auto doc = BuildInvitation(Sample());
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
