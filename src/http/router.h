// Matches a request to a handler by method and path pattern ("/api/issues/{id}/routing").
// The full table of routes is built in api/routes.cc: the API at a glance.
#pragma once

#include <functional>
#include <string>
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
};

class Router {
 public:
  void Add(Method method, std::string pattern, Access access, Handler handler);

  struct Match {
    const Route* route = nullptr;
    bool path_matched = false;  // a route exists for the path with another method (405)
  };
  // On a match, fills req.path_params.
  Match Find(HttpRequest& req) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace doithoai::http
