// Retention of youths' identities (PDP Law 91/2025; app/rights: EraseExpiredIdentities), run
// by the server on the reminders' timer and by the `retention` command. Idempotent: each run
// erases only what expired since the last one.
#pragma once

#include <chrono>

#include "app/context.h"
#include "http/server/server.h"

namespace doithoai::cli {

// `months` 0: never (the job does nothing). `ctx` must outlive the server.
http::PeriodicJob RetentionJob(Context& ctx, int months, std::chrono::minutes every);

}  // namespace doithoai::cli
