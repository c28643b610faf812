#include "app/mail/youth_mail.h"

#include "app/mail/mail_repository.h"
#include "app/mail/unsubscribe_token.h"
#include "app/rights/rights_repository.h"
#include "domain/mail/email_address.h"
#include "domain/privacy/consent.h"

namespace doithoai {

bool MayMailAsker(Tx& tx, const Question& q) {
  if (!LooksLikeEmailAddress(q.asker_contact)) return false;
  if (!ConsentInForce(tx.rights().Consents(q.id), Purpose::kContact)) return false;
  auto address = ValidateEmailAddress("asker_contact", q.asker_contact);
  return address.ok() && !tx.mail().IsUnsubscribed(*address);
}

Status QueueYouthMail(Tx& tx, const Question& q, YouthEvent event, Instant now,
                      std::string_view note) {
  if (!MayMailAsker(tx, q)) return Ok();
  auto d = tx.dialogues().Find(q.dialogue);
  YouthMailText text = YouthMessage(event, q.tracking_code, d ? d->title : "", note);
  return tx.notifications().QueueMail({0,
                                       "question:" + std::to_string(q.id.value),
                                       std::move(text.subject),
                                       std::move(text.body),
                                       YouthMailKey(event, q.id),
                                       now,
                                       {}});
}

Result<std::string> UnsubscribeWithToken(Context& ctx, std::string_view key,
                                         std::string_view token) {
  DT_ASSIGN_OR_RETURN(std::string address, VerifyUnsubscribeToken(key, token));
  Instant now = ctx.clock.Now();
  DT_RETURN_IF_ERROR(
      ctx.store.Write([&](Tx& tx) -> Status { return tx.mail().Unsubscribe(address, now); }));
  return address;
}

}  // namespace doithoai
