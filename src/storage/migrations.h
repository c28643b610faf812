// Numbered schema migrations, compiled into the binary from migrations/NNNN_name.sql (see
// the top CMakeLists.txt). They are applied in name order, each once, each in its own
// transaction, and recorded in schema_migrations.
#pragma once

#include <string>
#include <vector>

namespace doithoai::storage {

struct Migration {
  std::string name;  // "0001_initial"
  std::string sql;
};

const std::vector<Migration>& Migrations();

}  // namespace doithoai::storage
