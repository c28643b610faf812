// Who an outbox mail goes to. The outbox stores an audience ("agency:7", "unit:5:leaders",
// "user:3", "question:12", "follower:4"), not addresses: it is resolved when the mail is sent, so
// an account's new address, a changed preference or an erased contact (a youth's right to deletion)
// applies to mail already queued.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/access/role.h"

namespace doithoai {

enum class AudienceKind {
  kAgency,         // "agency:7": the officers of agency 7
  kUnitLeaders,    // "unit:5:leaders": the leaders and coordinators of unit 5 (escalations)
  kUser,           // "user:3": one account
  kQuestionAsker,  // "question:12": the youth who asked question 12, at the contact they left
  // Following an issue by e-mail (issue 14; app/issue/issue_follow.h), by the follow's id:
  kFollowConfirm,  // "follow-confirm:4": the address asking to follow, confirmed or not
  kFollower,       // "follower:4": the same address once confirmed (and not unsubscribed)
};

struct Audience {
  AudienceKind kind = AudienceKind::kAgency;
  int64_t id = 0;
};

std::optional<Audience> ParseAudience(std::string_view recipient);
std::string AudienceText(const Audience& audience);

// How an account wants its mail (issue 14: per-user preferences).
enum class MailPreference { kImmediate, kDailyDigest, kNone };
const char* MailPreferenceName(MailPreference p);  // "immediate", "digest", "none"
std::optional<MailPreference> ParseMailPreference(std::string_view name);

// An account as recipient resolution sees it.
struct MailAccount {
  UserId user;
  std::string email;  // "" when none is known
  MailPreference preference = MailPreference::kImmediate;
  bool active = true;
  std::vector<RoleGrant> grants;
};

// The addresses of the accounts in `audience` (a staff audience: agency, unit leaders, user)
// that want mail now: active, with an address, preference immediate. Sorted, no duplicates.
std::vector<std::string> ResolveStaffAddresses(const Audience& audience,
                                               const std::vector<MailAccount>& accounts);

// The accounts in `audience` that want a daily digest instead (same rules otherwise).
std::vector<UserId> DigestAccounts(const Audience& audience,
                                   const std::vector<MailAccount>& accounts);

}  // namespace doithoai
