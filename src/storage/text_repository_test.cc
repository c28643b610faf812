// TextRepository (app/text/text_repository.h) on both stores: the SQLite adapter against the
// in-memory reference, on a real file.
#include "app/text/text_repository.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "storage/memory/memory_store.h"
#include "storage/sqlite/sqlite_store.h"

namespace doithoai {
namespace {

class TextRepositoryTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    if (GetParam()) {
      dir_ = std::filesystem::temp_directory_path() /
             ("doithoai-textrepo-" + std::to_string(::getpid()));
      std::filesystem::remove_all(dir_);
      std::filesystem::create_directories(dir_);
      store_ = storage::sqlite::SqliteStore::Open((dir_ / "db").string()).value();
    } else {
      store_ = std::make_unique<storage::MemoryStore>();
    }
    ASSERT_TRUE(
        store_
            ->Write([&](Tx& tx) -> Status {
              Unit u;
              u.code = "hai-phong";
              u.name = "Thành phố Hải Phòng";
              u.kind = "thành phố";
              DT_ASSIGN_OR_RETURN(unit_, tx.units().Insert(u));
              for (const char* code : {"so-kh-cn", "so-nn-mt"}) {
                DT_ASSIGN_OR_RETURN(Agency a, tx.agencies().Insert({{}, unit_.id, code, code}));
                agencies_.push_back(a.id);
              }
              User user;
              user.username = "sonoivu";
              user.password_hash = "x";
              DT_ASSIGN_OR_RETURN(user_, tx.users().Insert(user));
              Dialogue d;
              d.unit = unit_.id;
              d.year = 2025;
              d.title = "Đối thoại 2025";
              d.held_on = Date(2025, 3, 26);
              DT_ASSIGN_OR_RETURN(dialogue_, tx.dialogues().Insert(d));
              return Ok();
            })
            .ok());
  }
  void TearDown() override {
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  Unit unit_;
  Dialogue dialogue_;
  User user_;
  std::vector<AgencyId> agencies_;
};

TEST_P(TextRepositoryTest, DecisionsComeBackInOrderWithTheirParts) {
  GroupingDecision split;
  split.dialogue = dialogue_.id;
  split.verdict = GroupingVerdict::kSplit;
  split.members = {3, 7, 9};
  split.parts = {{3, 7}, {9}};
  split.decided_by = user_.id;
  split.decided_at = Instant{1740000000};
  GroupingDecision reject = split;
  reject.verdict = GroupingVerdict::kReject;
  reject.members = {4, 5};
  reject.parts = {};
  ASSERT_TRUE(store_
                  ->Write([&](Tx& tx) -> Status {
                    DT_ASSIGN_OR_RETURN(GroupingDecision a, tx.text().InsertDecision(split));
                    DT_ASSIGN_OR_RETURN(GroupingDecision b, tx.text().InsertDecision(reject));
                    EXPECT_LT(a.id, b.id);
                    return Ok();
                  })
                  .ok());
  // A failing write leaves nothing behind.
  EXPECT_FALSE(store_
                   ->Write([&](Tx& tx) -> Status {
                     DT_ASSIGN_OR_RETURN(GroupingDecision c, tx.text().InsertDecision(reject));
                     (void)c;
                     return Error::Conflict("rolled back");
                   })
                   .ok());
  std::vector<GroupingDecision> got;
  ASSERT_TRUE(store_
                  ->Read([&](Tx& tx) -> Status {
                    got = tx.text().Decisions(dialogue_.id);
                    EXPECT_TRUE(tx.text().Decisions(DialogueId(dialogue_.id.value + 1)).empty());
                    return Ok();
                  })
                  .ok());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].verdict, GroupingVerdict::kSplit);
  EXPECT_EQ(got[0].members, (std::vector<int64_t>{3, 7, 9}));
  EXPECT_EQ(got[0].parts, (std::vector<std::vector<int64_t>>{{3, 7}, {9}}));
  EXPECT_EQ(got[0].decided_at, Instant{1740000000});
  EXPECT_EQ(got[1].verdict, GroupingVerdict::kReject);
  EXPECT_TRUE(got[1].parts.empty());
}

TEST_P(TextRepositoryTest, RoutingTableIsReplacedWhole) {
  auto table = [&] {
    std::vector<RoutingRule> out;
    EXPECT_TRUE(store_
                    ->Read([&](Tx& tx) -> Status {
                      out = tx.text().RoutingTable(unit_.id);
                      return Ok();
                    })
                    .ok());
    return out;
  };
  auto set = [&](std::vector<RoutingRule> rules) {
    return store_->Write([&](Tx& tx) { return tx.text().SetRoutingTable(unit_.id, rules); });
  };
  EXPECT_TRUE(table().empty());
  ASSERT_TRUE(set({{"y-te", {agencies_[1]}}, {"moi-truong", {agencies_[1], agencies_[0]}}}).ok());
  auto t = table();
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].topic, "moi-truong");  // ordered by topic code
  EXPECT_EQ(t[0].agencies, (std::vector<AgencyId>{agencies_[1], agencies_[0]}));
  EXPECT_EQ(t[1].topic, "y-te");
  ASSERT_TRUE(set({{"viec-lam", {agencies_[0]}}}).ok());
  ASSERT_EQ(table().size(), 1u);
  ASSERT_TRUE(set({}).ok());
  EXPECT_TRUE(table().empty());
}

INSTANTIATE_TEST_SUITE_P(Stores, TextRepositoryTest, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Sqlite" : "Memory"; });

}  // namespace
}  // namespace doithoai
