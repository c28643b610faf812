#include "http/router.h"

namespace doithoai::http {
namespace {

std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    size_t end = path.find('/');
    out.push_back(path.substr(0, end));
    if (end == std::string_view::npos) break;
    path.remove_prefix(end);
  }
  return out;
}

bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params) {
  auto p = Segments(pattern), s = Segments(path);
  if (p.size() != s.size()) return false;
  std::map<std::string, std::string> found;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i].size() > 2 && p[i].front() == '{' && p[i].back() == '}') {
      found.emplace(std::string(p[i].substr(1, p[i].size() - 2)), std::string(s[i]));
    } else if (p[i] != s[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

Route& Router::Add(Method method, std::string pattern, Access access, Handler handler) {
  return Add(method, std::move(pattern), access, Roles::Any(), std::move(handler));
}

Route& Router::Add(Method method, std::string pattern, Access access, Roles roles,
                   Handler handler) {
  return routes_.emplace_back(
      Route{method, std::move(pattern), access, std::move(handler), roles, 0});
}

size_t Router::BodyLimit(Method method, std::string_view path) const {
  std::map<std::string, std::string> params;
  for (const auto& r : routes_) {
    if (r.body_limit && r.method == method && MatchPattern(r.pattern, path, params)) {
      return r.body_limit;
    }
  }
  return 0;
}

Router::Match Router::Find(HttpRequest& req) const {
  Match m;
  std::map<std::string, std::string> params;
  for (const auto& r : routes_) {
    if (!MatchPattern(r.pattern, req.path, params)) continue;
    bool same = r.method == req.method || (r.method == Method::kGet && req.method == Method::kHead);
    if (same) {
      req.path_params = std::move(params);
      m.route = &r;
      return m;
    }
    m.path_matched = true;
  }
  return m;
}

}  // namespace doithoai::http
