#include "app/question/questions.h"
#include "domain/question/age_band.h"

namespace doithoai {

StaffQuestion StaffViewOf(Question q, bool asker_visible) {
  StaffQuestion v;
  if (auto band = AgeBand(q.age)) v.age_band = std::string(*band);
  v.asker_visible = asker_visible;
  v.has_contact = asker_visible && !q.asker_contact.empty();
  q.asker_contact.clear();
  if (!asker_visible) {
    q.asker_name.clear();
    q.age.reset();
    q.asker_unit.reset();
  }
  v.question = std::move(q);
  return v;
}

}  // namespace doithoai
