// Following an issue by e-mail (issue 14, "theo dõi"): anyone may follow an issue the public
// can see; double opt-in: a request queues a confirmation mail with a signed link and nothing
// else goes to the address until its owner uses the link. When the issue's answer is
// published, each confirmed follower gets a message queued in the approval's own transaction,
// with a one-click unsubscribe (the youth mail's, app/mail/unsubscribe_token.h).
//
// Floods: at most kFollowRequestsPerHour requests per address per hour (domain/mail/
// follow_mail.h), and a repeat for the same issue within the hour queues no second mail; the
// HTTP route also limits each client (the question submissions' limiter).
#pragma once

#include <string>
#include <string_view>

#include "app/context.h"

namespace doithoai {

struct FollowRequestOutcome {
  IssueId issue;
  bool mailed = false;  // false: confirmed already, or a confirmation went within the hour
};

// Field errors: "email" (not an e-mail address). NotFound for an issue the public cannot see;
// kRateLimited naming "email" past the per-address limit.
Result<FollowRequestOutcome> RequestIssueFollow(Context& ctx, IssueId issue,
                                                std::string_view email);

// The confirmation link's token for `follow`, signed with the mail key `key`.
std::string FollowConfirmToken(std::string_view key, const IssueFollow& follow);
// "<base>/api/follow/confirm?token=<token>": GET shows a button, POST confirms.
std::string FollowConfirmUrl(std::string_view base, std::string_view token);

struct FollowConfirmation {
  IssueFollow follow;
  std::string issue_title;  // as the public sees it: "Nhóm vấn đề số N" until answered
  DialogueId dialogue;
};

// Reads what `token` confirms without changing anything (the page a link opens): Invalid
// naming "token" for a missing, malformed or forged token or one whose request is gone.
Result<FollowConfirmation> CheckFollowToken(Context& ctx, std::string_view key,
                                            std::string_view token);
// Confirms it (again is fine).
Result<FollowConfirmation> ConfirmIssueFollow(Context& ctx, std::string_view key,
                                              std::string_view token);

// Queues the "answer published" message to each confirmed follower of `issue` (once per
// follower: the outbox key). Called in the approval's transaction.
Status QueueFollowerMail(Tx& tx, const Issue& issue, const Answer& answer, Instant now);

}  // namespace doithoai
