#include "domain/access/mail_access.h"

#include "domain/access/account_access.h"

namespace doithoai {

bool CanWatchMailDelivery(const Actor& actor) { return AdministersNation(actor); }

}  // namespace doithoai
