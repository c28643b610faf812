#include "app/rights/request_runner.h"
#include "app/rights/rights_repository.h"

namespace doithoai {

Result<MyData> WithdrawConsent(Context& ctx, const Proof& proof, const std::string& purpose) {
  auto p = ParsePurpose(purpose);
  if (!p) return Error::Invalid("purpose", "phải là contact hoặc publish_text");
  if (*p == Purpose::kAnswer) {
    return Error::Invalid("purpose",
                          "rút đồng ý xử lý câu hỏi là yêu cầu xóa dữ liệu: dùng chức năng xóa");
  }
  return RunDataRequest(ctx, proof, RequestKind::kWithdrawal,
                        [&](Tx& tx, Question& q, Instant now) -> Result<std::string> {
                          for (auto c : tx.rights().Consents(q.id)) {
                            if (c.purpose != *p || !c.InForce()) continue;
                            c.withdrawn_at = now;
                            DT_RETURN_IF_ERROR(tx.rights().SaveConsent(c));
                            return std::string(PurposeName(*p));
                          }
                          return Error(ErrorCode::kConflict,
                                       "Không có sự đồng ý nào đang có hiệu lực cho mục đích này",
                                       {{"purpose", "chưa đồng ý hoặc đã rút trước đó"}});
                        });
}

}  // namespace doithoai
