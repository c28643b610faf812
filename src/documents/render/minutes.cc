#include "documents/render/minutes.h"

namespace doithoai::documents {
namespace {

// What the form prints where the clerk fills in by hand.
constexpr char kBlank[] = "…";

Status CheckInput(const MinutesInput& in) {
  FieldErrors all;
  CheckIssuance(in.issuance, all);
  FieldErrors errors;
  for (const FieldError& f : all.list()) {
    // Minutes are signed by the chair and the secretary as such, not by the issuer's signer.
    if (f.field != "issuance.signer.position") errors.Add(f.field, f.reason);
  }
  if (in.dialogue.empty()) errors.Add("dialogue", "thiếu tên hội nghị đối thoại");
  if (in.venue.empty()) errors.Add("venue", "thiếu địa điểm hội nghị");
  if (in.chair.empty()) errors.Add("chair", "thiếu người chủ trì hội nghị");
  if (in.delegates_present < 0) errors.Add("delegates_present", "không được âm");
  for (size_t i = 0; i < in.exchanges.size(); ++i) {
    if (in.exchanges[i].question.empty()) {
      errors.Add("exchanges[" + std::to_string(i) + "].question", "thiếu nội dung câu hỏi");
    }
  }
  if (!errors.empty()) return errors.ToError();
  return Ok();
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// `s` closed with a full stop unless it already ends a sentence.
std::string Sentence(const std::string& s) {
  for (const char* end : {".", "!", "?", kBlank}) {
    if (EndsWith(s, end)) return s;
  }
  return s + ".";
}

// The non-empty lines of `text`.
std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t nl = text.find('\n', start);
    std::string para = text.substr(start, nl == std::string::npos ? nl : nl - start);
    if (!para.empty()) out.push_back(std::move(para));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string TimeOrBlank(const std::string& at) {
  return at.empty() ? std::string(kBlank) + " giờ " + kBlank : at;
}

void Exchange(std::vector<Block>& b, size_t index, const MinutesExchange& e) {
  b.push_back(Block::Heading3("Câu hỏi số " + std::to_string(index + 1)));
  if (!e.asked_by.empty() || !e.channel.empty()) {
    std::string who = e.asked_by.empty() ? std::string("không nêu tên") : e.asked_by;
    if (!e.channel.empty()) who += " (" + e.channel + ")";
    b.push_back(Block::Paragraph("Người hỏi: " + Sentence(who)));
  }
  b.push_back(Block::Paragraph("Nội dung câu hỏi: " + Sentence(e.question)));
  const std::vector<std::string> answer = Paragraphs(e.answer);
  if (!e.answered_by.empty()) {
    b.push_back(Block::Paragraph("Người trả lời: " + Sentence(e.answered_by)));
  }
  if (!answer.empty()) {
    b.push_back(Block::Paragraph("Ý kiến trả lời: " + answer[0]));
    for (size_t i = 1; i < answer.size(); ++i) b.push_back(Block::Paragraph(answer[i]));
  } else if (e.answered_by.empty()) {
    b.push_back(Block::Paragraph("Chưa được trả lời tại hội nghị."));
  }
  if (!e.outcome.empty()) b.push_back(Block::Paragraph("Kết quả: " + Sentence(e.outcome)));
}

}  // namespace

Result<OfficialDocument> BuildMinutes(const MinutesInput& in) {
  DT_RETURN_IF_ERROR(CheckInput(in));
  OfficialDocument doc = FromIssuance(in.issuance);
  doc.type_name = "BIÊN BẢN";
  doc.symbol = "BB-" + in.issuance.issuer_code;
  doc.summary = CapitalizeFirst(in.dialogue);
  doc.signer = {{}, "CHỦ TỌA", in.issuance.signer.name};
  doc.left_signer = Signer{{}, "THƯ KÝ", in.secretary_name};

  const std::string day = LongDate(in.held_on);
  std::vector<Block>& b = doc.body;
  b.push_back(
      Block::Paragraph("Thời gian bắt đầu: " + TimeOrBlank(in.started_at) + ", " + day + "."));
  b.push_back(Block::Paragraph("Địa điểm: " + Sentence(in.venue)));
  if (in.attendees.empty() && in.delegates_present == 0) {
    b.push_back(Block::Paragraph(std::string("Thành phần tham dự: ") + kBlank));
  } else {
    b.push_back(Block::Paragraph("Thành phần tham dự:"));
    for (const std::string& a : in.attendees) b.push_back(Block::Bullet(a));
    if (in.delegates_present > 0) {
      b.push_back(Block::Bullet("Đại biểu thanh niên: " + std::to_string(in.delegates_present) +
                                " người có mặt."));
    }
  }
  b.push_back(Block::Paragraph("Chủ trì: " + Sentence(in.chair)));
  b.push_back(
      Block::Paragraph("Thư ký (người ghi biên bản): " +
                       (in.secretary.empty() ? std::string(kBlank) : Sentence(in.secretary))));
  b.push_back(Block::Paragraph("Nội dung (theo diễn biến hội nghị):"));

  int section = 0;
  auto heading = [&](const std::string& text) {
    b.push_back(Block::Heading2(std::to_string(++section) + ". " + text));
  };
  if (!in.agenda.empty()) {
    heading("Chương trình hội nghị");
    for (const std::string& item : in.agenda) b.push_back(Block::Bullet(item));
  }
  heading("Ý kiến, kiến nghị của thanh niên và ý kiến trả lời");
  for (size_t i = 0; i < in.exchanges.size(); ++i) Exchange(b, i, in.exchanges[i]);
  if (in.exchanges.empty()) b.push_back(Block::Paragraph("Không có ý kiến, kiến nghị."));
  const std::vector<std::string> closing = Paragraphs(in.closing);
  if (!closing.empty()) {
    heading("Kết luận của chủ trì hội nghị");
    for (const std::string& p : closing) b.push_back(Block::Paragraph(p));
  }
  b.push_back(
      Block::Paragraph("Hội nghị kết thúc vào " + TimeOrBlank(in.ended_at) + ", " + day + "./."));
  return doc;
}

}  // namespace doithoai::documents
