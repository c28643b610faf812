#include "domain/mail/recipients.h"

#include <algorithm>
#include <charconv>

namespace doithoai {
namespace {

std::optional<int64_t> ParseId(std::string_view s) {
  int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v <= 0) return std::nullopt;
  return v;
}

bool InAudience(const Audience& a, const MailAccount& account) {
  switch (a.kind) {
    case AudienceKind::kUser:
      return account.user.value == a.id;
    case AudienceKind::kAgency:
      return std::any_of(account.grants.begin(), account.grants.end(), [&](const RoleGrant& g) {
        return g.role == Role::kAgencyOfficer && g.agency && g.agency->value == a.id;
      });
    case AudienceKind::kUnitLeaders:
      return std::any_of(account.grants.begin(), account.grants.end(), [&](const RoleGrant& g) {
        return (g.role == Role::kLeader || g.role == Role::kCoordinator) && g.unit.value == a.id;
      });
    case AudienceKind::kQuestionAsker:
    case AudienceKind::kFollowConfirm:
    case AudienceKind::kFollower:
      return false;  // not an account
  }
  return false;
}

bool Wants(const MailAccount& account, MailPreference p) {
  return account.active && !account.email.empty() && account.preference == p;
}

}  // namespace

std::optional<Audience> ParseAudience(std::string_view r) {
  auto take = [&](std::string_view prefix) -> std::optional<std::string_view> {
    if (r.substr(0, prefix.size()) != prefix) return std::nullopt;
    return r.substr(prefix.size());
  };
  if (auto rest = take("agency:")) {
    if (auto id = ParseId(*rest)) return Audience{AudienceKind::kAgency, *id};
  } else if (auto rest = take("unit:")) {
    constexpr std::string_view kLeaders = ":leaders";
    if (rest->size() > kLeaders.size() &&
        rest->substr(rest->size() - kLeaders.size()) == kLeaders) {
      if (auto id = ParseId(rest->substr(0, rest->size() - kLeaders.size()))) {
        return Audience{AudienceKind::kUnitLeaders, *id};
      }
    }
  } else if (auto rest = take("user:")) {
    if (auto id = ParseId(*rest)) return Audience{AudienceKind::kUser, *id};
  } else if (auto rest = take("question:")) {
    if (auto id = ParseId(*rest)) return Audience{AudienceKind::kQuestionAsker, *id};
  } else if (auto rest = take("follow-confirm:")) {
    if (auto id = ParseId(*rest)) return Audience{AudienceKind::kFollowConfirm, *id};
  } else if (auto rest = take("follower:")) {
    if (auto id = ParseId(*rest)) return Audience{AudienceKind::kFollower, *id};
  }
  return std::nullopt;
}

std::string AudienceText(const Audience& a) {
  std::string id = std::to_string(a.id);
  switch (a.kind) {
    case AudienceKind::kAgency:
      return "agency:" + id;
    case AudienceKind::kUnitLeaders:
      return "unit:" + id + ":leaders";
    case AudienceKind::kUser:
      return "user:" + id;
    case AudienceKind::kQuestionAsker:
      return "question:" + id;
    case AudienceKind::kFollowConfirm:
      return "follow-confirm:" + id;
    case AudienceKind::kFollower:
      return "follower:" + id;
  }
  return {};
}

const char* MailPreferenceName(MailPreference p) {
  switch (p) {
    case MailPreference::kImmediate:
      return "immediate";
    case MailPreference::kDailyDigest:
      return "digest";
    case MailPreference::kNone:
      return "none";
  }
  return "immediate";
}

std::optional<MailPreference> ParseMailPreference(std::string_view name) {
  if (name == "immediate") return MailPreference::kImmediate;
  if (name == "digest") return MailPreference::kDailyDigest;
  if (name == "none") return MailPreference::kNone;
  return std::nullopt;
}

std::vector<std::string> ResolveStaffAddresses(const Audience& audience,
                                               const std::vector<MailAccount>& accounts) {
  std::vector<std::string> out;
  for (const auto& a : accounts) {
    if (Wants(a, MailPreference::kImmediate) && InAudience(audience, a)) out.push_back(a.email);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<UserId> DigestAccounts(const Audience& audience,
                                   const std::vector<MailAccount>& accounts) {
  std::vector<UserId> out;
  for (const auto& a : accounts) {
    if (Wants(a, MailPreference::kDailyDigest) && InAudience(audience, a)) out.push_back(a.user);
  }
  return out;
}

}  // namespace doithoai
