// A thin RAII layer over sqlite3: a connection with a cache of prepared statements keyed by
// the address of the named SQL constant (queries.h), and a statement cursor that binds
// parameters in order and resets itself when it goes out of scope.
//
// SQLite failures that the caller cannot handle (I/O errors, a malformed query) throw
// SqliteError; Store::Write/Read catch it at the boundary and report ErrorCode::kInternal.
// Constraint violations are returned by Statement::Run so repositories can map them to
// ErrorCode::kConflict.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace doithoai::storage::sqlite {

class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  Statement& Bind(int64_t v);
  Statement& Bind(int v) { return Bind(static_cast<int64_t>(v)); }
  Statement& Bind(bool v) { return Bind(static_cast<int64_t>(v ? 1 : 0)); }
  Statement& Bind(std::string_view v);
  Statement& Bind(const std::string& v) { return Bind(std::string_view(v)); }
  Statement& Bind(const char* v) { return Bind(std::string_view(v)); }
  Statement& Bind(std::nullopt_t);
  Statement& Bind(double v) {
    sqlite3_bind_double(stmt_, ++index_, v);
    return *this;
  }
  // Binary data (files): stored as a BLOB, read back with Blob().
  Statement& BindBlob(std::string_view bytes);
  template <class T>
  Statement& Bind(const std::optional<T>& v) {
    return v ? Bind(*v) : Bind(std::nullopt);
  }

  // Steps once: true when a row is available, false when done. Throws on error.
  bool Next();
  // Runs to completion; returns SQLITE_DONE, a SQLITE_CONSTRAINT* code, or SQLITE_READONLY
  // (a write inside a read transaction). Throws otherwise.
  int Run();

  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  std::optional<int64_t> OptInt(int col) const {
    return IsNull(col) ? std::nullopt : std::optional<int64_t>(Int(col));
  }
  std::string Text(int col) const;
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string Blob(int col) const;
  std::optional<std::string> OptText(int col) const {
    return IsNull(col) ? std::nullopt : std::optional<std::string>(Text(col));
  }

 private:
  sqlite3_stmt* stmt_;
  int index_ = 0;
};

class Connection {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  Connection(const std::string& path, Mode mode);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  // Executes one or more statements with no parameters (pragmas, BEGIN, migrations).
  void Exec(std::string_view sql);
  // REQUIRES: `sql` has static storage duration (a named constant); it is the cache key.
  Statement Prepare(const char* sql);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  int64_t Changes() const { return sqlite3_changes64(db_); }
  sqlite3* raw() { return db_; }

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<const char*, sqlite3_stmt*> cache_;
};

}  // namespace doithoai::storage::sqlite
