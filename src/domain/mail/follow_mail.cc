#include "domain/mail/follow_mail.h"

namespace doithoai {
namespace {

constexpr size_t kTitleInSubject = 120;  // bytes; the subject stays one readable line

// The title cut at a character boundary and flattened to one line (no header injection: the
// MIME writer refuses line breaks anyway).
std::string SubjectTitle(std::string_view title) {
  std::string out;
  for (char c : title) out += (c == '\r' || c == '\n') ? ' ' : c;
  if (out.size() > kTitleInSubject) {
    size_t cut = kTitleInSubject;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…";
  }
  return out;
}

}  // namespace

FollowMessage FollowConfirmMessage(std::string_view title) {
  return {"Xác nhận theo dõi: " + SubjectTitle(title),
          "Chào bạn,\n\nCó người (có thể là bạn) đã đăng ký nhận thư khi có câu trả lời cho vấn "
          "đề:\n\n  " +
              std::string(title) +
              "\n\nNếu đúng là bạn, hãy mở đường dẫn xác nhận dưới đây. Nếu không, bạn chỉ cần "
              "bỏ qua thư này: bạn sẽ không nhận thêm thư nào.\n"};
}

FollowMessage FollowAnsweredMessage(std::string_view title, std::string_view answer) {
  return {"Đã có câu trả lời: " + SubjectTitle(title),
          "Chào bạn,\n\nVấn đề bạn theo dõi đã có câu trả lời được công bố:\n\n  " +
              std::string(title) + "\n\n" + std::string(answer) + "\n"};
}

std::string FollowMailFooter(std::string_view confirm_url, std::string_view page_url,
                             std::string_view unsubscribe_url) {
  std::string out;
  if (!confirm_url.empty()) out += "\nXác nhận theo dõi: " + std::string(confirm_url) + "\n";
  out += "\nXem trên trang công khai: " + std::string(page_url) + "\n";
  if (!unsubscribe_url.empty()) {
    out +=
        "\n--\nBạn nhận thư này vì địa chỉ của bạn được đăng ký theo dõi vấn đề trên.\n"
        "Ngừng nhận thư: " +
        std::string(unsubscribe_url) + "\n";
  }
  return out;
}

}  // namespace doithoai
