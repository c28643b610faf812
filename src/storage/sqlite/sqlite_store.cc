#include "storage/sqlite/sqlite_store.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <exception>
#include <filesystem>

#include "storage/migrations.h"
#include "storage/sqlite/queries.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {

struct SqliteStore::Job {
  const std::function<Status(Tx&)>* work;
  std::optional<Status> result;
  std::exception_ptr exception;
};

void Migrate(Connection& c) {
  c.Exec(sql::kCreateMigrations);
  for (const auto& m : Migrations()) {
    {
      auto s = c.Prepare(sql::kAppliedMigration);
      s.Bind(m.name);
      if (s.Next()) continue;
    }
    c.Exec("BEGIN IMMEDIATE");
    try {
      c.Exec(m.sql);
      auto r = c.Prepare(sql::kRecordMigration);
      r.Bind(m.name).Bind(static_cast<int64_t>(std::time(nullptr)));
      r.Run();
      c.Exec("COMMIT");
      spdlog::info("applied migration {}", m.name);
    } catch (...) {
      c.Exec("ROLLBACK");
      throw;
    }
  }
}

SqliteStore::SqliteStore(std::string path, SqliteOptions options)
    : path_(std::move(path)), options_(options) {}

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path,
                                                       SqliteOptions options) {
  std::unique_ptr<SqliteStore> store(new SqliteStore(path, options));
  try {
    store->writer_ = std::make_unique<Connection>(path, Connection::Mode::kReadWrite);
    store->writer_->Exec("PRAGMA journal_mode = WAL");
    store->writer_->Exec(options.synchronous_full ? "PRAGMA synchronous = FULL"
                                                  : "PRAGMA synchronous = NORMAL");
    Migrate(*store->writer_);
  } catch (const SqliteError& e) {
    return Error::Internal("không mở được cơ sở dữ liệu " + path + ": " + e.what());
  }
  store->writer_thread_ = std::thread([s = store.get()] { s->WriterLoop(); });
  return store;
}

SqliteStore::~SqliteStore() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  if (writer_thread_.joinable()) writer_thread_.join();
}

Status SqliteStore::Write(const std::function<Status(Tx&)>& work) {
  Job job{&work, std::nullopt, nullptr};
  {
    std::unique_lock lock(mu_);
    if (stopping_) return Error(ErrorCode::kUnavailable, "cơ sở dữ liệu đang đóng");
    queue_.push_back(&job);
    work_ready_.notify_one();
    work_done_.wait(lock, [&] { return job.result.has_value() || job.exception; });
  }
  if (job.exception) std::rethrow_exception(job.exception);
  return std::move(*job.result);
}

void SqliteStore::WriterLoop() {
  std::vector<Job*> group;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty() && stopping_) return;
      while (!queue_.empty() && static_cast<int>(group.size()) < options_.max_group) {
        group.push_back(queue_.front());
        queue_.pop_front();
      }
    }
    RunGroup(group);
    {
      std::lock_guard lock(mu_);
      group.clear();
    }
    work_done_.notify_all();
  }
}

// Runs each job under its own savepoint, then commits once. If the COMMIT itself fails, no
// job of the group is acknowledged as written.
void SqliteStore::RunGroup(std::vector<Job*>& group) {
  Connection& c = *writer_;
  SqliteTx tx(c);
  try {
    c.Exec("BEGIN IMMEDIATE");
  } catch (const SqliteError& e) {
    for (Job* job : group) job->result = Error(ErrorCode::kUnavailable, e.what());
    return;
  }
  bool any_ok = false;
  for (Job* job : group) {
    c.Exec("SAVEPOINT job");
    Status result;
    try {
      result = (*job->work)(tx);
    } catch (const SqliteError& e) {
      result = Error::Internal(std::string("lỗi cơ sở dữ liệu: ") + e.what());
    } catch (...) {
      job->exception = std::current_exception();
      result = Error::Internal("exception");
    }
    if (result.ok()) {
      c.Exec("RELEASE job");
      any_ok = true;
    } else {
      c.Exec("ROLLBACK TO job");
      c.Exec("RELEASE job");
    }
    if (!job->exception) job->result = std::move(result);
  }
  try {
    c.Exec(any_ok ? "COMMIT" : "ROLLBACK");
    if (any_ok) version_.fetch_add(1, std::memory_order_acq_rel);
  } catch (const SqliteError& e) {
    spdlog::error("commit failed: {}", e.what());
    try {
      c.Exec("ROLLBACK");
    } catch (...) {
    }
    for (Job* job : group) {
      if (job->result && job->result->ok()) {
        job->result = Error(ErrorCode::kUnavailable, std::string("commit failed: ") + e.what());
      }
    }
  }
}

std::unique_ptr<Connection> SqliteStore::AcquireReader() {
  {
    std::lock_guard lock(readers_mu_);
    if (!idle_readers_.empty()) {
      auto c = std::move(idle_readers_.back());
      idle_readers_.pop_back();
      return c;
    }
  }
  auto c = std::make_unique<Connection>(path_, Connection::Mode::kReadOnly);
  // Readers map the file instead of copying pages through read(2) into per-connection caches.
  c->Exec("PRAGMA mmap_size = 268435456");
  return c;
}

void SqliteStore::ReleaseReader(std::unique_ptr<Connection> c) {
  std::lock_guard lock(readers_mu_);
  idle_readers_.push_back(std::move(c));
}

Status SqliteStore::Read(const std::function<Status(Tx&)>& work) {
  std::unique_ptr<Connection> c;
  try {
    c = AcquireReader();
  } catch (const SqliteError& e) {
    return Error(ErrorCode::kUnavailable, e.what());
  }
  Status result;
  try {
    c->Exec("BEGIN");
    SqliteTx tx(*c);
    result = work(tx);
    c->Exec("COMMIT");
  } catch (const SqliteError& e) {
    try {
      c->Exec("ROLLBACK");
    } catch (...) {
    }
    result = Error::Internal(std::string("lỗi cơ sở dữ liệu (chỉ đọc): ") + e.what());
  } catch (...) {
    try {
      c->Exec("ROLLBACK");
    } catch (...) {
    }
    ReleaseReader(std::move(c));
    throw;
  }
  ReleaseReader(std::move(c));
  return result;
}

Status SqliteStore::Backup(const std::string& dest) {
  std::error_code ec;
  std::filesystem::remove(dest, ec);
  try {
    Connection out(dest, Connection::Mode::kReadWrite);
    auto src = AcquireReader();
    sqlite3_backup* b = sqlite3_backup_init(out.raw(), "main", src->raw(), "main");
    if (!b) return Error::Internal(sqlite3_errmsg(out.raw()));
    int rc;
    // Copy in steps of 1024 pages; a write between steps restarts the copy from a fresh
    // snapshot, so the result is always one consistent state of the database.
    while ((rc = sqlite3_backup_step(b, 1024)) == SQLITE_OK || rc == SQLITE_BUSY ||
           rc == SQLITE_LOCKED) {
      if (rc != SQLITE_OK) sqlite3_sleep(5);
    }
    sqlite3_backup_finish(b);
    ReleaseReader(std::move(src));
    if (rc != SQLITE_DONE) return Error::Internal(std::string("backup: ") + sqlite3_errstr(rc));
    out.Exec("PRAGMA journal_mode = DELETE");
  } catch (const SqliteError& e) {
    return Error::Internal(std::string("backup: ") + e.what());
  }
  return Ok();
}

Status RestoreDatabase(const std::string& source, const std::string& dest) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_regular_file(source, ec)) return Error::Invalid("file", "không tìm thấy tệp sao lưu");
  std::string staging = dest + ".restoring";
  fs::remove(staging, ec);
  try {
    {
      Connection check(source, Connection::Mode::kReadOnly);
      auto s = check.Prepare("PRAGMA integrity_check");
      if (!s.Next() || s.Text(0) != "ok") {
        return Error::Invalid("file", "tệp sao lưu bị hỏng (integrity_check)");
      }
    }
    fs::copy_file(source, staging, fs::copy_options::overwrite_existing);
    {
      Connection c(staging, Connection::Mode::kReadWrite);
      Migrate(c);
    }
  } catch (const SqliteError& e) {
    fs::remove(staging, ec);
    return Error::Invalid("file",
                          std::string("không phải cơ sở dữ liệu SQLite hợp lệ: ") + e.what());
  }
  fs::remove(dest + "-wal", ec);
  fs::remove(dest + "-shm", ec);
  fs::rename(staging, dest, ec);
  if (ec) return Error::Internal("restore: " + ec.message());
  return Ok();
}

}  // namespace doithoai::storage::sqlite
