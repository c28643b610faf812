// Following an issue by e-mail: request (validate → public issue → per-address limit → queue
// the confirmation), confirm a signed link, notify confirmed followers of the answer.
#include "app/issue/issue_follow.h"

#include <cctype>

#include "app/issue/issue_support.h"
#include "app/mail/unsubscribe_token.h"
#include "domain/mail/email_address.h"
#include "domain/mail/follow_mail.h"
#include "domain/mail/recipients.h"

namespace doithoai {
namespace {

constexpr std::string_view kPurpose = "doithoai-follow-confirm-v1\n";
constexpr int64_t kHour = 3600;

Error BadToken() {
  return Error::Invalid("token", "mã xác nhận không hợp lệ (hãy dùng đúng đường dẫn trong thư)");
}

// Until the answer is published an issue's title may be a question's own words, shown
// publicly only with its asker's consent (app/dialogue/accountability.cc): it is then named by
// its number in what a follower sees.
std::string PublicTitle(Tx& tx, const Issue& issue) {
  auto answer = tx.answers().Find(issue.id);
  if (answer && answer->IsPublished()) return issue.title;
  return "Nhóm vấn đề số " + std::to_string(issue.id.value);
}

// The token's payload: "<issue id>:<address>".
Result<FollowConfirmation> Check(Tx& tx, std::string_view key, std::string_view token) {
  if (token.empty()) return Error::Invalid("token", "thiếu mã xác nhận");
  auto payload = VerifySignedToken(key, kPurpose, token);
  if (!payload) return BadToken();
  size_t colon = payload->find(':');
  if (colon == std::string::npos) return BadToken();
  int64_t id = 0;
  try {
    id = std::stoll(payload->substr(0, colon));
  } catch (...) {
    return BadToken();
  }
  auto follow = tx.issues().FindFollowOf(IssueId(id), payload->substr(colon + 1));
  auto issue = follow ? tx.issues().Find(follow->issue) : std::nullopt;
  if (!follow || !issue) return BadToken();
  return FollowConfirmation{*follow, PublicTitle(tx, *issue), issue->dialogue};
}

}  // namespace

Result<FollowRequestOutcome> RequestIssueFollow(Context& ctx, IssueId issue,
                                                std::string_view email) {
  DT_ASSIGN_OR_RETURN(std::string address, ValidateEmailAddress("email", email));
  // One follower per mailbox whatever the case typed (a flood cannot vary it to pass the limit).
  for (char& c : address) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const Date today = ctx.clock.Today();
  const Instant now = ctx.clock.Now();
  const Instant hour_ago{now.unix_seconds - kHour};
  return WriteValue<FollowRequestOutcome>(ctx.store, [&](Tx& tx) -> Result<FollowRequestOutcome> {
    DT_ASSIGN_OR_RETURN(Issue found, FindPublicIssue(tx, issue, today));
    FollowRequestOutcome out{issue, false};
    auto existing = tx.issues().FindFollowOf(issue, address);
    if (existing &&
        (existing->confirmed_at || existing->requested_at.unix_seconds >= hour_ago.unix_seconds)) {
      return out;  // nothing more to send
    }
    if (tx.issues().CountFollowRequests(address, hour_ago) >= kFollowRequestsPerHour) {
      return Error(ErrorCode::kRateLimited,
                   "Địa chỉ e-mail này đã được đăng ký theo dõi quá nhiều lần trong một giờ, vui "
                   "lòng thử lại sau",
                   {{"email", "quá nhiều yêu cầu theo dõi trong một giờ"}});
    }
    DT_ASSIGN_OR_RETURN(IssueFollow follow, tx.issues().RequestFollow(issue, address, now));
    FollowMessage m = FollowConfirmMessage(PublicTitle(tx, found));
    Audience to{AudienceKind::kFollowConfirm, follow.id};
    DT_RETURN_IF_ERROR(tx.notifications().QueueMail(
        {0,
         AudienceText(to),
         m.subject,
         m.body,
         "follow-confirm:" + std::to_string(follow.id) + ":" + std::to_string(now.unix_seconds),
         now,
         {}}));
    out.mailed = true;
    return out;
  });
}

std::string FollowConfirmToken(std::string_view key, const IssueFollow& follow) {
  return SignedToken(key, kPurpose, std::to_string(follow.issue.value) + ":" + follow.address);
}

std::string FollowConfirmUrl(std::string_view base, std::string_view token) {
  return std::string(base) + "/api/follow/confirm?token=" + std::string(token);
}

Result<FollowConfirmation> CheckFollowToken(Context& ctx, std::string_view key,
                                            std::string_view token) {
  return ReadValue<FollowConfirmation>(ctx.store, [&](Tx& tx) { return Check(tx, key, token); });
}

Result<FollowConfirmation> ConfirmIssueFollow(Context& ctx, std::string_view key,
                                              std::string_view token) {
  const Instant now = ctx.clock.Now();
  return WriteValue<FollowConfirmation>(ctx.store, [&](Tx& tx) -> Result<FollowConfirmation> {
    DT_ASSIGN_OR_RETURN(FollowConfirmation c, Check(tx, key, token));
    if (!c.follow.confirmed_at) {
      DT_RETURN_IF_ERROR(tx.issues().ConfirmFollow(c.follow.id, now));
      c.follow.confirmed_at = now;
    }
    return c;
  });
}

Status QueueFollowerMail(Tx& tx, const Issue& issue, const Answer& answer, Instant now) {
  for (const IssueFollow& f : tx.issues().ConfirmedFollows(issue.id)) {
    FollowMessage m = FollowAnsweredMessage(issue.title, answer.body);
    Audience to{AudienceKind::kFollower, f.id};
    DT_RETURN_IF_ERROR(tx.notifications().QueueMail({0,
                                                     AudienceText(to),
                                                     m.subject,
                                                     m.body,
                                                     "follow-answered:" + std::to_string(f.id),
                                                     now,
                                                     {}}));
  }
  return Ok();
}

}  // namespace doithoai
