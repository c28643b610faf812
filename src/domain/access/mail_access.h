// Who watches mail delivery (issue 14): the outbox's counts, the mail that kept failing and
// putting it back in the queue. The outbox spans every unit (a reminder names its task and
// agency), so only a national administrator sees it. An account's own address and preference
// follow the account rules (account_access.h: CanSeeAccount, CanManageAccount).
#pragma once

#include "domain/access/role.h"

namespace doithoai {

bool CanWatchMailDelivery(const Actor& actor);

}  // namespace doithoai
