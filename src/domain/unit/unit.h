// The administrative tree (SYSTEM.md C1): nation → province/city → commune/ward/special zone.
// Each unit stores its materialised path of ancestor ids ("/1/14/230/"), which makes "is
// this unit inside that one's subtree?" a prefix test with no recursion and no I/O.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/ids.h"

namespace doithoai {

enum class UnitLevel { kNation = 0, kProvince = 1, kCommune = 2, kResidentialGroup = 3 };

const char* UnitLevelName(UnitLevel level);  // "nation", "province", ...
std::optional<UnitLevel> ParseUnitLevel(std::string_view name);

struct Unit {
  UnitId id;
  std::string code;  // stable: GSO code for communes, slug for provinces ("hai-phong")
  std::string name;  // official full name: "Thành phố Hải Phòng", "Phường Hồng Bàng"
  std::string kind;  // as written in the source list: "phường", "xã", "đặc khu", "tỉnh"…
  UnitLevel level = UnitLevel::kNation;
  std::optional<UnitId> parent;
  std::string path;  // "/<root id>/…/<own id>/", set by storage on insert
};

// True when `unit_path` lies in the subtree rooted at `scope_path` (itself included).
inline bool IsWithin(std::string_view unit_path, std::string_view scope_path) {
  return !scope_path.empty() && unit_path.substr(0, scope_path.size()) == scope_path;
}

// True for the path of a root of the tree (the nation): "/1/".
inline bool IsRootPath(std::string_view path) {
  return path.size() > 2 && path.front() == '/' && path.find('/', 1) == path.size() - 1;
}

inline std::string ChildPath(std::string_view parent_path, UnitId id) {
  std::string p = parent_path.empty() ? "/" : std::string(parent_path);
  return p + std::to_string(id.value) + "/";
}

}  // namespace doithoai
