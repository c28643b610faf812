// The permission matrix (SYSTEM.md §5: "roles and tree scope checked on every request
// (tested as a matrix)"). Rows: roles granted on the city, on a ward, or on another
// province; columns: actions on a dialogue hosted by the city and by a ward inside it.
#include "domain/access/permissions.h"

#include <gtest/gtest.h>

#include "domain/access/access_test_kit.h"

namespace doithoai {
namespace {

using namespace access_test;  // NOLINT(google-build-using-namespace)

struct Row {
  const char* name;
  Actor actor;
  // Expected for a dialogue hosted at the city / at the ward.
  bool coordinate_city, coordinate_ward, decide_city, import_city, admin_ward, draft_city;
};

TEST(Permissions, Matrix) {
  const Row rows[] = {
      {"city coordinator", With(Role::kCoordinator, kCity), true, true, true, true, false, true},
      {"ward coordinator", With(Role::kCoordinator, kWard), false, true, false, false, false,
       false},
      {"other province coordinator", With(Role::kCoordinator, kOtherProvince), false, false, false,
       false, false, false},
      {"city leader", With(Role::kLeader, kCity), false, false, true, false, false, false},
      {"city youth union", With(Role::kYouthUnion, kCity), false, false, false, true, false, false},
      {"dept officer", With(Role::kAgencyOfficer, kCity, kDept), false, false, false, false, false,
       true},
      {"other dept officer", With(Role::kAgencyOfficer, kCity, kOtherDept), false, false, false,
       false, false, false},
      {"city administrator", With(Role::kAdministrator, kCity), false, false, false, false, true,
       false},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.name);
    EXPECT_EQ(CanCoordinate(r.actor, kCity), r.coordinate_city);
    EXPECT_EQ(CanCoordinate(r.actor, kWard), r.coordinate_ward);
    EXPECT_EQ(CanDecideAnswer(r.actor, kCity), r.decide_city);
    EXPECT_EQ(CanImportQuestions(r.actor, kCity), r.import_city);
    EXPECT_EQ(CanAdminister(r.actor, kWard), r.admin_ward);
    EXPECT_EQ(CanDraftAnswer(r.actor, kCity, kDept), r.draft_city);
  }
}

TEST(Permissions, OfficerSeesOnlyIssuesOfItsAgencies) {
  Actor officer = With(Role::kAgencyOfficer, kCity, kDept);
  std::vector<AgencyId> coordinating = {kDept};
  EXPECT_TRUE(CanViewIssue(officer, kCity, kDept, {}));
  EXPECT_TRUE(CanViewIssue(officer, kCity, kOtherDept, coordinating));
  EXPECT_FALSE(CanViewIssue(officer, kCity, kOtherDept, {}));
  EXPECT_FALSE(CanHandleQuestions(officer, kCity));
}

}  // namespace
}  // namespace doithoai

namespace doithoai {
namespace {

// Tasks: rows are actors, columns what they may do with a task led by kDept inside the ward
// (coordinated by kOtherDept), and whether they may issue/record documents of the ward.
struct TaskRow {
  const char* name;
  Actor actor;
  bool issue_ward, record_ward, watch_ward, view, report;
};

TEST(Permissions, TaskMatrix) {
  const std::optional<AgencyId> coordinating[] = {kOtherDept};
  const TaskRow rows[] = {
      {"city leader", With(Role::kLeader, kCity), true, true, true, true, false},
      {"ward leader", With(Role::kLeader, kWard), true, true, true, true, false},
      {"other province leader", With(Role::kLeader, kOtherProvince), false, false, false, false,
       false},
      {"city coordinator", With(Role::kCoordinator, kCity), false, true, true, true, true},
      {"city youth union", With(Role::kYouthUnion, kCity), false, false, true, true, false},
      {"lead officer", With(Role::kAgencyOfficer, kCity, kDept), false, false, false, true, true},
      {"coordinating officer", With(Role::kAgencyOfficer, kCity, kOtherDept), false, false, false,
       true, true},
      {"unrelated officer", With(Role::kAgencyOfficer, kCity, AgencyId(99)), false, false, false,
       false, false},
      {"administrator", With(Role::kAdministrator, kCity), false, false, false, false, false},
  };
  for (const auto& r : rows) {
    SCOPED_TRACE(r.name);
    EXPECT_EQ(CanIssueDocument(r.actor, kWard), r.issue_ward);
    EXPECT_EQ(CanRecordDocument(r.actor, kWard), r.record_ward);
    EXPECT_EQ(CanWatchTasks(r.actor, kWard), r.watch_ward);
    EXPECT_EQ(CanViewTask(r.actor, kWard, kDept, coordinating), r.view);
    EXPECT_EQ(CanReportOnTask(r.actor, kWard, kDept, coordinating), r.report);
  }
  // Issue 10: a document from above is recorded in the receiving unit's register, not in the
  // issuer's: a ward never records into the city's (nor another province into it).
  EXPECT_FALSE(CanRecordDocument(With(Role::kCoordinator, kWard), kCity));
  EXPECT_TRUE(CanRecordDocument(With(Role::kCoordinator, kWard), kWard));
  EXPECT_FALSE(CanRecordDocument(With(Role::kCoordinator, kOtherProvince), kCity));
  EXPECT_FALSE(CanRecordDocument(With(Role::kYouthUnion, kWard), kCity));
  // A Youth Union officer reports for its own body, not for another.
  Actor union_officer = With(Role::kYouthUnion, kCity, kDept);
  EXPECT_TRUE(CanReportOnTask(union_officer, kWard, kDept, {}));
  EXPECT_FALSE(CanReportOnTask(union_officer, kWard, kOtherDept, {}));
  EXPECT_TRUE(CanRunReminders(With(Role::kCoordinator, kWard)));
  EXPECT_TRUE(CanRunReminders(With(Role::kAdministrator, kCity)));
  EXPECT_FALSE(CanRunReminders(With(Role::kAgencyOfficer, kCity, kDept)));
  EXPECT_FALSE(CanRunReminders(With(Role::kLeader, kCity)));
  // Tasks are split from above, never from below.
  EXPECT_TRUE(CanManageTasks(With(Role::kCoordinator, kCity), kWard));
  EXPECT_FALSE(CanManageTasks(With(Role::kCoordinator, kWard), kCity));
  EXPECT_FALSE(CanManageTasks(With(Role::kYouthUnion, kCity), kWard));
}

}  // namespace
}  // namespace doithoai
