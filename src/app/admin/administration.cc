#include "app/admin/administration.h"

#include <algorithm>

#include "app/audit_trail.h"
#include "app/auth/passwords.h"
#include "domain/access/account_access.h"
#include "domain/access/permissions.h"
#include "text/normalize.h"

namespace doithoai {
namespace {

constexpr size_t kNameMax = 200;
constexpr size_t kCodeMax = 64;

// Codes are ASCII: letters, digits, '-', '_', '.'.
bool IsCode(std::string_view s) {
  return !s.empty() && s.size() <= kCodeMax && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
}

std::string CleanName(std::string_view raw, const char* field, FieldErrors& errors) {
  auto s = text::CleanText(raw);
  if (!s) {
    errors.Add(field, "không phải văn bản UTF-8 hợp lệ");
    return {};
  }
  if (s->empty()) errors.Add(field, "bắt buộc");
  if (text::CodePointCount(*s) > kNameMax) errors.Add(field, "quá dài");
  return *s;
}

// Validates grants against the tree: the unit exists and lies in the administrator's scope
// (when `actor` is set); an agency officer's agency exists and belongs to the unit.
Result<std::vector<RoleGrant>> ResolveGrants(Tx& tx, const Actor* actor,
                                             const std::vector<GrantInput>& in) {
  FieldErrors errors;
  std::vector<RoleGrant> out;
  for (size_t i = 0; i < in.size(); ++i) {
    std::string f = "grants[" + std::to_string(i) + "]";
    auto role = ParseRole(in[i].role);
    if (!role) errors.Add(f + ".role", "vai trò không hợp lệ");
    auto unit = tx.units().Find(UnitId(in[i].unit_id));
    if (!unit) {
      errors.Add(f + ".unit_id", "đơn vị không tồn tại");
      continue;
    }
    if (actor && !CanAdminister(*actor, unit->path)) {
      errors.Add(f + ".unit_id", "đơn vị nằm ngoài phạm vi quản trị của bạn");
    }
    std::optional<AgencyId> agency;
    if (in[i].agency_id) {
      auto a = tx.agencies().Find(AgencyId(*in[i].agency_id));
      if (!a || a->unit != unit->id) {
        errors.Add(f + ".agency_id", "cơ quan không tồn tại trong đơn vị này");
      } else {
        agency = a->id;
      }
    } else if (role == Role::kAgencyOfficer) {
      errors.Add(f + ".agency_id", "cán bộ cơ quan cần gắn với một cơ quan");
    }
    if (role) out.push_back({*role, unit->id, agency, unit->path});
  }
  if (!errors.empty()) return errors.ToError();
  return out;
}

Result<UserView> InsertUser(Context& ctx, const Actor* actor, const UserInput& in) {
  FieldErrors errors;
  User user;
  user.username = text::CleanText(in.username).value_or("");
  std::transform(user.username.begin(), user.username.end(), user.username.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (!IsCode(user.username) || user.username.size() < 3) {
    errors.Add("username", "3–64 ký tự: chữ không dấu, số, '-', '_', '.'");
  }
  user.display_name = CleanName(in.display_name, "display_name", errors);
  if (auto s = CheckPasswordStrength(in.password); !s.ok()) {
    errors.Add("password", s.error().fields().front().reason);
  }
  if (!errors.empty()) return errors.ToError();
  DT_ASSIGN_OR_RETURN(user.password_hash, HashPassword(in.password));
  user.created_at = ctx.clock.Now();
  user.active = true;
  return WriteValue<UserView>(ctx.store, [&](Tx& tx) -> Result<UserView> {
    DT_ASSIGN_OR_RETURN(auto grants, ResolveGrants(tx, actor, in.grants));
    // An account without roles is the national administrators' (account_access.h): one
    // created below the nation must have a role there, or its creator could never see it.
    if (actor && !CanManageAccount(*actor, grants)) {
      return Error::Invalid("grants", "cần ít nhất một vai trò trong phạm vi quản trị của bạn");
    }
    DT_ASSIGN_OR_RETURN(User stored, tx.users().Insert(user));
    DT_RETURN_IF_ERROR(tx.users().SetGrants(stored.id, grants));
    DT_RETURN_IF_ERROR(Record(tx, user.created_at,
                              actor ? std::optional(actor->user) : std::nullopt, "user.created",
                              "user", stored.id.value, nullptr, Snapshot(stored, grants)));
    return UserView{stored, grants};
  });
}

bool AdministersAnything(const Actor& actor) {
  return std::any_of(actor.grants.begin(), actor.grants.end(),
                     [](const RoleGrant& g) { return g.role == Role::kAdministrator; });
}

}  // namespace

Result<Unit> CreateUnit(Context& ctx, const Actor& actor, const UnitInput& in) {
  FieldErrors errors;
  Unit unit;
  unit.code = in.code;
  if (!IsCode(unit.code)) errors.Add("code", "mã gồm chữ không dấu, số, '-', '_' (tối đa 64)");
  unit.name = CleanName(in.name, "name", errors);
  unit.kind = CleanName(in.kind, "kind", errors);
  auto level = ParseUnitLevel(in.level);
  if (!level)
    errors.Add("level", "cấp không hợp lệ (nation, province, commune, residential_group)");
  if (!in.parent_id) errors.Add("parent_id", "bắt buộc chọn đơn vị cấp trên");
  if (!errors.empty()) return errors.ToError();
  unit.level = *level;
  unit.parent = UnitId(*in.parent_id);
  return WriteValue<Unit>(ctx.store, [&](Tx& tx) -> Result<Unit> {
    auto parent = tx.units().Find(*unit.parent);
    if (!parent) return Error::Invalid("parent_id", "đơn vị cấp trên không tồn tại");
    if (!CanAdminister(actor, parent->path)) return Error::Forbidden();
    if (static_cast<int>(unit.level) <= static_cast<int>(parent->level)) {
      return Error::Invalid("level", "cấp phải thấp hơn cấp của đơn vị cấp trên");
    }
    DT_ASSIGN_OR_RETURN(Unit stored, tx.units().Insert(unit));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "unit.created", "unit",
                              stored.id.value, nullptr, Snapshot(stored)));
    return stored;
  });
}

Result<int> LoadUnits(Context& ctx, const std::vector<UnitInput>& units) {
  return WriteValue<int>(ctx.store, [&](Tx& tx) -> Result<int> {
    int inserted = 0;
    for (size_t i = 0; i < units.size(); ++i) {
      const auto& in = units[i];
      std::string f = "units[" + std::to_string(i) + "]";
      if (tx.units().FindByCode(in.code)) continue;
      auto level = ParseUnitLevel(in.level);
      if (!level || !IsCode(in.code)) return Error::Invalid(f, "mã hoặc cấp không hợp lệ");
      Unit u;
      u.code = in.code;
      u.name = text::CleanText(in.name).value_or("");
      u.kind = text::CleanText(in.kind).value_or("");
      u.level = *level;
      if (in.parent_id) u.parent = UnitId(*in.parent_id);
      if (u.name.empty()) return Error::Invalid(f + ".name", "bắt buộc");
      DT_ASSIGN_OR_RETURN(Unit stored, tx.units().Insert(u));
      (void)stored;
      inserted++;
    }
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), std::nullopt, "units.loaded", "unit", 0, nullptr,
                              {{"inserted", inserted}}));
    return inserted;
  });
}

Result<Agency> CreateAgency(Context& ctx, const Actor& actor, const AgencyInput& in) {
  FieldErrors errors;
  Agency a;
  a.code = in.code;
  if (!IsCode(a.code)) errors.Add("code", "mã gồm chữ không dấu, số, '-', '_' (tối đa 64)");
  a.name = CleanName(in.name, "name", errors);
  if (!errors.empty()) return errors.ToError();
  a.unit = UnitId(in.unit_id);
  return WriteValue<Agency>(ctx.store, [&](Tx& tx) -> Result<Agency> {
    auto unit = tx.units().Find(a.unit);
    if (!unit) return Error::Invalid("unit_id", "đơn vị không tồn tại");
    if (!CanAdminister(actor, unit->path)) return Error::Forbidden();
    DT_ASSIGN_OR_RETURN(Agency stored, tx.agencies().Insert(a));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "agency.created", "agency",
                              stored.id.value, nullptr, Snapshot(stored)));
    return stored;
  });
}

Result<std::vector<Agency>> ListAgencies(Context& ctx, UnitId unit) {
  return ReadValue<std::vector<Agency>>(ctx.store, [&](Tx& tx) -> Result<std::vector<Agency>> {
    if (!tx.units().Find(unit)) return Error::NotFound("đơn vị");
    return tx.agencies().ListByUnit(unit);
  });
}

Result<std::vector<Unit>> ListUnits(Context& ctx, std::optional<UnitId> parent) {
  return ReadValue<std::vector<Unit>>(ctx.store, [&](Tx& tx) -> Result<std::vector<Unit>> {
    if (parent && !tx.units().Find(*parent)) return Error::NotFound("đơn vị");
    return tx.units().Children(parent);
  });
}

Result<UserView> CreateUser(Context& ctx, const Actor& actor, const UserInput& in) {
  if (!AdministersAnything(actor)) return Error::Forbidden();
  return InsertUser(ctx, &actor, in);
}

Result<UserView> CreateUserAsSystem(Context& ctx, const UserInput& in) {
  return InsertUser(ctx, nullptr, in);
}

Result<UserView> UpdateUser(Context& ctx, const Actor& actor, UserId id, const UserPatch& patch) {
  if (!AdministersAnything(actor)) return Error::Forbidden();
  FieldErrors errors;
  std::optional<std::string> display_name, hash;
  if (patch.display_name) display_name = CleanName(*patch.display_name, "display_name", errors);
  if (patch.password) {
    if (auto s = CheckPasswordStrength(*patch.password); !s.ok()) {
      errors.Add("password", s.error().fields().front().reason);
    }
  }
  if (!errors.empty()) return errors.ToError();
  if (patch.password) {
    DT_ASSIGN_OR_RETURN(hash, HashPassword(*patch.password));
  }
  return WriteValue<UserView>(ctx.store, [&](Tx& tx) -> Result<UserView> {
    auto user = tx.users().Find(id);
    if (!user) return Error::NotFound("người dùng");
    auto before_grants = tx.users().Grants(id);
    // Another unit's account, or one without roles below the nation, is not the actor's to
    // change: it reads as missing when they cannot even list it (account_access.h).
    if (!CanSeeAccount(actor, before_grants)) return Error::NotFound("người dùng");
    if (!CanManageAccount(actor, before_grants)) return Error::Forbidden();
    if (id == actor.user && patch.active == false) {
      return Error::Invalid("active", "không thể tự khóa tài khoản của mình");
    }
    auto before = Snapshot(*user, before_grants);
    if (display_name) user->display_name = *display_name;
    if (hash) user->password_hash = *hash;
    if (patch.active) user->active = *patch.active;
    DT_RETURN_IF_ERROR(tx.users().Update(*user));
    auto grants = before_grants;
    if (patch.grants) {
      DT_ASSIGN_OR_RETURN(grants, ResolveGrants(tx, &actor, *patch.grants));
      DT_RETURN_IF_ERROR(tx.users().SetGrants(id, grants));
    }
    // Disabling an account or changing its password ends its sessions.
    if (patch.active == false || hash) DT_RETURN_IF_ERROR(tx.sessions().DeleteForUser(id));
    DT_RETURN_IF_ERROR(Record(tx, ctx.clock.Now(), actor.user, "user.updated", "user", id.value,
                              before, Snapshot(*user, grants)));
    return UserView{*user, grants};
  });
}

Result<std::vector<UserView>> ListUsers(Context& ctx, const Actor& actor) {
  if (!AdministersAnything(actor)) return Error::Forbidden();
  return ReadValue<std::vector<UserView>>(ctx.store, [&](Tx& tx) -> Result<std::vector<UserView>> {
    std::vector<UserView> out;
    for (auto& u : tx.users().List()) {
      auto grants = tx.users().Grants(u.id);
      if (CanSeeAccount(actor, grants)) out.push_back({std::move(u), std::move(grants)});
    }
    return out;
  });
}

}  // namespace doithoai
