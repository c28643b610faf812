#include <nlohmann/json.hpp>

#include "app/audit_trail.h"
#include "app/rights/request_runner.h"
#include "app/rights/rights_repository.h"

namespace doithoai {
namespace {

using nlohmann::json;

// Why an unscreened question whose text was deleted leaves the coordinators' queue.
constexpr char kWithdrawnNote[] =
    "Người hỏi đã xóa nội dung câu hỏi (quyền xóa dữ liệu, Luật Bảo vệ dữ liệu cá nhân "
    "91/2025/QH15)";

// Rewrites the fields `erase` names in one snapshot (a JSON object; anything else is left).
std::string Redacted(const std::string& snapshot, const json& erase) {
  if (snapshot.empty()) return snapshot;
  json j = json::parse(snapshot, nullptr, false);
  if (!j.is_object()) return snapshot;
  for (const auto& [field, value] : erase.items()) {
    if (j.contains(field)) j[field] = value;
  }
  return j.dump();
}

Status RedactAuditOf(Tx& tx, std::string_view entity, int64_t id, const json& erase) {
  for (auto e : tx.rights().AuditOf(entity, id)) {
    e.before_json = Redacted(e.before_json, erase);
    e.after_json = Redacted(e.after_json, erase);
    DT_RETURN_IF_ERROR(tx.rights().RedactAudit(e));
  }
  return Ok();
}

// An issue the coordinator titled with the question's own words loses that title too.
Status RetitleIssue(Tx& tx, const Question& q, const std::string& text) {
  if (!q.issue) return Ok();
  auto issue = tx.issues().Find(*q.issue);
  if (!issue || issue->title != text) return Ok();
  issue->title = "Nhóm vấn đề số " + std::to_string(issue->id.value) +
                 " (tên đã xóa theo yêu cầu của người hỏi)";
  DT_RETURN_IF_ERROR(tx.issues().Update(*issue));
  return RedactAuditOf(tx, "issue", issue->id.value, {{"title", issue->title}});
}

}  // namespace

Result<MyData> DeleteMyData(Context& ctx, const Proof& proof, bool keep_text) {
  return RunDataRequest(
      ctx, proof, RequestKind::kDeletion,
      [&](Tx& tx, Question& q, Instant now) -> Result<std::string> {
        const std::string text = q.text;
        q.asker_name.clear();
        q.asker_contact.clear();
        q.age.reset();
        q.asker_unit.reset();
        json erase = {{"asker_name", ""},
                      {"asker_contact", ""},
                      {"age", nullptr},
                      {"asker_unit_id", nullptr}};
        if (!keep_text) {
          q.text.clear();
          erase["text"] = "";
          bool queued = q.screening == Screening::kNew || q.screening == Screening::kAccepted;
          if (!q.issue && queued) {
            q.screening = Screening::kOutOfScope;
            q.screening_note = kWithdrawnNote;
          }
        }
        DT_RETURN_IF_ERROR(tx.questions().Update(q));
        if (!keep_text) DT_RETURN_IF_ERROR(RetitleIssue(tx, q, text));
        DT_RETURN_IF_ERROR(RedactAuditOf(tx, "question", q.id.value, erase));
        for (auto c : tx.rights().Consents(q.id)) {
          if (!c.InForce() || (keep_text && c.purpose == Purpose::kPublishText)) continue;
          c.withdrawn_at = now;
          DT_RETURN_IF_ERROR(tx.rights().SaveConsent(c));
        }
        DT_RETURN_IF_ERROR(Record(tx, now, std::nullopt, "question.personal_data_erased",
                                  "question", q.id.value, nullptr,
                                  {{"id", q.id.value}, {"text_kept", keep_text}}));
        return std::string(keep_text ? "đã xóa thông tin cá nhân, giữ nội dung câu hỏi / "
                                       "identity erased, text kept"
                                     : "đã xóa thông tin cá nhân và nội dung câu hỏi / "
                                       "identity and text erased");
      });
}

}  // namespace doithoai
