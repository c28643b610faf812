// The request target and cookies (src/http/message.cc): ParseTarget's percent-decoding of the
// path and query string, the Cookie header lookup, and the integer readers of query and path
// parameters. Boost.Beast parses the request line and headers before these run; this is our
// part.
//
// Input: the target, then optionally "\n" and a Cookie header. Oracles: an accepted target
// decodes to UTF-8 path, keys and values with no empty key; a query integer read is either
// within its bounds or a 400 naming the parameter.
#include <cstdint>
#include <string>

#include "fuzz_checks.h"
#include "http/json_input.h"
#include "http/message.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  auto parts = fuzz::Split(fuzz::Bytes(data, size), "\n", 2);
  http::HttpRequest req;
  req.target.assign(parts[0]);
  if (parts.size() > 1) req.cookie.assign(parts[1]);

  if (http::ParseTarget(req.target, req.path, req.query)) {
    fuzz::CheckText(req.path);
    for (const auto& [key, value] : req.query) {
      FUZZ_CHECK(!key.empty());
      fuzz::CheckText(key);
      fuzz::CheckText(value);
    }
    for (const char* key : {"page", "limit", "year", "id"}) {
      Result<int64_t> n = http::QueryInt(req, key, 1, 1, 500);
      if (n.ok()) {
        FUZZ_CHECK(*n >= 1 && *n <= 500);
      } else {
        fuzz::CheckRefusal(n.error());
        FUZZ_CHECK(n.error().fields().front().field == key);
      }
    }
    if (!req.query.empty()) {
      req.path_params["id"] = req.query.begin()->second;
      Result<int64_t> id = http::PathId(req, "id");
      FUZZ_CHECK(!id.ok() || *id > 0);
    }
  }
  for (const char* name : {"dt_session", "dt_csrf", ""}) {
    if (auto value = req.Cookie(name)) FUZZ_CHECK(value->find(';') == std::string::npos);
  }
  return 0;
}
