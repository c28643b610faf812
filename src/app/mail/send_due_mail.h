// Draining the outbox (issue 14): due mail is claimed under a lease in one transaction, its
// audience resolved to addresses at send time (an account's current address and preference,
// the asker's contact unless erased or unsubscribed), each address sent its own message with a
// Message-ID fixed by (outbox id, address index), and the outcome recorded only while the
// lease is still ours. A failed attempt is retried with backoff (domain/mail/delivery.h) and
// marked failed after the last one, except when the server could not be reached at all (no
// connection, no STARTTLS, AUTH refused): then it waits for as long as the outage lasts.
// Nothing is dropped. A crash between the server's "250" and
// the outcome's commit resends the same message (same Message-ID) once the lease expires:
// delivery is at least once, recognisably the same message.
#pragma once

#include <cstdint>
#include <string>

#include "app/context.h"
#include "app/mail/mail_sender.h"
#include "core/result.h"
#include "domain/mail/delivery.h"

namespace doithoai {

struct MailSettings {
  std::string from_address;  // validated at start-up (ValidateEmailAddress)
  std::string from_name = "Đối thoại thanh niên";
  std::string message_id_domain = "doithoai.local";
  DeliveryPolicy policy;
  int64_t batch = 200;  // mails claimed per transaction
  // Youth mail (audience "question:N") ends with the tracking link and a one-click unsubscribe
  // link (List-Unsubscribe, RFC 8058), both under `link_base` ("https://host", no trailing
  // slash); the unsubscribe token is signed with `unsubscribe_key` (app/mail/
  // unsubscribe_token.h). An empty key: no unsubscribe link.
  std::string link_base = "http://localhost:8080";
  std::string unsubscribe_key;
};

struct MailRun {
  int64_t claimed = 0;
  int64_t sent = 0;          // accepted for every address of its audience
  int64_t no_recipient = 0;  // nobody in the audience wants or has an address: closed, noted
  int64_t retried = 0;       // a retry scheduled
  int64_t failed = 0;        // given up: listed for the administrator
  int64_t lost_lease = 0;    // the lease ran out before the outcome; another sender owns it
  int64_t messages = 0;      // messages the server accepted
};

// One pass: claims batches until no due mail is left (at most `max_batches`), sends them.
Result<MailRun> SendDueMail(Context& ctx, MailSender& sender, const MailSettings& settings,
                            int max_batches = 1000);

}  // namespace doithoai
