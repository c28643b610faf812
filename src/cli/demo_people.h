// What the demo loaders share: a demo account as the actor it signs in as, and the hour the
// demo's staff do their work.
#pragma once

#include "app/ports.h"
#include "core/date.h"
#include "domain/access/role.h"

namespace doithoai::cli {

// kInternal when the account is missing (the demo's users are loaded first).
Result<Actor> DemoActor(Store& store, const char* username);

// 09:00 in Vietnam on `d`, plus `minutes`.
Instant MorningOf(Date d, int64_t minutes = 0);

}  // namespace doithoai::cli
