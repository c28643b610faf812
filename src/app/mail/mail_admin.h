// What administrators do about mail (issue 14): an account's e-mail address and how it wants
// mail (immediate, a daily digest, none), and the outbox as delivery left it: counts, the mail
// that kept failing with the server's answer, putting one back in the queue.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "app/mail/mail_repository.h"
#include "core/result.h"

namespace doithoai {

struct AccountMailInput {
  std::string email;  // "" removes the address: no mail at all
  std::string preference = "immediate";
};

// The administrator who may change the account (CanManageAccount) sets it; the change is
// audited ("user.mail_updated"). The address is validated (Vietnamese reason, field "email").
Result<AccountMail> SetAccountMail(Context& ctx, const Actor& actor, UserId user,
                                   const AccountMailInput& in);
// Those who may see the account (CanSeeAccount); an account without settings reads as no
// address, preference immediate.
Result<AccountMail> GetAccountMail(Context& ctx, const Actor& actor, UserId user);

struct OutboxReport {
  OutboxCounts counts;
  std::vector<OutboxEntry> failed;  // newest failure first
};
// CanWatchMailDelivery (domain/access/mail_access.h).
Result<OutboxReport> ReadOutbox(Context& ctx, const Actor& actor, int64_t limit);
// Puts a failed mail back in the queue, due now, attempts from zero; audited. NotFound when
// no failed mail has that id.
Status RequeueMail(Context& ctx, const Actor& actor, int64_t outbox_id);

}  // namespace doithoai
