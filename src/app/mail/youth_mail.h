// Queuing a youth's messages (issue 14) in the transaction of the event itself, so a message
// exists exactly when the event was committed. A message is queued only when the asker left an
// e-mail address, the "contact" consent is in force (never without it: PDP Law 91/2025) and
// the address has not unsubscribed; the sender checks all three again when it sends
// (send_due_mail.cc), so a withdrawal or an unsubscribe also stops mail already queued.
#pragma once

#include <string_view>

#include "app/context.h"
#include "app/ports.h"
#include "core/result.h"
#include "domain/mail/youth_mail.h"

namespace doithoai {

// True when mail about `q` may go to its asker now: e-mail contact, consent, not unsubscribed.
bool MayMailAsker(Tx& tx, const Question& q);

// Queues the message for `event` about `q` (once per question and event: the outbox key).
// `note`: the coordinator's reason for kOutOfScope. Does nothing when MayMailAsker is false.
Status QueueYouthMail(Tx& tx, const Question& q, YouthEvent event, Instant now,
                      std::string_view note = {});

// One-click unsubscribe (RFC 8058): records the address `token` was made for under `key`
// (app/mail/unsubscribe_token.h) in mail_unsubscribes; no youth mail goes to it again, queued
// mail included. Again is fine. Returns the address; Invalid naming "token" for a bad token.
Result<std::string> UnsubscribeWithToken(Context& ctx, std::string_view key,
                                         std::string_view token);

}  // namespace doithoai
