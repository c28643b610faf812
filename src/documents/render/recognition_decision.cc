#include "documents/render/recognition_decision.h"

namespace doithoai::documents {

Result<OfficialDocument> BuildRecognitionDecision(const RecognitionDecisionInput& in) {
  FieldErrors errors;
  CheckIssuance(in.issuance, errors);
  if (in.authority.empty()) errors.Add("authority", "thiếu cơ quan quyết định khen thưởng");
  if (in.call_title.empty()) errors.Add("call_title", "thiếu tên cuộc thi, đợt phát động");
  if (in.awardees.empty()) errors.Add("awardees", "chưa có sáng kiến nào được khen thưởng");
  for (size_t i = 0; i < in.awardees.size(); ++i) {
    const std::string at = "awardees[" + std::to_string(i) + "]";
    if (in.awardees[i].authors.empty()) errors.Add(at + ".authors", "thiếu tác giả");
    if (in.awardees[i].initiative.empty()) errors.Add(at + ".initiative", "thiếu tên sáng kiến");
    if (in.awardees[i].award.empty()) errors.Add(at + ".award", "thiếu hình thức khen thưởng");
  }
  if (!errors.empty()) return errors.ToError();

  OfficialDocument doc = FromIssuance(in.issuance);
  doc.type_name = "QUYẾT ĐỊNH";
  doc.symbol = "QĐ/" + in.issuance.issuer_code;
  doc.summary = "Về việc khen thưởng các tác giả, nhóm tác giả có sáng kiến được chọn trong " +
                LowercaseFirst(in.call_title);
  std::vector<Block>& b = doc.body;
  // Decree 30 Appendix I: the deciding authority, then its grounds, then "QUYẾT ĐỊNH:".
  b.push_back(Block::Heading1(ToUpperVietnamese(in.authority)));
  for (const auto& basis : in.bases) b.push_back(Block::Heading3(basis + ";"));
  if (!in.proposal.empty()) b.push_back(Block::Heading3(in.proposal + "."));
  b.push_back(Block::Heading1("QUYẾT ĐỊNH:"));
  b.push_back(Block::Paragraph("Điều 1. Khen thưởng " + std::to_string(in.awardees.size()) +
                               " tác giả, nhóm tác giả có sáng kiến được chọn trong " +
                               LowercaseFirst(in.call_title) + " (danh sách kèm theo):"));
  Table t;
  t.columns = {"STT", "Tác giả, nhóm tác giả", "Đơn vị", "Sáng kiến", "Hình thức khen thưởng"};
  t.column_weights = {1.5, 5, 5, 7, 5};
  for (size_t i = 0; i < in.awardees.size(); ++i) {
    const Awardee& a = in.awardees[i];
    t.rows.push_back({std::to_string(i + 1), a.authors, a.unit, a.initiative, a.award});
  }
  b.push_back(Block::TableBlock(std::move(t)));
  if (in.supports.empty()) {
    b.push_back(Block::Paragraph(
        "Điều 2. Các sáng kiến tại Điều 1 được tiếp tục hỗ trợ triển khai, nhân rộng theo kế "
        "hoạch của " +
        in.authority + "."));
  } else {
    b.push_back(Block::Paragraph(
        "Điều 2. Hỗ trợ triển khai các sáng kiến được chọn; các cơ quan được giao chủ trì hỗ trợ, "
        "báo cáo tiến độ về " +
        in.authority + ":"));
    for (const auto& line : in.supports) b.push_back(Block::Bullet(line));
  }
  b.push_back(
      Block::Paragraph("Điều 3. Văn phòng, các ban và các tập thể, cá nhân có tên tại "
                       "Điều 1 chịu trách nhiệm thi hành Quyết định này."));
  return doc;
}

}  // namespace doithoai::documents
