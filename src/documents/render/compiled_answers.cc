#include "documents/render/compiled_answers.h"

namespace doithoai::documents {
namespace {

Status CheckInput(const CompiledAnswersInput& in) {
  FieldErrors errors;
  CheckIssuance(in.issuance, errors);
  if (in.dialogue.empty()) errors.Add("dialogue", "thiếu tên chương trình đối thoại");
  if (in.compiler.empty()) errors.Add("compiler", "thiếu cơ quan tổng hợp");
  if (in.questions_received < 0) errors.Add("questions_received", "không được âm");
  for (size_t i = 0; i < in.issues.size(); ++i) {
    const std::string p = "issues[" + std::to_string(i) + "]";
    if (in.issues[i].topic.empty()) errors.Add(p + ".topic", "thiếu tên nhóm vấn đề");
    if (!in.issues[i].answer.empty() && in.issues[i].agency.empty()) {
      errors.Add(p + ".agency", "thiếu cơ quan trả lời");
    }
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

}  // namespace

Result<OfficialDocument> BuildCompiledAnswers(const CompiledAnswersInput& in) {
  DT_RETURN_IF_ERROR(CheckInput(in));
  OfficialDocument doc = FromIssuance(in.issuance);
  doc.type_name = "BÁO CÁO";
  doc.symbol = "BC-" + in.issuance.issuer_code;
  doc.summary = "Tổng hợp ý kiến trả lời câu hỏi, kiến nghị của thanh niên tại " + in.dialogue;
  doc.addressed = in.addressed;

  size_t listed = 0, answered = 0;
  for (const CompiledIssue& issue : in.issues) {
    listed += issue.questions.size();
    answered += issue.answer.empty() ? 0 : 1;
  }
  const size_t received = in.questions_received > 0 ? in.questions_received : listed;
  std::vector<Block>& b = doc.body;
  b.push_back(Block::Paragraph(in.compiler + " đã tiếp nhận " + std::to_string(received) +
                               " câu hỏi, ý kiến, kiến nghị của thanh niên gửi tới " + in.dialogue +
                               ", tổng hợp thành " + std::to_string(in.issues.size()) +
                               " nhóm vấn đề; " + std::to_string(answered) +
                               " nhóm vấn đề đã có ý kiến trả lời của cơ quan có thẩm quyền. " +
                               in.compiler + " tổng hợp như sau:"));
  for (size_t i = 0; i < in.issues.size(); ++i) {
    const CompiledIssue& issue = in.issues[i];
    b.push_back(Block::Heading2(std::to_string(i + 1) + ". " + issue.topic));
    b.push_back(Block::Heading3("a) Câu hỏi, kiến nghị của thanh niên"));
    for (const CompiledQuestion& q : issue.questions) {
      b.push_back(Block::Bullet(q.asked_by.empty() ? q.text : q.text + " (" + q.asked_by + ")"));
    }
    if (issue.answer.empty()) {
      b.push_back(Block::Heading3("b) Trả lời"));
      b.push_back(Block::Paragraph("Chưa có ý kiến trả lời."));
      continue;
    }
    b.push_back(Block::Heading3("b) Trả lời của " + issue.agency));
    size_t start = 0;
    while (start <= issue.answer.size()) {
      const size_t nl = issue.answer.find('\n', start);
      const std::string para =
          issue.answer.substr(start, nl == std::string::npos ? nl : nl - start);
      if (!para.empty()) b.push_back(Block::Paragraph(para));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
  }
  const std::string to = in.addressed.empty() ? std::string("cấp có thẩm quyền") : in.addressed[0];
  b.push_back(Block::Paragraph(
      "Trên đây là tổng hợp ý kiến trả lời câu hỏi, kiến nghị của thanh "
      "niên tại " +
      in.dialogue + ", " + in.compiler + " kính báo cáo " + to + " xem xét, chỉ đạo./."));
  return doc;
}

}  // namespace doithoai::documents
