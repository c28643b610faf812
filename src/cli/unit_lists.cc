#include "cli/unit_lists.h"

#include <fstream>
#include <map>
#include <sstream>

#include "app/admin/administration.h"
#include "import/csv_reader.h"

namespace doithoai::cli {
namespace {

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::Invalid("file", "không đọc được tệp " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Rows as maps from header name to cell.
Result<std::vector<std::map<std::string, std::string>>> ReadTable(const std::string& path) {
  DT_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
  import::ReadLimits limits;
  limits.max_bytes = 20 << 20;
  limits.max_rows = 100000;
  DT_ASSIGN_OR_RETURN(auto rows, import::ReadCsv(bytes, limits));
  if (rows.empty()) return Error::Invalid("file", path + ": trống");
  std::vector<std::map<std::string, std::string>> out;
  const auto& header = rows.front().cells;
  for (size_t i = 1; i < rows.size(); ++i) {
    std::map<std::string, std::string> row;
    for (size_t c = 0; c < header.size() && c < rows[i].cells.size(); ++c) {
      row[header[c]] = rows[i].cells[c];
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace

Result<int> LoadUnitLists(Context& ctx, const std::string& dir) {
  DT_ASSIGN_OR_RETURN(auto provinces, ReadTable(dir + "/provinces-2025.csv"));
  DT_ASSIGN_OR_RETURN(auto communes, ReadTable(dir + "/communes-2025.csv"));
  int inserted = 0;
  DT_ASSIGN_OR_RETURN(
      int n, LoadUnits(ctx, {{std::nullopt, kNationCode, "Việt Nam", "quốc gia", "nation"}}));
  inserted += n;
  DT_ASSIGN_OR_RETURN(auto nation, ReadValue<Unit>(ctx.store, [](Tx& tx) -> Result<Unit> {
                        auto u = tx.units().FindByCode(kNationCode);
                        if (!u) return Error::Internal("nation missing");
                        return *u;
                      }));
  std::vector<UnitInput> level;
  for (auto& p : provinces) {
    level.push_back({nation.id.value, p["code"], p["name"], p["kind"], "province"});
  }
  DT_ASSIGN_OR_RETURN(n, LoadUnits(ctx, level));
  inserted += n;
  std::map<std::string, int64_t> province_ids;
  DT_RETURN_IF_ERROR(ctx.store.Read([&](Tx& tx) -> Status {
    for (const auto& u : tx.units().Children(nation.id)) province_ids[u.code] = u.id.value;
    return Ok();
  }));
  level.clear();
  for (auto& c : communes) {
    auto it = province_ids.find(c["province_code"]);
    if (it == province_ids.end()) {
      return Error::Invalid("province_code", "tỉnh không tồn tại: " + c["province_code"]);
    }
    level.push_back({it->second, c["code"], c["name"], c["kind"], "commune"});
  }
  DT_ASSIGN_OR_RETURN(n, LoadUnits(ctx, level));
  inserted += n;
  return inserted;
}

}  // namespace doithoai::cli
