// Units, agencies, users, role grants and sessions on SQLite.
#include "storage/sqlite/queries.h"
#include "storage/sqlite/rows.h"
#include "storage/sqlite/sqlite_tx.h"

namespace doithoai::storage::sqlite {

template <class T, class Read>
static std::optional<T> One(Statement& s, Read read) {
  if (!s.Next()) return std::nullopt;
  return read(s);
}

Result<Unit> SqliteUnits::Insert(Unit unit) {
  std::string parent_path;
  if (unit.parent) {
    auto parent = Find(*unit.parent);
    if (!parent) return Error::Invalid("parent_id", "đơn vị cấp trên không tồn tại");
    parent_path = parent->path;
  }
  auto s = c_.Prepare(sql::kInsertUnit);
  s.Bind(unit.code)
      .Bind(unit.name)
      .Bind(unit.kind)
      .Bind(static_cast<int64_t>(unit.level))
      .Bind(ValueOf(unit.parent));
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "code"));
  unit.id = UnitId(id);
  unit.path = ChildPath(parent_path, unit.id);
  auto p = c_.Prepare(sql::kSetUnitPath);
  p.Bind(unit.path).Bind(id);
  DT_RETURN_IF_ERROR(CheckRun(p.Run(), "path", "đơn vị"));
  return unit;
}

std::optional<Unit> SqliteUnits::Find(UnitId id) {
  auto s = c_.Prepare(sql::kFindUnit);
  s.Bind(id.value);
  return One<Unit>(s, ReadUnit);
}

std::optional<Unit> SqliteUnits::FindByCode(std::string_view code) {
  auto s = c_.Prepare(sql::kFindUnitByCode);
  s.Bind(code);
  return One<Unit>(s, ReadUnit);
}

std::vector<Unit> SqliteUnits::Children(std::optional<UnitId> parent) {
  auto s = c_.Prepare(parent ? sql::kUnitChildren : sql::kUnitRoots);
  if (parent) s.Bind(parent->value);
  std::vector<Unit> out;
  while (s.Next()) out.push_back(ReadUnit(s));
  return out;
}

int64_t SqliteUnits::Count() {
  auto s = c_.Prepare(sql::kCountUnits);
  s.Next();
  return s.Int(0);
}

Result<Agency> SqliteAgencies::Insert(Agency agency) {
  auto s = c_.Prepare(sql::kInsertAgency);
  s.Bind(agency.unit.value).Bind(agency.code).Bind(agency.name).Bind(agency.active);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "code"));
  agency.id = AgencyId(id);
  return agency;
}

Status SqliteAgencies::Update(const Agency& a) {
  auto s = c_.Prepare(sql::kUpdateAgency);
  s.Bind(a.unit.value).Bind(a.code).Bind(a.name).Bind(a.active).Bind(a.id.value);
  return CheckUpdated(c_, s.Run(), "code", "cơ quan");
}

std::optional<Agency> SqliteAgencies::Find(AgencyId id) {
  auto s = c_.Prepare(sql::kFindAgency);
  s.Bind(id.value);
  return One<Agency>(s, ReadAgency);
}

std::optional<Agency> SqliteAgencies::FindByCode(UnitId unit, std::string_view code) {
  auto s = c_.Prepare(sql::kFindAgencyByCode);
  s.Bind(unit.value).Bind(code);
  return One<Agency>(s, ReadAgency);
}

std::vector<Agency> SqliteAgencies::ListByUnit(UnitId unit) {
  auto s = c_.Prepare(sql::kAgenciesOfUnit);
  s.Bind(unit.value);
  std::vector<Agency> out;
  while (s.Next()) out.push_back(ReadAgency(s));
  return out;
}

Result<User> SqliteUsers::Insert(User user) {
  auto s = c_.Prepare(sql::kInsertUser);
  s.Bind(user.username)
      .Bind(user.display_name)
      .Bind(user.password_hash)
      .Bind(user.active)
      .Bind(user.created_at.unix_seconds);
  DT_ASSIGN_OR_RETURN(int64_t id, InsertReturningId(s, "username"));
  user.id = UserId(id);
  return user;
}

Status SqliteUsers::Update(const User& u) {
  auto s = c_.Prepare(sql::kUpdateUser);
  s.Bind(u.username).Bind(u.display_name).Bind(u.password_hash).Bind(u.active).Bind(u.id.value);
  return CheckUpdated(c_, s.Run(), "username", "người dùng");
}

std::optional<User> SqliteUsers::Find(UserId id) {
  auto s = c_.Prepare(sql::kFindUser);
  s.Bind(id.value);
  return One<User>(s, ReadUser);
}

std::optional<User> SqliteUsers::FindByUsername(std::string_view username) {
  auto s = c_.Prepare(sql::kFindUserByName);
  s.Bind(username);
  return One<User>(s, ReadUser);
}

std::vector<User> SqliteUsers::List() {
  auto s = c_.Prepare(sql::kListUsers);
  std::vector<User> out;
  while (s.Next()) out.push_back(ReadUser(s));
  return out;
}

std::vector<RoleGrant> SqliteUsers::Grants(UserId user) {
  auto s = c_.Prepare(sql::kGrantsOfUser);
  s.Bind(user.value);
  std::vector<RoleGrant> out;
  while (s.Next()) {
    RoleGrant g;
    g.role = ParseRole(s.Text(0)).value_or(Role::kCoordinator);
    g.unit = UnitId(s.Int(1));
    g.agency = IdOf<AgencyId>(s, 2);
    g.unit_path = s.Text(3);
    out.push_back(std::move(g));
  }
  return out;
}

Status SqliteUsers::SetGrants(UserId user, const std::vector<RoleGrant>& grants) {
  if (!Find(user)) return Error::NotFound("người dùng");
  {
    auto d = c_.Prepare(sql::kDeleteGrants);
    d.Bind(user.value);
    DT_RETURN_IF_ERROR(CheckRun(d.Run(), "grants", "quyền"));
  }
  int64_t position = 0;
  for (const auto& g : grants) {
    auto s = c_.Prepare(sql::kInsertGrant);
    s.Bind(user.value)
        .Bind(position++)
        .Bind(RoleName(g.role))
        .Bind(g.unit.value)
        .Bind(ValueOf(g.agency));
    DT_RETURN_IF_ERROR(CheckRun(s.Run(), "grants", "quyền"));
  }
  return Ok();
}

Status SqliteSessions::Insert(const Session& x) {
  auto s = c_.Prepare(sql::kInsertSession);
  s.Bind(x.token_hash)
      .Bind(x.user.value)
      .Bind(x.csrf_token)
      .Bind(x.created_at.unix_seconds)
      .Bind(x.expires_at.unix_seconds);
  return CheckRun(s.Run(), "token_hash", "phiên đăng nhập");
}

std::optional<Session> SqliteSessions::Find(std::string_view token_hash) {
  auto s = c_.Prepare(sql::kFindSession);
  s.Bind(token_hash);
  if (!s.Next()) return std::nullopt;
  return Session{s.Text(0), UserId(s.Int(1)), s.Text(2), Instant{s.Int(3)}, Instant{s.Int(4)}};
}

Status SqliteSessions::Delete(std::string_view token_hash) {
  auto s = c_.Prepare(sql::kDeleteSession);
  s.Bind(token_hash);
  return CheckRun(s.Run(), "token", "phiên đăng nhập");
}

Status SqliteSessions::DeleteForUser(UserId user) {
  auto s = c_.Prepare(sql::kDeleteUserSessions);
  s.Bind(user.value);
  return CheckRun(s.Run(), "user", "phiên đăng nhập");
}

}  // namespace doithoai::storage::sqlite
