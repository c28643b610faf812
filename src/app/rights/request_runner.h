// The shape every data-subject request shares (app/rights/rights.h): the youth proves the
// question is theirs, the work is done, and the request is recorded — done, or refused with
// the reason — in one transaction with the work.
#pragma once

#include <functional>
#include <string>

#include "app/rights/rights.h"

namespace doithoai {

// Does the request's work on `q` (changes are written by `work` itself) and returns what was
// done, for the log. REQUIRES: `work` checks before it writes, so that a refusal
// (ErrorCode::kConflict) leaves nothing behind; the refusal is recorded and returned. Any
// other error aborts the transaction unrecorded.
using RequestWork = std::function<Result<std::string>(Tx& tx, Question& q, Instant now)>;

Result<MyData> RunDataRequest(Context& ctx, const Proof& proof, RequestKind kind,
                              const RequestWork& work);

// Everything held about question `id`, as of this transaction.
MyData CollectMyData(Tx& tx, QuestionId id);

}  // namespace doithoai
