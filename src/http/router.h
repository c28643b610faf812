// Matches a request to a handler by method and path pattern ("/api/issues/{id}/routing").
// The full table of routes is built in api/routes.cc: the API at a glance.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access/role.h"
#include "http/message.h"

namespace doithoai::http {

// kPublic: no sign-in. kStaff: a valid session is required, and for every method other than
// GET/HEAD the X-CSRF-Token header must match the session's token.
enum class Access { kPublic, kStaff };

// `actor` is null for public routes.
using Handler = std::function<HttpResponse(const HttpRequest&, const Actor* actor)>;

struct Route {
  Method method;
  std::string pattern;
  Access access;
  Handler handler;
  // kStaff routes: the roles admitted at all, checked (403) before the handler reads the body.
  Roles roles = Roles::Any();
  // The largest body the server reads for this route; 0: ServerOptions::body_limit_bytes.
  size_t body_limit = 0;
};

class Router {
 public:
  // A public route, or a kStaff route open to every signed-in account.
  // Both return the route added, to set what is rarely set (body_limit).
  Route& Add(Method method, std::string pattern, Access access, Handler handler);
  // A kStaff route only `roles` may use: the roles its permission rules can ever admit
  // (domain/access/rule_roles.h), written beside the pattern (the API at a glance).
  Route& Add(Method method, std::string pattern, Access access, Roles roles, Handler handler);

  struct Match {
    const Route* route = nullptr;
    bool path_matched = false;  // a route exists for the path with another method (405)
  };
  // On a match, fills req.path_params.
  Match Find(HttpRequest& req) const;
  const std::vector<Route>& routes() const { return routes_; }
  // The body limit of the route `method` and `path` (undecoded, no query) reach; 0 for the
  // server's default.
  size_t BodyLimit(Method method, std::string_view path) const;

 private:
  std::vector<Route> routes_;
};

}  // namespace doithoai::http
