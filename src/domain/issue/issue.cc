#include "domain/issue/issue.h"

#include <algorithm>

namespace doithoai {

Result<Routing> ValidateRouting(const RoutingInput& in, Date today, Date held_on) {
  FieldErrors errors;
  Routing out{in.lead, {}, {}};
  auto due = Date::Parse(in.answer_due_on);
  if (!due) {
    errors.Add("answer_due_on", "ngày không hợp lệ (định dạng YYYY-MM-DD)");
  } else if (*due < today) {
    errors.Add("answer_due_on", "hạn trả lời không được ở trong quá khứ");
  } else if (*due < Date(held_on.year(), 1, 1)) {
    errors.Add("answer_due_on", "hạn trả lời không được trước năm tổ chức đối thoại");
  } else if (*due > today.AddDays(kMaxAnswerDays)) {
    errors.Add("answer_due_on", "hạn trả lời quá xa (tối đa " + std::to_string(kMaxAnswerDays) +
                                    " ngày kể từ hôm nay)");
  } else {
    out.answer_due_on = *due;
  }
  for (AgencyId a : in.coordinating) {
    if (a == in.lead) continue;
    if (std::find(out.coordinating.begin(), out.coordinating.end(), a) == out.coordinating.end()) {
      out.coordinating.push_back(a);
    }
  }
  if (out.coordinating.size() > 20) {
    errors.Add("coordinating_agency_ids", "tối đa 20 cơ quan phối hợp");
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

}  // namespace doithoai
