// The OpenAPI document served at /api/openapi.json and the router agree (SYSTEM.md §5: "a JSON
// API described by an OpenAPI document that is checked against the server in tests"): every
// route has its operation and every operation its route; a public route is marked `security:
// []`; a staff route lists in `x-roles` exactly the roles its gate admits. The authorization
// matrix (tests/api/authz_matrix.test.mjs) reads x-roles from the served document, so a gate
// that drifted from it would go unnoticed there.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "core/clock.h"
#include "http/api/api.h"
#include "storage/memory/memory_store.h"

namespace doithoai::http {

const char* OpenApiDocument();  // generated from src/http/openapi.json

namespace {

constexpr Role kAllRoles[] = {Role::kAdministrator, Role::kCoordinator, Role::kYouthUnion,
                              Role::kAgencyOfficer, Role::kLeader};

std::string MethodName(Method m) {
  switch (m) {
    case Method::kGet:
      return "get";
    case Method::kPost:
      return "post";
    case Method::kPut:
      return "put";
    case Method::kPatch:
      return "patch";
    case Method::kDelete:
      return "delete";
    default:
      return "other";
  }
}

std::set<std::string> Names(Roles roles) {
  std::set<std::string> out;
  for (Role r : kAllRoles) {
    if (roles.Contains(r)) out.insert(RoleName(r));
  }
  return out;
}

class OpenApiRoles : public ::testing::Test {
 protected:
  storage::MemoryStore store_;
  FixedClock clock_{Instant{1767225600}};
  Api api_{Context{store_, clock_}, ApiOptions{}};
  nlohmann::json doc_ = nlohmann::json::parse(OpenApiDocument());
};

TEST_F(OpenApiRoles, EveryRouteIsAnOperationWithItsGate) {
  const auto& routes = api_.router().routes();
  ASSERT_GT(routes.size(), 50u);
  for (const Route& r : routes) {
    std::string name = MethodName(r.method) + " " + r.pattern;
    SCOPED_TRACE(name);
    const std::string method = MethodName(r.method);
    if (!doc_["paths"].contains(r.pattern) || !doc_["paths"][r.pattern].contains(method)) {
      ADD_FAILURE() << name << ": route without an OpenAPI operation";
      continue;
    }
    const auto& op = doc_["paths"][r.pattern][method];
    if (r.access == Access::kPublic) {
      EXPECT_TRUE(op.contains("security") && op["security"].empty())
          << "a public route must say `security: []`";
      EXPECT_FALSE(op.contains("x-roles")) << "a public route has no role gate";
      continue;
    }
    EXPECT_FALSE(op.contains("security") && op["security"].empty())
        << "a staff route cannot be documented as public";
    if (!op.contains("x-roles") || !op["x-roles"].is_array()) {
      ADD_FAILURE() << name << ": staff route without x-roles";
      continue;
    }
    std::set<std::string> documented;
    for (const auto& n : op["x-roles"]) documented.insert(n.get<std::string>());
    EXPECT_EQ(documented, Names(r.roles)) << "x-roles differs from the route's gate";
    EXPECT_EQ(documented.size(), op["x-roles"].size()) << "x-roles repeats a role";
    if (r.roles != Roles::Any()) {
      EXPECT_TRUE(op["responses"].contains("403")) << "a gated route answers 403";
    }
  }
}

TEST_F(OpenApiRoles, EveryOperationHasARoute) {
  std::set<std::string> routed;
  for (const Route& r : api_.router().routes())
    routed.insert(MethodName(r.method) + " " + r.pattern);
  for (const auto& [path, ops] : doc_["paths"].items()) {
    for (const auto& [method, op] : ops.items()) {
      if (method == "parameters") continue;
      EXPECT_TRUE(routed.count(method + " " + path))
          << method << " " << path << ": operation without a route";
    }
  }
}

}  // namespace
}  // namespace doithoai::http
