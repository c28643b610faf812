// The storage suite run on SQLite (a real file per test), plus SQLite-only behaviour: group
// commit isolates a failing write from the others in its group, backups are consistent while
// writes continue, and restore refuses what is not a database.
#include "storage/sqlite/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "storage/migrations.h"
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

// Migration 0008 (issue 10: the audit log scoped to the reader's subtree and role) gives the
// entries written before it their unit and area, from the records they name.
TEST(SqliteMigration, AuditEntriesOfAnOlderDatabaseGetTheirUnitAndArea) {
  auto dir =
      std::filesystem::temp_directory_path() / ("doithoai-migration-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string path = (dir / "old.db").string();
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    auto exec = [&](const std::string& sql) {
      char* err = nullptr;
      EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK)
          << (err ? err : "") << "\n"
          << sql.substr(0, 200);
      sqlite3_free(err);
    };
    exec("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)");
    for (const auto& m : storage::Migrations()) {
      if (m.name >= "0008") break;
      exec(m.sql);
      exec("INSERT INTO schema_migrations VALUES ('" + m.name + "', 0)");
    }
    exec(R"sql(
      INSERT INTO units VALUES (1, 'vn', 'Việt Nam', 'quốc gia', 0, NULL, '/1/'),
                               (2, 'hai-phong', 'Hải Phòng', 'thành phố', 1, 1, '/1/2/'),
                               (3, 'hong-bang', 'Hồng Bàng', 'phường', 2, 2, '/1/2/3/');
      INSERT INTO agencies VALUES (1, 3, 'vhxh', 'Phòng VH-XH', 1);
      INSERT INTO users VALUES (1, 'phuong', 'Cán bộ phường', 'x', 1, 0),
                               (2, 'hai.cap', 'Hai cấp', 'x', 1, 0);
      INSERT INTO role_grants VALUES (1, 0, 'coordinator', 3, NULL),
                                     (2, 0, 'coordinator', 2, NULL), (2, 1, 'leader', 3, NULL);
      INSERT INTO dialogues VALUES (1, 3, NULL, 2025, 'Đối thoại', '', '', '', 'direct', '',
                                    '2025-03-26', NULL, NULL, 0, 1);
      INSERT INTO questions VALUES (1, 1, 'DT.20250301.0001', 'Câu hỏi', 20, 'Tên', '09', NULL,
                                    'web', NULL, '', 1, 0, 'new', '', NULL, NULL);
      INSERT INTO audit_log (at, user_id, action, entity, entity_id, before_json, after_json)
      VALUES (0, NULL, 'question.submitted', 'question', 1, '', '{}'),
             (0, 1, 'dialogue.created', 'dialogue', 1, '', '{}'),
             (0, NULL, 'user.created', 'user', 1, '', '{}'),
             (0, NULL, 'user.created', 'user', 2, '', '{}'),
             (0, NULL, 'agency.created', 'agency', 1, '', '{}'),
             (0, NULL, 'units.loaded', 'unit', 0, '', '{}'),
             (0, NULL, 'question.screened', 'question', 99, '', '{}');
    )sql");
    sqlite3_close(db);
  }
  auto store = storage::sqlite::SqliteStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.error().message();
  std::vector<AuditEntry> entries;
  ASSERT_TRUE((*store)
                  ->Read([&](Tx& tx) {
                    entries = tx.audit().List({"", 0, {}, 10});
                    return Ok();
                  })
                  .ok());
  ASSERT_EQ(entries.size(), 7u);
  std::reverse(entries.begin(), entries.end());  // in append order
  struct Expected {
    std::optional<UnitId> unit;
    AuditArea area;
  };
  const Expected expected[] = {
      {UnitId(3), AuditArea::kHandling},           // the dialogue's host
      {UnitId(3), AuditArea::kPlanning},           // the dialogue's host
      {UnitId(3), AuditArea::kAdministration},     // the account's one unit
      {std::nullopt, AuditArea::kAdministration},  // grants in two units: national only
      {UnitId(3), AuditArea::kAdministration},     // the agency's unit
      {std::nullopt, AuditArea::kAdministration},  // no unit
      {std::nullopt, AuditArea::kHandling},        // a question that is gone
  };
  for (size_t i = 0; i < entries.size(); ++i) {
    SCOPED_TRACE(entries[i].action + " #" + std::to_string(entries[i].entity_id));
    EXPECT_EQ(entries[i].unit, expected[i].unit);
    EXPECT_EQ(entries[i].area, expected[i].area);
  }
  store->reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace doithoai
