#include "domain/question/public_status.h"

namespace doithoai {

const char* PublicStatusName(PublicStatus s) {
  switch (s) {
    case PublicStatus::kReceived:
      return "received";
    case PublicStatus::kProcessing:
      return "processing";
    case PublicStatus::kAnswered:
      return "answered";
    case PublicStatus::kDuplicate:
      return "duplicate";
    case PublicStatus::kOutOfScope:
      return "out_of_scope";
  }
  return "received";
}

const char* PublicStatusLabel(PublicStatus s) {
  switch (s) {
    case PublicStatus::kReceived:
      return "Đã tiếp nhận";
    case PublicStatus::kProcessing:
      return "Đang xử lý";
    case PublicStatus::kAnswered:
      return "Đã trả lời";
    case PublicStatus::kDuplicate:
      return "Trùng với câu hỏi đã có";
    case PublicStatus::kOutOfScope:
      return "Ngoài phạm vi đối thoại";
  }
  return "Đã tiếp nhận";
}

PublicStatus PublicStatusOf(const Question& q, const std::optional<Issue>& issue,
                            const std::optional<Answer>& answer) {
  if (answer && answer->IsPublished()) return PublicStatus::kAnswered;
  if (q.screening == Screening::kOutOfScope) return PublicStatus::kOutOfScope;
  if (q.screening == Screening::kDuplicate && !issue) return PublicStatus::kDuplicate;
  if (q.screening == Screening::kAccepted || issue) return PublicStatus::kProcessing;
  return PublicStatus::kReceived;
}

}  // namespace doithoai
