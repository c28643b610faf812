// What the asker sees on the tracking page: a status derived from the question's screening,
// its issue and the issue's answer. Derived, never stored, so it cannot go stale.
#pragma once

#include <optional>

#include "domain/answer/answer.h"
#include "domain/issue/issue.h"
#include "domain/question/question.h"

namespace doithoai {

enum class PublicStatus {
  kReceived,    // đã tiếp nhận
  kProcessing,  // đang xử lý: accepted, grouped, routed, answer being drafted
  kAnswered,    // đã trả lời: the issue's answer is approved and published
  kDuplicate,   // trùng với câu hỏi khác
  kOutOfScope,  // ngoài phạm vi đối thoại
};
const char* PublicStatusName(PublicStatus s);
const char* PublicStatusLabel(PublicStatus s);  // Vietnamese

PublicStatus PublicStatusOf(const Question& q, const std::optional<Issue>& issue,
                            const std::optional<Answer>& answer);

}  // namespace doithoai
