// The storage suite run on SQLite (a real file per test), plus SQLite-only behaviour: group
// commit isolates a failing write from the others in its group, backups are consistent while
// writes continue, and restore refuses what is not a database.
#include "storage/sqlite/sqlite_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "storage_suite/storage_suite.h"

namespace doithoai {
namespace {

std::unique_ptr<Store> MakeSqliteStore(const std::string& dir) {
  auto store = storage::sqlite::SqliteStore::Open(dir + "/doithoai.db");
  if (!store.ok()) throw std::runtime_error(store.error().message());
  return std::move(store).value();
}

INSTANTIATE_TEST_SUITE_P(Sqlite, StorageSuite,
                         ::testing::Values(StoreFactory{"sqlite", MakeSqliteStore, true}),
                         StoreFactoryName);

class SqliteOnly : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("doithoai-sqlite-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store_ = storage::sqlite::SqliteStore::Open((dir_ / "db").string()).value();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  int64_t Counter(const std::string& name) {
    int64_t v = 0;
    EXPECT_TRUE(store_
                    ->Write([&](Tx& tx) -> Status {
                      DT_ASSIGN_OR_RETURN(v, tx.counters().Next(name));
                      return Ok();
                    })
                    .ok());
    return v;
  }
  std::filesystem::path dir_;
  std::unique_ptr<storage::sqlite::SqliteStore> store_;
};

// Many concurrent writers share commits; one failing writer must roll back alone.
TEST_F(SqliteOnly, GroupCommitIsolatesAFailingWrite) {
  std::atomic<int> ok{0}, failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 16; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        bool fail = (i % 5 == 0);
        auto s = store_->Write([&](Tx& tx) -> Status {
          DT_ASSIGN_OR_RETURN(int64_t v, tx.counters().Next("hits"));
          (void)v;
          DT_RETURN_IF_ERROR(tx.counters().Next("thread-" + std::to_string(t)).ok()
                                 ? Ok()
                                 : Status(Error::Internal("x")));
          if (fail) return Error::Conflict("planned failure");
          return Ok();
        });
        (s.ok() ? ok : failed)++;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 16 * 40);
  EXPECT_EQ(failed.load(), 16 * 10);
  // Only the successful writes counted, even though failures shared their transactions.
  EXPECT_EQ(Counter("hits"), 16 * 40 + 1);
  for (int t = 0; t < 16; ++t) EXPECT_EQ(Counter("thread-" + std::to_string(t)), 41);
}

TEST_F(SqliteOnly, BackupWhileWritingIsConsistentAndRestores) {
  std::atomic<bool> stop{false};
  std::thread writer([&] {
    while (!stop) {
      auto s = store_->Write([&](Tx& tx) -> Status {
        DT_ASSIGN_OR_RETURN(int64_t a, tx.counters().Next("a"));
        DT_ASSIGN_OR_RETURN(int64_t b, tx.counters().Next("b"));
        return a == b ? Ok() : Status(Error::Internal("counters diverged"));
      });
      ASSERT_TRUE(s.ok());
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  std::string backup = (dir_ / "backup.db").string();
  ASSERT_TRUE(store_->Backup(backup).ok());
  stop = true;
  writer.join();
  // The copy is one consistent state: both counters advanced together.
  auto copy = storage::sqlite::SqliteStore::Open(backup).value();
  int64_t a = 0, b = 0;
  ASSERT_TRUE(copy->Write([&](Tx& tx) -> Status {
                    a = tx.counters().Next("a").value();
                    b = tx.counters().Next("b").value();
                    return Ok();
                  })
                  .ok());
  EXPECT_EQ(a, b);
  EXPECT_GT(a, 1);
  copy.reset();
  std::string target = (dir_ / "restored.db").string();
  ASSERT_TRUE(storage::sqlite::RestoreDatabase(backup, target).ok());
  EXPECT_TRUE(storage::sqlite::SqliteStore::Open(target).ok());
}

TEST_F(SqliteOnly, RestoreRefusesWhatIsNotADatabase) {
  std::string junk = (dir_ / "junk.db").string();
  std::ofstream(junk) << "this is not an SQLite file, just some text";
  std::string target = (dir_ / "target.db").string();
  auto s = storage::sqlite::RestoreDatabase(junk, target);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields().at(0).field, "file");
  EXPECT_FALSE(std::filesystem::exists(target));
  EXPECT_FALSE(storage::sqlite::RestoreDatabase((dir_ / "missing.db").string(), target).ok());
}

}  // namespace
}  // namespace doithoai
