#include "domain/initiative/support.h"

#include <set>

#include "text/field_text.h"

namespace doithoai {

Result<std::vector<Support>> ValidateSupports(const std::vector<SupportInput>& in, Date today) {
  FieldErrors errors;
  std::vector<Support> out;
  if (in.size() > kSupportsMax) {
    errors.Add("supports", "tối đa " + std::to_string(kSupportsMax) + " sáng kiến");
    return errors.ToError();
  }
  std::set<int64_t> seen;
  for (size_t i = 0; i < in.size(); ++i) {
    const std::string at = "supports[" + std::to_string(i) + "]";
    Support s;
    s.initiative = in[i].initiative_id;
    if (s.initiative <= 0) {
      errors.Add(at + ".initiative_id", "thiếu sáng kiến");
    } else if (!seen.insert(s.initiative).second) {
      errors.Add(at + ".initiative_id", "sáng kiến được ghi hai lần");
    }
    if (in[i].mentor_agency_id <= 0) {
      errors.Add(at + ".mentor_agency_id", "thiếu cơ quan cố vấn, hỗ trợ");
    }
    s.mentor = AgencyId(in[i].mentor_agency_id);
    s.funding = text::CleanField(in[i].funding, kFundingMaxChars, at + ".funding", errors);
    auto due = Date::Parse(in[i].due_on);
    if (!due) {
      errors.Add(at + ".due_on", "phải là ngày dạng YYYY-MM-DD");
    } else if (*due < today) {
      errors.Add(at + ".due_on",
                 "hạn hỗ trợ không được trước hôm nay (" + today.ToVietnamese() + ")");
    } else {
      s.due_on = *due;
    }
    out.push_back(std::move(s));
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

}  // namespace doithoai
