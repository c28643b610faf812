// "Tôi cũng muốn hỏi điều này" (issue 14): a visitor who wants to ask what an issue already
// asks adds their support to it instead of sending a duplicate question. Each client counts
// once per issue; only issues the public can see take support.
#pragma once

#include <optional>

#include "domain/answer/answer.h"

namespace doithoai {

// An issue is public when its dialogue is (domain/access/dialogue_access.h: IsDialoguePublic,
// the accountability page lists its questions under it) or when its answer is published (the
// answers page shows it whatever the dialogue's state).
bool IssueTakesSupport(bool dialogue_public, const std::optional<Answer>& answer);

}  // namespace doithoai
