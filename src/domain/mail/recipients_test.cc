#include "domain/mail/recipients.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

TEST(MailRecipients, ParsesTheAudiencesTheOutboxStores) {
  auto a = ParseAudience("agency:7");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->kind, AudienceKind::kAgency);
  EXPECT_EQ(a->id, 7);
  EXPECT_EQ(ParseAudience("unit:5:leaders")->kind, AudienceKind::kUnitLeaders);
  EXPECT_EQ(ParseAudience("unit:5:leaders")->id, 5);
  EXPECT_EQ(ParseAudience("question:12")->kind, AudienceKind::kQuestionAsker);
  EXPECT_EQ(ParseAudience("user:3")->kind, AudienceKind::kUser);
  for (const char* bad : {"agency:", "agency:x", "agency:-1", "unit:5", "unit::leaders", "lan@x.vn",
                          "agency:7 ", ""}) {
    EXPECT_FALSE(ParseAudience(bad)) << bad;
  }
  EXPECT_EQ(ParseAudience("follow-confirm:4")->kind, AudienceKind::kFollowConfirm);
  EXPECT_EQ(ParseAudience("follower:4")->kind, AudienceKind::kFollower);
  EXPECT_FALSE(ParseAudience("follower:"));
  EXPECT_FALSE(ParseAudience("follow:4"));
  for (const char* ok :
       {"agency:7", "unit:5:leaders", "user:3", "question:12", "follow-confirm:4", "follower:4"}) {
    EXPECT_EQ(AudienceText(*ParseAudience(ok)), ok);
  }
}

MailAccount Account(int64_t id, std::string email, Role role, int64_t unit,
                    std::optional<int64_t> agency = {}) {
  MailAccount a;
  a.user = UserId(id);
  a.email = std::move(email);
  RoleGrant g;
  g.role = role;
  g.unit = UnitId(unit);
  if (agency) g.agency = AgencyId(*agency);
  a.grants.push_back(g);
  return a;
}

TEST(MailRecipients, AnAgencyIsItsOfficersWhoWantMailNow) {
  std::vector<MailAccount> accounts = {
      Account(1, "b@x.vn", Role::kAgencyOfficer, 2, 7),
      Account(2, "a@x.vn", Role::kAgencyOfficer, 2, 7),
      Account(3, "c@x.vn", Role::kAgencyOfficer, 2, 8),  // another agency
      Account(4, "", Role::kAgencyOfficer, 2, 7),        // no address
      Account(5, "d@x.vn", Role::kLeader, 2),            // not an officer
      Account(6, "e@x.vn", Role::kAgencyOfficer, 2, 7),  // inactive
      Account(7, "f@x.vn", Role::kAgencyOfficer, 2, 7),  // digest
      Account(8, "g@x.vn", Role::kAgencyOfficer, 2, 7),  // wants none
      Account(9, "a@x.vn", Role::kAgencyOfficer, 2, 7),  // same address twice
  };
  accounts[5].active = false;
  accounts[6].preference = MailPreference::kDailyDigest;
  accounts[7].preference = MailPreference::kNone;
  Audience agency{AudienceKind::kAgency, 7};
  EXPECT_EQ(ResolveStaffAddresses(agency, accounts),
            (std::vector<std::string>{"a@x.vn", "b@x.vn"}));
  EXPECT_EQ(DigestAccounts(agency, accounts), std::vector<UserId>{UserId(7)});
}

TEST(MailRecipients, UnitLeadersAreTheLeadersAndCoordinatorsOfThatUnit) {
  std::vector<MailAccount> accounts = {
      Account(1, "lead@x.vn", Role::kLeader, 5),
      Account(2, "coord@x.vn", Role::kCoordinator, 5),
      Account(3, "other@x.vn", Role::kLeader, 6),
      Account(4, "off@x.vn", Role::kAgencyOfficer, 5, 7),
  };
  EXPECT_EQ(ResolveStaffAddresses({AudienceKind::kUnitLeaders, 5}, accounts),
            (std::vector<std::string>{"coord@x.vn", "lead@x.vn"}));
  EXPECT_EQ(ResolveStaffAddresses({AudienceKind::kUser, 3}, accounts),
            std::vector<std::string>{"other@x.vn"});
  EXPECT_TRUE(ResolveStaffAddresses({AudienceKind::kQuestionAsker, 1}, accounts).empty());
}

TEST(MailRecipients, PreferenceNamesRoundTrip) {
  for (auto p : {MailPreference::kImmediate, MailPreference::kDailyDigest, MailPreference::kNone}) {
    EXPECT_EQ(ParseMailPreference(MailPreferenceName(p)), p);
  }
  EXPECT_FALSE(ParseMailPreference("weekly"));
}

}  // namespace
}  // namespace doithoai
