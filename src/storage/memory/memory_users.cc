// Users, their role grants, and sessions of a MemoryStore.
#include <algorithm>

#include "storage/memory/memory_repositories.h"

namespace doithoai::storage::memory {
namespace {

class MemoryUsers final : public UserRepository {
 public:
  explicit MemoryUsers(Tables tables) : t_(tables) {}

  Result<User> Insert(User user) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (FindByUsername(user.username)) return UsernameTaken();
    user.id = NextId(s->users);
    s->users.emplace(user.id, user);
    return user;
  }

  Status Update(const User& user) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->users.find(user.id);
    if (it == s->users.end()) return Error::NotFound("người dùng");
    auto same_name = FindByUsername(user.username);
    if (same_name && same_name->id != user.id) return UsernameTaken();
    const Instant created_at = it->second.created_at;  // set once, by Insert
    it->second = user;
    it->second.created_at = created_at;
    return Ok();
  }

  std::optional<User> Find(UserId id) override {
    auto it = t_.read().users.find(id);
    if (it == t_.read().users.end()) return std::nullopt;
    return it->second;
  }

  std::optional<User> FindByUsername(std::string_view username) override {
    for (const auto& [id, user] : t_.read().users) {
      if (user.username == username) return user;
    }
    return std::nullopt;
  }

  std::vector<User> List() override {
    std::vector<User> out;
    for (const auto& [id, user] : t_.read().users) out.push_back(user);
    std::sort(out.begin(), out.end(),
              [](const User& a, const User& b) { return a.username < b.username; });
    return out;
  }

  std::vector<RoleGrant> Grants(UserId user) override {
    auto it = t_.read().grants.find(user);
    if (it == t_.read().grants.end()) return {};
    std::vector<RoleGrant> out = it->second;
    for (auto& grant : out) grant.unit_path = t_.read().units.at(grant.unit).path;
    return out;
  }

  // Replaces every grant of `user`, keeping the given order. A missing user is kNotFound; a
  // missing unit is kInvalid naming "grants", since a grant's scope is its unit's path.
  Status SetGrants(UserId user, const std::vector<RoleGrant>& grants) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->users.contains(user)) return Error::NotFound("người dùng");
    for (const auto& grant : grants) {
      if (!s->units.contains(grant.unit)) {
        return Error::Invalid("grants", "đơn vị của quyền không tồn tại");
      }
    }
    std::vector<RoleGrant>& stored = s->grants[user];
    stored = grants;
    for (auto& grant : stored) grant.unit_path.clear();
    return Ok();
  }

 private:
  static Error UsernameTaken() { return Duplicate("username", "Tên đăng nhập đã được dùng"); }

  Tables t_;
};

class MemorySessions final : public SessionRepository {
 public:
  explicit MemorySessions(Tables tables) : t_(tables) {}

  Status Insert(const Session& session) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (s->sessions.contains(session.token_hash)) {
      return Duplicate("token_hash", "Phiên đăng nhập đã tồn tại");
    }
    s->sessions.emplace(session.token_hash, session);
    return Ok();
  }

  std::optional<Session> Find(std::string_view token_hash) override {
    auto it = t_.read().sessions.find(token_hash);
    if (it == t_.read().sessions.end()) return std::nullopt;
    return it->second;
  }

  // Deleting a missing session succeeds: signing out twice is not an error.
  Status Delete(std::string_view token_hash) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (auto it = s->sessions.find(token_hash); it != s->sessions.end()) s->sessions.erase(it);
    return Ok();
  }

  Status DeleteForUser(UserId user) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    std::erase_if(s->sessions, [&](const auto& entry) { return entry.second.user == user; });
    return Ok();
  }

 private:
  Tables t_;
};

}  // namespace

std::unique_ptr<UserRepository> NewUserRepository(Tables tables) {
  return std::make_unique<MemoryUsers>(tables);
}

std::unique_ptr<SessionRepository> NewSessionRepository(Tables tables) {
  return std::make_unique<MemorySessions>(tables);
}

}  // namespace doithoai::storage::memory
