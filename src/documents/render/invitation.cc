#include "documents/render/invitation.h"

namespace doithoai::documents {

Result<OfficialDocument> BuildInvitation(const InvitationInput& in) {
  FieldErrors errors;
  CheckIssuance(in.issuance, errors);
  if (in.invitee.empty()) errors.Add("invitee", "thiếu người được mời");
  if (in.event.empty()) errors.Add("event", "thiếu tên hội nghị");
  if (in.venue.empty()) errors.Add("venue", "thiếu địa điểm");
  if (!errors.empty()) return errors.ToError();

  OfficialDocument doc = FromIssuance(in.issuance);
  doc.type_name = "GIẤY MỜI";
  doc.symbol = "GM-" + in.issuance.issuer_code;
  doc.summary = "Dự " + LowercaseFirst(in.event);
  std::vector<Block>& b = doc.body;
  b.push_back(Block::Paragraph("Trân trọng kính mời: " + in.invitee + "."));
  b.push_back(Block::Paragraph("Tới dự: " + in.event +
                               (in.chair.empty() ? "" : ", do " + in.chair + " chủ trì") + "."));
  std::string when = "Thời gian: ";
  if (!in.starts_at.empty()) {
    when += in.starts_at.substr(0, 2) + " giờ " + in.starts_at.substr(3, 2) + ", ";
  }
  when += "ngày " + in.held_on.ToVietnamese() + ".";
  b.push_back(Block::Paragraph(when));
  b.push_back(Block::Paragraph("Địa điểm: " + in.venue + "."));
  if (!in.programme.empty()) {
    b.push_back(Block::Paragraph("Chương trình hội nghị:"));
    for (const auto& line : in.programme) b.push_back(Block::Bullet(line));
  }
  b.push_back(Block::Paragraph(
      "Đề nghị đại biểu có mặt trước giờ khai mạc 15 phút, mang theo giấy mời này để đăng ký "
      "tại bàn đón tiếp." +
      (in.contact.empty() ? std::string() : " Liên hệ: " + in.contact + ".")));
  return doc;
}

}  // namespace doithoai::documents
