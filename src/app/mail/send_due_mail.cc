#include "app/mail/send_due_mail.h"

#include <algorithm>
#include <array>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "app/issue/issue_follow.h"
#include "app/mail/mail_repository.h"
#include "app/mail/unsubscribe_token.h"
#include "app/mail/youth_mail.h"
#include "domain/mail/email_address.h"
#include "domain/mail/follow_mail.h"
#include "domain/mail/mail_message.h"
#include "domain/mail/recipients.h"
#include "domain/mail/youth_mail.h"

namespace doithoai {
namespace {

// A lease nobody else can hold: 128 random bits in hex.
std::string NewLease(const Random& random) {
  std::array<uint8_t, 16> bytes{};
  random.Fill(bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : bytes) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

// Every account as recipient resolution sees it (read once per batch, only when a staff
// audience is in it).
std::vector<MailAccount> LoadAccounts(Tx& tx) {
  std::map<UserId, AccountMail> settings;
  for (auto& m : tx.mail().AccountMails()) settings.emplace(m.user, m);
  std::vector<MailAccount> out;
  for (const User& u : tx.users().List()) {
    auto it = settings.find(u.id);
    if (it == settings.end() || it->second.email.empty()) continue;  // no address: no mail
    out.push_back(
        {u.id, it->second.email, it->second.preference, u.active, tx.users().Grants(u.id)});
  }
  return out;
}

// Where one claimed mail goes, or why it cannot go anywhere.
struct Addressed {
  std::vector<std::string> addresses;
  std::string problem;        // "" when the audience is understood
  std::string tracking_code;  // a youth's mail: the footer links to this question
  // A follower's mail (app/issue/issue_follow.h): the follow, and whether it is the
  // confirmation (its footer carries the signed confirmation link).
  std::optional<IssueFollow> follow = std::nullopt;
  bool confirm = false;
  DialogueId dialogue{};
};

// A follower's mail goes to its address unless it unsubscribed; the notice only once confirmed.
Addressed ResolveFollower(Tx& tx, const Audience& audience) {
  auto follow = tx.issues().FindFollow(audience.id);
  if (!follow || tx.mail().IsUnsubscribed(follow->address)) return {};
  bool confirm = audience.kind == AudienceKind::kFollowConfirm;
  if (!confirm && !follow->confirmed_at) return {};
  auto issue = tx.issues().Find(follow->issue);
  if (!issue) return {};
  Addressed out{{follow->address}, "", ""};
  out.follow = follow;
  out.confirm = confirm;
  out.dialogue = issue->dialogue;
  return out;
}

Addressed Resolve(Tx& tx, const OutboxMail& mail,
                  std::optional<std::vector<MailAccount>>& accounts) {
  auto audience = ParseAudience(mail.to);
  if (!audience) return {{}, "người nhận không hợp lệ: " + mail.to, ""};
  if (audience->kind == AudienceKind::kQuestionAsker) {
    // Checked again now: an erased contact, a withdrawn consent or an unsubscribe since the
    // mail was queued stops it.
    auto q = tx.questions().Find(QuestionId(audience->id));
    if (!q || !MayMailAsker(tx, *q)) return {};
    auto address = ValidateEmailAddress("asker_contact", q->asker_contact);
    if (!address.ok()) return {};
    return {{*address}, "", q->tracking_code};
  }
  if (audience->kind == AudienceKind::kFollowConfirm || audience->kind == AudienceKind::kFollower) {
    return ResolveFollower(tx, *audience);
  }
  if (!accounts) accounts = LoadAccounts(tx);
  return {ResolveStaffAddresses(*audience, *accounts), "", ""};
}

enum class Outcome { kSent, kNoRecipient, kRetry, kFailed };

struct Attempt {
  Outcome outcome = Outcome::kSent;
  std::string note;
  int64_t accepted = 0;
  bool unreachable = false;
};

// Sends `mail` to each address that has not accepted it before; stops at the first that fails.
// `record` stores an acceptance while more addresses are to go (false: the lease is no longer
// ours, so the rest is left to the sender that holds it).
Attempt Deliver(MailSender& sender, const MailSettings& settings, const OutboxEntry& entry,
                const Addressed& to, Instant now,
                const std::function<bool(const std::string&)>& record) {
  if (!to.problem.empty()) return {Outcome::kFailed, to.problem, 0};
  if (to.addresses.empty()) {
    return {Outcome::kNoRecipient, "không có người nhận có địa chỉ e-mail", 0};
  }
  Attempt a;
  auto done = [&](const std::string& address) {
    return std::find(entry.delivered.begin(), entry.delivered.end(), address) !=
           entry.delivered.end();
  };
  size_t last = to.addresses.size();
  while (last > 0 && done(to.addresses[last - 1])) --last;
  for (size_t i = 0; i < last; ++i) {
    if (done(to.addresses[i])) continue;
    MailMessage m;
    m.from_address = settings.from_address;
    m.from_name = settings.from_name;
    m.to_address = to.addresses[i];
    m.subject = entry.mail.subject;
    m.body = entry.mail.body;
    if (!to.tracking_code.empty()) {
      if (!settings.unsubscribe_key.empty()) {
        m.unsubscribe_url = UnsubscribeUrl(
            settings.link_base, UnsubscribeToken(settings.unsubscribe_key, m.to_address));
      }
      m.body +=
          YouthMailFooter(TrackingPageUrl(settings.link_base, to.tracking_code), m.unsubscribe_url);
    } else if (to.follow) {
      std::string confirm_url;
      if (!settings.unsubscribe_key.empty()) {
        m.unsubscribe_url = UnsubscribeUrl(
            settings.link_base, UnsubscribeToken(settings.unsubscribe_key, m.to_address));
        if (to.confirm) {
          confirm_url = FollowConfirmUrl(settings.link_base,
                                         FollowConfirmToken(settings.unsubscribe_key, *to.follow));
        }
      }
      m.body += FollowMailFooter(confirm_url,
                                 settings.link_base + "/d/" + std::to_string(to.dialogue.value) +
                                     "#issue-" + std::to_string(to.follow->issue.value),
                                 m.unsubscribe_url);
    }
    m.message_id = MessageIdFor(entry.mail.id, static_cast<int>(i), settings.message_id_domain);
    m.date = now;
    auto mime = BuildMime(m);
    if (!mime.ok()) {
      return {Outcome::kFailed, "thư không hợp lệ: " + mime.error().message(), a.accepted};
    }
    SendOutcome sent = sender.Send(settings.from_address, m.to_address, *mime);
    switch (sent.kind) {
      case SendOutcome::Kind::kAccepted:
        ++a.accepted;
        if (i + 1 < last && !record(m.to_address)) {
          return {Outcome::kRetry, "hết hạn giữ thư", a.accepted};
        }
        break;
      case SendOutcome::Kind::kTransient:
        if (sent.unreachable) return {Outcome::kRetry, sent.detail, a.accepted, true};
        return {Outcome::kRetry, m.to_address + ": " + sent.detail, a.accepted};
      case SendOutcome::Kind::kPermanent:
        return {Outcome::kFailed, m.to_address + ": " + sent.detail, a.accepted};
    }
  }
  return a;
}

}  // namespace

Result<MailRun> SendDueMail(Context& ctx, MailSender& sender, const MailSettings& settings,
                            int max_batches) {
  MailRun run;
  const DeliveryPolicy& policy = settings.policy;
  for (int batch = 0; batch < max_batches; ++batch) {
    const Instant now = ctx.clock.Now();
    const std::string lease = NewLease(ctx.random);
    std::vector<OutboxEntry> claimed;
    DT_RETURN_IF_ERROR(ctx.store.Write([&](Tx& tx) -> Status {
      DT_ASSIGN_OR_RETURN(
          claimed, tx.mail().Claim(now, lease, Instant{now.unix_seconds + policy.lease_seconds},
                                   settings.batch));
      return Ok();
    }));
    if (claimed.empty()) break;
    run.claimed += static_cast<int64_t>(claimed.size());

    std::vector<Addressed> addressed;
    DT_RETURN_IF_ERROR(ctx.store.Read([&](Tx& tx) -> Status {
      std::optional<std::vector<MailAccount>> accounts;
      for (const auto& e : claimed) addressed.push_back(Resolve(tx, e.mail, accounts));
      return Ok();
    }));

    std::optional<Attempt> unreachable;  // once the server cannot be reached, nothing is tried
    for (size_t i = 0; i < claimed.size(); ++i) {
      const OutboxEntry& e = claimed[i];
      auto record = [&](const std::string& address) {
        bool ours = false;
        auto stored = ctx.store.Write([&](Tx& tx) -> Status {
          DT_ASSIGN_OR_RETURN(ours, tx.mail().MarkDelivered(e.mail.id, lease, address));
          return Ok();
        });
        return stored.ok() && ours;
      };
      bool skip = unreachable && addressed[i].problem.empty() && !addressed[i].addresses.empty();
      Attempt a = skip ? Attempt{Outcome::kRetry, unreachable->note, 0, true}
                       : Deliver(sender, settings, e, addressed[i], ctx.clock.Now(), record);
      if (a.unreachable && !unreachable) unreachable = a;
      run.messages += a.accepted;
      const Instant at = ctx.clock.Now();
      // A server that cannot be reached is not the mail's fault: it waits (backoff capped at
      // max_delay) however long the outage lasts, and is never marked failed for it.
      bool last = !a.unreachable && IsLastAttempt(policy, e.attempts);
      bool ours = false;
      DT_RETURN_IF_ERROR(ctx.store.Write([&](Tx& tx) -> Status {
        MailRepository& mail = tx.mail();
        Result<bool> done = false;
        switch (a.outcome) {
          case Outcome::kSent:
          case Outcome::kNoRecipient:
            done = mail.MarkSent(e.mail.id, lease, at, a.note);
            break;
          case Outcome::kRetry:
            done = last ? mail.MarkFailed(e.mail.id, lease, at, a.note)
                        : mail.MarkRetry(
                              e.mail.id, lease,
                              Instant{at.unix_seconds + RetryDelaySeconds(policy, e.attempts)},
                              a.note);
            break;
          case Outcome::kFailed:
            done = mail.MarkFailed(e.mail.id, lease, at, a.note);
            break;
        }
        if (!done.ok()) return std::move(done).error();
        ours = *done;
        return Ok();
      }));
      if (!ours) {
        ++run.lost_lease;
        continue;
      }
      switch (a.outcome) {
        case Outcome::kSent:
          ++run.sent;
          break;
        case Outcome::kNoRecipient:
          ++run.no_recipient;
          break;
        case Outcome::kRetry:
          ++(last ? run.failed : run.retried);
          break;
        case Outcome::kFailed:
          ++run.failed;
          break;
      }
    }
    if (static_cast<int64_t>(claimed.size()) < settings.batch) break;
  }
  return run;
}

}  // namespace doithoai
