#include "app/audit_trail.h"
#include "app/rights/request_runner.h"
#include "app/rights/rights_repository.h"

namespace doithoai {

Result<MyData> CorrectMyData(Context& ctx, const Proof& proof, const CorrectionInput& in) {
  DT_ASSIGN_OR_RETURN(CleanCorrection clean, ValidateCorrection(in));
  return RunDataRequest(
      ctx, proof, RequestKind::kCorrection,
      [&](Tx& tx, Question& q, Instant now) -> Result<std::string> {
        if (clean.text && (q.screening != Screening::kNew || q.issue || q.text.empty())) {
          return Error(ErrorCode::kConflict,
                       "Câu hỏi đã được xem xét nên không sửa được nội dung; bạn có thể gửi câu "
                       "hỏi mới",
                       {{"text", "chỉ sửa được nội dung khi câu hỏi chưa được xem xét"}});
        }
        auto before = Snapshot(q);
        std::vector<std::string> changed;
        if (clean.asker_name) {
          q.asker_name = *clean.asker_name;
          changed.push_back("asker_name");
        }
        if (clean.asker_contact) {
          q.asker_contact = *clean.asker_contact;
          changed.push_back("asker_contact");
        }
        if (clean.age) {
          q.age = clean.age;
          changed.push_back("age");
        }
        if (clean.text) {
          q.text = *clean.text;
          changed.push_back("text");
        }
        DT_RETURN_IF_ERROR(tx.questions().Update(q));
        if (q.asker_contact.empty()) {
          for (auto c : tx.rights().Consents(q.id)) {
            if (c.purpose != Purpose::kContact || !c.InForce()) continue;
            c.withdrawn_at = now;
            DT_RETURN_IF_ERROR(tx.rights().SaveConsent(c));
            changed.push_back("contact consent withdrawn");
          }
        }
        DT_RETURN_IF_ERROR(Record(tx, now, std::nullopt, "question.corrected_by_asker", "question",
                                  q.id.value, before, Snapshot(q)));
        std::string detail;
        for (const auto& c : changed) detail += (detail.empty() ? "" : ", ") + c;
        return detail;
      });
}

}  // namespace doithoai
