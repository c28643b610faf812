// Who keeps the record of a dialogue day (issue 15): the secretariat — the host unit's
// coordinators (Home Affairs) and its Youth Union officers, who moderate and take the minutes —
// enters the questions raised, what was answered and the outcome, and puts a question on the
// hall's screen. Leaders watch the console (CanHandleQuestions); the screen itself is public.
#pragma once

#include <string_view>

#include "domain/access/role.h"

namespace doithoai {

bool CanKeepLiveRecord(const Actor& actor, std::string_view unit_path);

}  // namespace doithoai
