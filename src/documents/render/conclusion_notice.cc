#include "documents/render/conclusion_notice.h"

namespace doithoai::documents {
namespace {

Status CheckInput(const ConclusionNoticeInput& in) {
  FieldErrors errors;
  CheckIssuance(in.issuance, errors);
  if (in.chair.empty()) errors.Add("chair", "thiếu người chủ trì đối thoại");
  if (in.chair_title.empty()) errors.Add("chair_title", "thiếu chức vụ người chủ trì");
  if (in.venue.empty()) errors.Add("venue", "thiếu địa điểm đối thoại");
  if (in.publisher.empty()) errors.Add("publisher", "thiếu cơ quan thông báo");
  for (size_t i = 0; i < in.answered.size(); ++i) {
    if (in.answered[i].issue.empty()) {
      errors.Add("answered[" + std::to_string(i) + "].issue", "thiếu nội dung vấn đề");
    }
  }
  for (size_t i = 0; i < in.forwarded.size(); ++i) {
    const std::string p = "forwarded[" + std::to_string(i) + "]";
    if (in.forwarded[i].issue.empty()) errors.Add(p + ".issue", "thiếu nội dung vấn đề");
    if (in.forwarded[i].agency.empty()) errors.Add(p + ".agency", "thiếu cơ quan có thẩm quyền");
  }
  for (size_t i = 0; i < in.assignments.size(); ++i) {
    const std::string p = "assignments[" + std::to_string(i) + "]";
    if (in.assignments[i].content.empty()) errors.Add(p + ".content", "thiếu nội dung kiến nghị");
    if (in.assignments[i].lead.empty()) errors.Add(p + ".lead", "thiếu cơ quan chủ trì");
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

void NoneIfEmpty(std::vector<Block>& body, bool empty) {
  if (empty) body.push_back(Block::Paragraph("Không có."));
}

}  // namespace

Result<OfficialDocument> BuildConclusionNotice(const ConclusionNoticeInput& in) {
  DT_RETURN_IF_ERROR(CheckInput(in));
  OfficialDocument doc = FromIssuance(in.issuance);
  const std::string year = std::to_string(in.held_on.year());
  doc.type_name = "THÔNG BÁO";
  doc.symbol = "TB-" + in.issuance.issuer_code;
  doc.summary =
      "Kết luận của " + in.chair_title + " tại Chương trình đối thoại với thanh niên năm " + year;

  std::vector<Block>& b = doc.body;
  std::string intro = "Ngày " + std::to_string(in.held_on.day()) + " tháng " +
                      std::to_string(in.held_on.month()) + " năm " + year + ", tại " + in.venue +
                      ", " + in.chair + " đã chủ trì Chương trình đối thoại với thanh niên năm " +
                      year;
  if (!in.theme.empty()) intro += " với chủ đề “" + in.theme + "”";
  intro += ".";
  if (!in.attendees.empty()) intro += " Tham dự có " + in.attendees + ".";
  b.push_back(Block::Paragraph(intro));
  b.push_back(Block::Paragraph(
      "Sau khi nghe thanh niên nêu ý kiến, kiến nghị và ý kiến trả lời của lãnh đạo các cơ quan, "
      "đơn vị, " +
      in.chair_title + " kết luận như sau:"));

  // ND13 Art. 11(1)(a).
  b.push_back(Block::Heading2("1. Các vấn đề thanh niên nêu tại Chương trình đối thoại"));
  for (const std::string& issue : in.issues_raised) b.push_back(Block::Bullet(issue));
  NoneIfEmpty(b, in.issues_raised.empty());
  // (b)
  b.push_back(
      Block::Heading2("2. Các vấn đề đã được trả lời trực tiếp tại Chương trình đối thoại"));
  for (const AnsweredIssue& a : in.answered) {
    std::string text = a.issue;
    if (!a.answered_by.empty()) text += ": " + a.answered_by + " đã trả lời trực tiếp";
    if (!a.answer.empty()) text += (a.answered_by.empty() ? ": " : ". ") + a.answer;
    b.push_back(Block::Bullet(text));
  }
  NoneIfEmpty(b, in.answered.empty());
  // (c)
  b.push_back(Block::Heading2(
      "3. Các vấn đề phức tạp, liên quan đến nhiều ngành, lĩnh vực chuyển cơ quan có thẩm quyền "
      "xem xét, giải quyết"));
  for (const ForwardedIssue& f : in.forwarded) {
    b.push_back(Block::Bullet(f.issue + ": chuyển " + f.agency + " xem xét, giải quyết."));
  }
  NoneIfEmpty(b, in.forwarded.empty());
  // (d)
  b.push_back(Block::Heading2("4. Cơ quan giải quyết các kiến nghị của thanh niên"));
  for (const Recommendation& r : in.assignments) b.push_back(Block::Bullet(AssignmentSentence(r)));
  NoneIfEmpty(b, in.assignments.empty());

  b.push_back(Block::Paragraph(in.publisher +
                               " thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."));
  return doc;
}

std::string AssignmentSentence(const Recommendation& r) {
  std::string s = "Giao " + r.lead;
  if (!r.coordinating.empty()) s += " chủ trì, phối hợp với " + JoinVietnamese(r.coordinating);
  s += " " + r.content;
  if (!r.deadline.empty()) s += "; thời hạn: " + r.deadline;
  return s + ".";
}

TaskTable ConclusionTasks(const ConclusionNoticeInput& in) {
  TaskTable table;
  table.title = "DANH MỤC NHIỆM VỤ THEO KẾT LUẬN CỦA " + ToUpperVietnamese(in.chair_title) +
                " TẠI CHƯƠNG TRÌNH ĐỐI THOẠI VỚI THANH NIÊN NĂM " +
                std::to_string(in.held_on.year());
  const std::string symbol = "TB-" + in.issuance.issuer_code;
  table.subtitle = "(Kèm theo Thông báo số " +
                   (in.issuance.number.empty() ? std::string("     ") : in.issuance.number) + "/" +
                   symbol + (in.issuance.date ? " ngày " + in.issuance.date->ToVietnamese() : "") +
                   ")";
  for (const Recommendation& r : in.assignments) {
    table.tasks.push_back(
        {CapitalizeFirst(r.content), r.lead, r.coordinating, r.deadline, "Chưa thực hiện"});
  }
  return table;
}

}  // namespace doithoai::documents
