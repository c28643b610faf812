#include "app/rights/request_runner.h"

namespace doithoai {

Result<MyData> SeeMyData(Context& ctx, const Proof& proof, RequestKind kind) {
  if (kind != RequestKind::kAccess && kind != RequestKind::kExport) {
    return Error::Internal("SeeMyData: not an access or export request");
  }
  return RunDataRequest(ctx, proof, kind, [&](Tx&, Question&, Instant) -> Result<std::string> {
    return std::string(kind == RequestKind::kAccess ? "đã xem / viewed"
                                                    : "đã tải về JSON / exported as JSON");
  });
}

}  // namespace doithoai
