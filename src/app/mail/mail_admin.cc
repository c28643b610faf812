#include "app/mail/mail_admin.h"

#include "app/audit_trail.h"
#include "domain/access/account_access.h"
#include "domain/access/mail_access.h"
#include "domain/mail/email_address.h"

namespace doithoai {
namespace {

// With the account's grants, so the entry is scoped to its units like other account changes
// (audit_trail.cc: AccountUnit).
nlohmann::json MailSnapshot(const AccountMail& m, const std::vector<RoleGrant>& grants) {
  nlohmann::json units = nlohmann::json::array();
  for (const auto& g : grants) units.push_back({{"unit_id", g.unit.value}});
  return {{"email", m.email}, {"preference", MailPreferenceName(m.preference)}, {"grants", units}};
}

}  // namespace

Result<AccountMail> SetAccountMail(Context& ctx, const Actor& actor, UserId user,
                                   const AccountMailInput& in) {
  return WriteValue<AccountMail>(ctx.store, [&](Tx& tx) -> Result<AccountMail> {
    // Permission first: nobody learns what the body would have been refused for.
    if (!tx.users().Find(user)) return Error::NotFound("người dùng");
    auto grants = tx.users().Grants(user);
    if (!CanSeeAccount(actor, grants)) return Error::NotFound("người dùng");
    if (!CanManageAccount(actor, grants)) return Error::Forbidden();
    FieldErrors errors;
    AccountMail settings{user, "", MailPreference::kImmediate};
    if (!in.email.empty()) {
      auto email = ValidateEmailAddress("email", in.email);
      if (email.ok()) {
        settings.email = *email;
      } else {
        for (const auto& f : email.error().fields()) errors.Add(f.field, f.reason);
      }
    }
    if (auto preference = ParseMailPreference(in.preference)) {
      settings.preference = *preference;
    } else {
      errors.Add("preference", "phải là immediate, digest hoặc none");
    }
    if (!errors.empty()) return errors.ToError();
    auto before = tx.mail().FindAccountMail(user);
    DT_RETURN_IF_ERROR(tx.mail().SaveAccountMail(settings));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "user.mail_updated", "user",
                              user.value, before ? MailSnapshot(*before, grants) : nlohmann::json(),
                              MailSnapshot(settings, grants)));
    return settings;
  });
}

Result<AccountMail> GetAccountMail(Context& ctx, const Actor& actor, UserId user) {
  return ReadValue<AccountMail>(ctx.store, [&](Tx& tx) -> Result<AccountMail> {
    if (!tx.users().Find(user)) return Error::NotFound("người dùng");
    if (!CanSeeAccount(actor, tx.users().Grants(user))) return Error::NotFound("người dùng");
    return tx.mail().FindAccountMail(user).value_or(
        AccountMail{user, "", MailPreference::kImmediate});
  });
}

Result<OutboxReport> ReadOutbox(Context& ctx, const Actor& actor, int64_t limit) {
  if (!CanWatchMailDelivery(actor)) return Error::Forbidden();
  return ReadValue<OutboxReport>(ctx.store, [&](Tx& tx) -> Result<OutboxReport> {
    return OutboxReport{tx.mail().Counts(), tx.mail().Failed(limit)};
  });
}

Status RequeueMail(Context& ctx, const Actor& actor, int64_t outbox_id) {
  if (!CanWatchMailDelivery(actor)) return Error::Forbidden();
  return ctx.store.Write([&](Tx& tx) -> Status {
    DT_ASSIGN_OR_RETURN(bool requeued, tx.mail().Requeue(outbox_id, ctx.clock.Now()));
    if (!requeued) return Error::NotFound("thư không gửi được");
    return Record(tx, ctx.clock.Now(), actor.user, "mail.requeued", "outbox", outbox_id,
                  nlohmann::json(), nlohmann::json{{"requeued", true}});
  });
}

}  // namespace doithoai
