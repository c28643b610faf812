#include "cli/demo_people.h"

#include <string>

#include "app/auth/sessions.h"

namespace doithoai::cli {

Result<Actor> DemoActor(Store& store, const char* username) {
  return ReadValue<Actor>(store, [&](Tx& tx) -> Result<Actor> {
    auto u = tx.users().FindByUsername(username);
    auto actor = u ? LoadActor(tx, u->id) : std::nullopt;
    if (!actor) return Error::Internal(std::string("demo user missing: ") + username);
    return *actor;
  });
}

Instant MorningOf(Date d, int64_t minutes) {
  return Instant{d.days_since_epoch() * 86400 + 2 * 3600 + minutes * 60};
}

}  // namespace doithoai::cli
