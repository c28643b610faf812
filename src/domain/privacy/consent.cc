#include "domain/privacy/consent.h"

#include <algorithm>

namespace doithoai {
namespace {

constexpr ConsentText kTexts[] = {
    {Purpose::kAnswer, true,
     "Tôi đồng ý để cơ quan tổ chức đối thoại xử lý dữ liệu cá nhân tôi cung cấp (tuổi, họ tên, "
     "liên hệ) chỉ nhằm tiếp nhận và trả lời câu hỏi này, theo Luật Bảo vệ dữ liệu cá nhân số "
     "91/2025/QH15.",
     "I agree that the organisers process the personal data I give (age, name, contact) only to "
     "receive and answer this question, under the Personal Data Protection Law 91/2025/QH15."},
    {Purpose::kContact, false,
     "Nhận thông báo về câu hỏi (khi có câu trả lời, kết quả thực hiện) qua điện thoại hoặc thư "
     "điện tử tôi để lại.",
     "Notify me about this question (answer published, results) at the phone or e-mail I gave."},
    {Purpose::kPublishText, false,
     "Cho phép công khai nội dung câu hỏi cùng câu trả lời (không kèm họ tên, liên hệ).",
     "The text of my question may be published with its answer (never my name or contact)."},
};

}  // namespace

const char* PurposeName(Purpose p) {
  switch (p) {
    case Purpose::kAnswer:
      return "answer";
    case Purpose::kContact:
      return "contact";
    case Purpose::kPublishText:
      return "publish_text";
  }
  return "answer";
}

std::optional<Purpose> ParsePurpose(std::string_view name) {
  for (auto p : kPurposes) {
    if (name == PurposeName(p)) return p;
  }
  return std::nullopt;
}

const ConsentText& ConsentTextOf(Purpose p) {
  for (const auto& t : kTexts) {
    if (t.purpose == p) return t;
  }
  return kTexts[0];
}

bool ConsentInForce(std::span<const Consent> consents, Purpose purpose) {
  return std::any_of(consents.begin(), consents.end(),
                     [&](const Consent& c) { return c.purpose == purpose && c.InForce(); });
}

bool MayPublishText(const Question& q, bool publish_text_in_force) {
  if (q.text.empty()) return false;
  return q.channel != Channel::kWeb || publish_text_in_force;
}

}  // namespace doithoai
