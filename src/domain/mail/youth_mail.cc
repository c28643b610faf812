#include "domain/mail/youth_mail.h"

namespace doithoai {

const char* YouthEventName(YouthEvent e) {
  switch (e) {
    case YouthEvent::kReceived:
      return "received";
    case YouthEvent::kGrouped:
      return "grouped";
    case YouthEvent::kAnswered:
      return "answered";
    case YouthEvent::kOutOfScope:
      return "out_of_scope";
    case YouthEvent::kDuplicate:
      return "duplicate";
  }
  return "received";
}

YouthMailText YouthMessage(YouthEvent event, std::string_view tracking_code,
                           std::string_view dialogue_title, std::string_view note) {
  const std::string code(tracking_code);
  const std::string title(dialogue_title);
  std::string greeting = "Chào bạn,\n\n";
  switch (event) {
    case YouthEvent::kReceived:
      return {"Đã nhận câu hỏi của bạn — mã theo dõi " + code,
              greeting + "Chúng tôi đã nhận câu hỏi bạn gửi tới chương trình \"" + title +
                  "\".\n\nMã theo dõi của bạn: " + code +
                  "\n\nHãy giữ mã này để tra cứu câu hỏi, và để xem hoặc xoá dữ liệu của bạn.\n"};
    case YouthEvent::kGrouped:
      return {"Câu hỏi " + code + " đã được chuyển xử lý",
              greeting + "Câu hỏi " + code + " của bạn (chương trình \"" + title +
                  "\") đã được gộp vào một nhóm vấn đề để cơ quan có trách nhiệm trả lời.\n"};
    case YouthEvent::kAnswered:
      return {"Câu hỏi " + code + " đã có câu trả lời",
              greeting + "Câu trả lời cho câu hỏi " + code + " của bạn (chương trình \"" + title +
                  "\") đã được duyệt và công bố. Bạn xem câu trả lời ở trang theo dõi bên dưới.\n"};
    case YouthEvent::kOutOfScope:
      return {"Câu hỏi " + code + " không thuộc phạm vi đối thoại",
              greeting + "Câu hỏi " + code + " của bạn (chương trình \"" + title +
                  "\") không thuộc phạm vi của buổi đối thoại nên sẽ không được trả lời tại "
                  "đây.\n\nLý do: " +
                  std::string(note) + "\n"};
    case YouthEvent::kDuplicate:
      return {"Câu hỏi " + code + " trùng với câu hỏi khác",
              greeting + "Câu hỏi " + code + " của bạn (chương trình \"" + title +
                  "\") trùng với một câu hỏi đã có. Câu trả lời cho câu hỏi đó cũng là câu trả "
                  "lời cho bạn; trang theo dõi có đường dẫn tới câu hỏi gốc.\n"};
  }
  return {};
}

std::string YouthMailKey(YouthEvent event, QuestionId question) {
  return "youth:" + std::to_string(question.value) + ":" + YouthEventName(event);
}

std::string TrackingPageUrl(std::string_view base, std::string_view tracking_code) {
  return std::string(base) + "/q/" + std::string(tracking_code);
}

std::string YouthMailFooter(std::string_view tracking_url, std::string_view unsubscribe_url) {
  std::string out = "\nTheo dõi câu hỏi: " + std::string(tracking_url) + "\n";
  if (!unsubscribe_url.empty()) {
    out +=
        "\n--\nBạn nhận thư này vì đã đồng ý nhận thông báo về câu hỏi của mình.\n"
        "Ngừng nhận thư: " +
        std::string(unsubscribe_url) + "\n";
  }
  return out;
}

}  // namespace doithoai
