// Issue 10 on the in-memory store: the audit log read per subtree and role, askers'
// identities only for those who work with the dialogue's youths (the contact revealed one
// question at a time, logged), and administrators kept to the accounts of their subtree.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/admin/administration.h"
#include "app/app_test_kit.h"
#include "app/audit_queries.h"
#include "app/dialogue/dialogues.h"
#include "app/issue/issues.h"
#include "app/question/questions.h"
#include "storage/memory/memory_store.h"

namespace doithoai {
namespace {

class Privacy : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadUnits(ctx_, {{std::nullopt, "vn", "Việt Nam", "quốc gia", "nation"}}).ok());
    ASSERT_TRUE(LoadUnits(ctx_, {{1, "hai-phong", "Thành phố Hải Phòng", "thành phố", "province"},
                                 {2, "hong-bang", "Phường Hồng Bàng", "phường", "commune"},
                                 {1, "ha-noi", "Thành phố Hà Nội", "thành phố", "province"}})
                    .ok());
    admin_ = Make("admin", "administrator", 1, std::nullopt);
    for (auto [unit, code] : {std::pair{2, "so-noi-vu"}, {2, "so-kh-cn"}, {3, "vhxh"}}) {
      agencies_[code] = CreateAgency(ctx_, admin_, {unit, code, code}).value().id;
    }
    national_ = Make("bonoivu", "coordinator", 1, std::nullopt);
    city_ = Make("sonoivu", "coordinator", 2, agencies_["so-noi-vu"].value);
    union_ = Make("thanhdoan", "youth_union", 2, std::nullopt);
    leader_ = Make("chutich", "leader", 2, std::nullopt);
    officer_ = Make("sokhcn", "agency_officer", 2, agencies_["so-kh-cn"].value);
    ward_ = Make("vhxhphuong", "coordinator", 3, agencies_["vhxh"].value);
    ward_admin_ = Make("qtphuong", "administrator", 3, std::nullopt);
    DialogueFields f;
    f.unit_id = 2;
    f.year = 2025;
    f.title = "Đối thoại 2025";
    f.held_on = "2025-03-26";
    f.plan_published_on = "2025-02-01";
    dialogue_ = CreateDialogue(ctx_, city_, f).value().id;
    auto submitted = SubmitQuestion(ctx_, dialogue_,
                                    {"Thành phố có hỗ trợ thanh niên khởi nghiệp không ạ?", 17,
                                     "Lê Thị Hỏi", "0900000009", true, std::nullopt, true, false});
    ASSERT_TRUE(submitted.ok()) << submitted.error().message();
    question_ = TrackQuestion(ctx_, submitted->tracking_code).value().question.id;
  }

  Actor Make(const char* username, const char* role, int64_t unit, std::optional<int64_t> agency) {
    return app_test::MakeActor(ctx_, username, role, unit, agency);
  }

  std::vector<std::string> Actions(const Actor& reader) {
    std::vector<std::string> out;
    auto entries = ListAudit(ctx_, reader, "", 0, 1000);
    for (const auto& e : entries.value()) out.push_back(e.action);
    return out;
  }

  static bool Has(const std::vector<std::string>& actions, std::string_view action) {
    return std::find(actions.begin(), actions.end(), action) != actions.end();
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant::ParseIso("2025-03-01T02:00:00Z").value()};
  Context ctx_{store_, clock_};
  Actor admin_, national_, city_, union_, leader_, officer_, ward_, ward_admin_;
  std::map<std::string, AgencyId> agencies_;
  DialogueId dialogue_;
  QuestionId question_;
};

TEST_F(Privacy, AuditEntriesCarryTheirUnitAndAreReadPerSubtreeAndRole) {
  auto entries = ListAudit(ctx_, national_, "question", question_.value, 10).value();
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].unit, UnitId(2)) << "a question is its dialogue host's";
  EXPECT_EQ(entries[0].area, AuditArea::kHandling);

  auto national = Actions(national_), city = Actions(city_), ward = Actions(ward_);
  auto admin = Actions(admin_), ward_admin = Actions(ward_admin_);
  EXPECT_TRUE(Has(national, "question.submitted"));
  EXPECT_TRUE(Has(city, "question.submitted"));
  EXPECT_TRUE(Has(city, "dialogue.created"));
  EXPECT_FALSE(Has(city, "user.created")) << "coordinators do not read administration";
  EXPECT_FALSE(Has(ward, "question.submitted")) << "the city's questions are above the ward";
  EXPECT_FALSE(Has(ward, "dialogue.created"));
  EXPECT_FALSE(Has(admin, "question.submitted")) << "administrators do not read handling";
  EXPECT_TRUE(Has(admin, "dialogue.created"));
  EXPECT_TRUE(Has(admin, "units.loaded")) << "entries about no unit: national readers";
  EXPECT_FALSE(Has(ward_admin, "units.loaded"));
  EXPECT_FALSE(Has(ward_admin, "dialogue.created"));
  // The ward's administrator reads the creation of the ward's accounts and agency only.
  EXPECT_EQ(std::count(ward_admin.begin(), ward_admin.end(), "user.created"), 2);
  EXPECT_EQ(std::count(ward_admin.begin(), ward_admin.end(), "agency.created"), 1);
  EXPECT_EQ(std::count(admin.begin(), admin.end(), "user.created"), 8);
  for (const Actor* a : {&leader_, &union_, &officer_}) {
    EXPECT_TRUE(ListAudit(ctx_, *a, "", 0, 10).error().Is(ErrorCode::kForbidden)) << a->username;
  }
}

TEST_F(Privacy, OnlyTheHostUnitsHandlersSeeWhoAsked) {
  auto seen = [&](const Actor& a) { return ListQuestions(ctx_, a, dialogue_, {}).value().items; };
  auto city = seen(city_);
  ASSERT_EQ(city.size(), 1u);
  EXPECT_TRUE(city[0].asker_visible);
  EXPECT_EQ(city[0].question.asker_name, "Lê Thị Hỏi");
  EXPECT_EQ(city[0].question.age, 17);
  EXPECT_TRUE(city[0].has_contact);
  EXPECT_EQ(city[0].question.asker_contact, "") << "the contact never leaves in a list";
  EXPECT_TRUE(seen(union_)[0].asker_visible);
  for (const Actor* a : {&national_, &leader_}) {
    auto items = seen(*a);
    ASSERT_EQ(items.size(), 1u) << a->username << " still reads the question";
    EXPECT_FALSE(items[0].asker_visible) << a->username;
    EXPECT_EQ(items[0].question.asker_name, "");
    EXPECT_FALSE(items[0].question.age);
    EXPECT_FALSE(items[0].has_contact);
    EXPECT_EQ(items[0].age_band, "16–17");
  }
  // The screening answer follows the same rule.
  auto screened = ScreenQuestion(ctx_, national_, question_, {"accepted", std::nullopt, ""});
  ASSERT_TRUE(screened.ok());
  EXPECT_EQ(screened->question.asker_name, "");
  // The lead agency answers the question, not the youth.
  auto issue = CreateIssue(ctx_, city_, dialogue_, {"Khởi nghiệp", {question_.value}}).value();
  ASSERT_TRUE(RouteIssue(ctx_, city_, issue.id, {agencies_["so-kh-cn"], {}, "2025-03-20"}).ok());
  auto detail = GetIssue(ctx_, officer_, issue.id).value();
  ASSERT_EQ(detail.items[0].questions.size(), 1u);
  EXPECT_FALSE(detail.items[0].questions[0].asker_visible);
  EXPECT_EQ(detail.items[0].questions[0].question.asker_name, "");
  EXPECT_TRUE(GetIssue(ctx_, city_, issue.id).value().items[0].questions[0].asker_visible);
}

TEST_F(Privacy, RevealingAContactIsLoggedAndOnlyForTheHostUnitsHandlers) {
  auto contact = RevealContact(ctx_, city_, question_);
  ASSERT_TRUE(contact.ok());
  EXPECT_EQ(contact->asker_contact, "0900000009");
  EXPECT_EQ(contact->asker_name, "Lê Thị Hỏi");
  auto entries = ListAudit(ctx_, national_, "question", question_.value, 10).value();
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].action, "question.contact_revealed");
  EXPECT_EQ(entries[0].user, city_.user);
  EXPECT_EQ(entries[0].at, clock_.Now());
  EXPECT_EQ(entries[0].after_json.find("0900000009"), std::string::npos) << "never the contact";
  EXPECT_EQ(entries[0].after_json.find("Lê Thị Hỏi"), std::string::npos);
  for (const Actor* a : {&national_, &leader_, &officer_, &ward_, &admin_}) {
    EXPECT_TRUE(RevealContact(ctx_, *a, question_).error().Is(ErrorCode::kNotFound)) << a->username;
  }
  EXPECT_TRUE(RevealContact(ctx_, city_, QuestionId(999)).error().Is(ErrorCode::kNotFound));
  EXPECT_EQ(ListAudit(ctx_, national_, "question", question_.value, 10).value().size(), 2u)
      << "a refused reveal writes nothing";
}

TEST_F(Privacy, AWardAdministratorKeepsToTheWardsAccounts) {
  auto listed = [&](const Actor& a) {
    std::vector<std::string> out;
    auto users = ListUsers(ctx_, a);
    for (const auto& v : users.value()) out.push_back(v.user.username);
    return out;
  };
  EXPECT_EQ(listed(ward_admin_), (std::vector<std::string>{"qtphuong", "vhxhphuong"}));
  EXPECT_EQ(listed(admin_).size(), 8u);

  auto roleless = CreateUserAsSystem(ctx_, {"khongvaitro", "Không vai trò", "mat-khau-dai", {}});
  ASSERT_TRUE(roleless.ok());
  EXPECT_EQ(listed(admin_).size(), 9u) << "the national administrator sees it";
  EXPECT_EQ(listed(ward_admin_).size(), 2u);

  UserPatch takeover;
  takeover.password = "mat-khau-moi-dai";
  EXPECT_TRUE(
      UpdateUser(ctx_, ward_admin_, roleless->user.id, takeover).error().Is(ErrorCode::kNotFound));
  EXPECT_TRUE(UpdateUser(ctx_, ward_admin_, city_.user, takeover).error().Is(ErrorCode::kNotFound));
  EXPECT_TRUE(UpdateUser(ctx_, ward_admin_, ward_.user, takeover).ok());
  EXPECT_TRUE(UpdateUser(ctx_, admin_, roleless->user.id, takeover).ok());

  // A city officer who also holds a ward role is listed by the ward, not the ward's to change.
  UserPatch both;
  both.grants = std::vector<GrantInput>{{"coordinator", 2, std::nullopt}, {"leader", 3, {}}};
  ASSERT_TRUE(UpdateUser(ctx_, admin_, leader_.user, both).ok());
  EXPECT_EQ(listed(ward_admin_).size(), 3u);
  EXPECT_TRUE(
      UpdateUser(ctx_, ward_admin_, leader_.user, takeover).error().Is(ErrorCode::kForbidden));

  // Roles outside the ward are refused; an account without roles cannot be created below the
  // nation.
  UserPatch promote;
  promote.grants = std::vector<GrantInput>{{"administrator", 2, std::nullopt}};
  auto refused = UpdateUser(ctx_, ward_admin_, ward_.user, promote);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().fields().front().field, "grants[0].unit_id");
  auto bare = CreateUser(ctx_, ward_admin_, {"moi.phuong", "Mới", "mat-khau-dai", {}});
  ASSERT_FALSE(bare.ok());
  EXPECT_EQ(bare.error().fields().front().field, "grants");
  EXPECT_TRUE(
      CreateUser(ctx_, ward_admin_, {"moi.phuong", "Mới", "mat-khau-dai", {{"leader", 3, {}}}})
          .ok());
}

}  // namespace
}  // namespace doithoai
