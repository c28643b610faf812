#include "domain/access/mail_access.h"

#include <gtest/gtest.h>

#include "domain/access/access_test_kit.h"

namespace doithoai {
namespace {

using namespace access_test;

TEST(MailAccess, OnlyTheNationalAdministratorWatchesDelivery) {
  EXPECT_TRUE(CanWatchMailDelivery(With(Role::kAdministrator, kNation)));
  EXPECT_FALSE(CanWatchMailDelivery(With(Role::kAdministrator, kCity)))
      << "the outbox holds other units' reminders";
  EXPECT_FALSE(CanWatchMailDelivery(With(Role::kCoordinator, kNation)));
  EXPECT_FALSE(CanWatchMailDelivery(With(Role::kLeader, kNation)));
  EXPECT_FALSE(CanWatchMailDelivery(Actor{}));
}

}  // namespace
}  // namespace doithoai
