#include "documents/render/relay_letter.h"

namespace doithoai::documents {
namespace {

Status CheckInput(const RelayLetterInput& in) {
  FieldErrors errors;
  CheckIssuance(in.issuance, errors);
  if (in.field_code.empty() && NeedsDraftingUnit(in.family)) {
    errors.Add("field_code", "thiếu ký hiệu đơn vị soạn thảo");
  }
  if (in.source.empty()) errors.Add("source", "thiếu văn bản được triển khai");
  if (in.subject.empty()) errors.Add("subject", "thiếu trích yếu");
  if (in.addressed.empty()) errors.Add("addressed", "công văn phải có nơi nhận ở mục Kính gửi");
  if (in.host.empty()) errors.Add("host", "thiếu cơ quan ban hành");
  if (in.monitor.empty()) errors.Add("monitor", "thiếu cơ quan theo dõi, đôn đốc");
  if (in.assignments.empty()) errors.Add("assignments", "chưa giao nhiệm vụ nào");
  for (size_t i = 0; i < in.assignments.size(); ++i) {
    const std::string p = "assignments[" + std::to_string(i) + "]";
    if (in.assignments[i].agency.empty()) errors.Add(p + ".agency", "thiếu cơ quan được giao");
    if (in.assignments[i].tasks.empty()) errors.Add(p + ".tasks", "chưa có nhiệm vụ");
    for (size_t j = 0; j < in.assignments[i].tasks.size(); ++j) {
      if (in.assignments[i].tasks[j].content.empty()) {
        errors.Add(p + ".tasks[" + std::to_string(j) + "].content", "thiếu nội dung nhiệm vụ");
      }
    }
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

std::string TaskSentence(const RelayTask& t, const RelayAssignment& a) {
  std::string s = t.content;
  if (!a.coordinating.empty()) {
    s = "Chủ trì, phối hợp với " + JoinVietnamese(a.coordinating) + " " + LowercaseFirst(s);
  }
  while (!s.empty() && (s.back() == '.' || s.back() == ';')) s.pop_back();
  if (!t.deadline.empty()) s += "; thời hạn: " + t.deadline;
  return s + ".";
}

}  // namespace

Result<OfficialDocument> BuildRelayLetter(const RelayLetterInput& in) {
  DT_RETURN_IF_ERROR(CheckInput(in));
  OfficialDocument doc = FromIssuance(in.issuance);
  doc.letter = true;
  doc.symbol = LetterSymbol(in.family, in.issuance.issuer_code, in.field_code);
  doc.summary = "triển khai thực hiện " + in.subject;
  doc.addressed = in.addressed;
  doc.copies.insert(doc.copies.begin(), "Như trên");

  std::vector<Block>& b = doc.body;
  b.push_back(Block::Paragraph("Thực hiện " + in.source + " (gửi kèm theo), " + in.host +
                               " có ý kiến như sau:"));
  size_t n = 0;
  for (const RelayAssignment& a : in.assignments) {
    b.push_back(Block::Heading2(std::to_string(++n) + ". " + (a.request ? "Đề nghị " : "Giao ") +
                                a.agency));
    for (const RelayTask& t : a.tasks) b.push_back(Block::Bullet(TaskSentence(t, a)));
  }
  b.push_back(Block::Heading2(std::to_string(++n) + ". Giao " + in.monitor));
  b.push_back(
      Block::Paragraph("Theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực "
                       "hiện; tổng hợp, báo cáo " +
                       in.host + " kết quả thực hiện theo quy định."));
  b.push_back(Block::Paragraph(
      "Trong quá trình tổ chức triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn "
      "vị, địa phương thông tin về " +
      in.monitor + " để tổng hợp, báo cáo " + in.host + " xem xét, quyết định./."));
  return doc;
}

TaskTable RelayTasks(const RelayLetterInput& in) {
  TaskTable table;
  table.title = "DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN " + ToUpperVietnamese(in.subject);
  table.subtitle = "(Kèm theo Công văn số " +
                   (in.issuance.number.empty() ? std::string("     ") : in.issuance.number) +
                   in.issuance.header.joint +
                   LetterSymbol(in.family, in.issuance.issuer_code, in.field_code) +
                   (in.issuance.date ? " ngày " + in.issuance.date->ToVietnamese() : "") + ")";
  for (const RelayAssignment& a : in.assignments) {
    for (const RelayTask& t : a.tasks) {
      table.tasks.push_back(
          {CapitalizeFirst(t.content), a.agency, a.coordinating, t.deadline, "Chưa thực hiện"});
    }
  }
  return table;
}

}  // namespace doithoai::documents
