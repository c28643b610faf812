// The JSON API end to end (src/http/api/): a request — who asks, method, target, body — goes
// through Api::TryFast and Api::Handle, as the server runs them, over an in-memory store that
// holds the demo data. Every route's role gate, permission rule, query and body readers and
// use case meet the fuzzed input; the JSON target fuzzes the reader underneath alone.
//
// Oracle beyond the sanitizers: no response is a 500. Handle turns an exception into a 500, so
// a body that makes a handler throw (a JSON dump of bytes that are not UTF-8, an out_of_range)
// or an Error::Internal reached from bad input is reported like a crash.
//
// Input: one byte choosing who asks (anonymous or one of the seven demo accounts; its top bit
// sends the body as application/octet-stream instead of JSON), then "METHOD TARGET\n", then the
// body. The demo is loaded once (it takes seconds) in LLVMFuzzerInitialize; what the fuzzer
// writes stays, as on a real server, except that signing out is skipped.
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/demo_data.h"
#include "core/clock.h"
#include "fuzz_input.h"
#include "http/api/api.h"
#include "http/message.h"
#include "storage/memory/memory_store.h"

namespace doithoai::fuzz {
namespace {

constexpr const char* kAccounts[] = {"admin",  "sonoivu",    "thanhdoan", "sokhcn",
                                     "sonnmt", "sotaichinh", "chutich"};

struct Session {
  std::string cookie;
  std::string csrf_token;
};

// The demo data behind an Api with the rate limits off (the fuzzer is one client), and a
// session of each demo account.
class World {
 public:
  World() {
    auto loaded = cli::LoadDemoData(store_, DOITHOAI_SOURCE_DIR "/data/units");
    FUZZ_CHECK(loaded.ok());
    http::ApiOptions options;
    options.submissions_per_minute = 0;
    options.sign_ins_per_minute = 0;
    options.lookups_per_minute = 0;
    options.public_cache_ms = 0;
    api_ = std::make_unique<http::Api>(Context{store_, clock_}, options);
    for (const char* username : kAccounts) sessions_.push_back(SignIn(username));
  }

  http::Api& api() { return *api_; }
  // nullptr: anonymous.
  const Session* As(uint8_t who) const {
    size_t i = who % (std::size(kAccounts) + 1);
    return i == 0 ? nullptr : &sessions_[i - 1];
  }

 private:
  Session SignIn(const char* username) {
    http::HttpRequest req;
    req.method = http::Method::kPost;
    req.target = req.path = "/api/session";
    req.content_type = "application/json";
    req.client = "127.0.0.1";
    req.body = nlohmann::json{{"username", username}, {"password", cli::kDemoPassword}}.dump();
    http::HttpResponse res = api_->Handle(req);
    FUZZ_CHECK(res.status == 200);
    Session s;
    for (const auto& [name, value] : res.headers) {
      if (name == "Set-Cookie" && value.starts_with("dt_session=")) {
        s.cookie = value.substr(0, value.find(';'));
      }
    }
    s.csrf_token = nlohmann::json::parse(res.body).at("csrf_token").get<std::string>();
    FUZZ_CHECK(!s.cookie.empty());
    return s;
  }

  storage::MemoryStore store_;
  FixedClock clock_{Instant{1767225600}};  // 2026-01-01, after the demo's 2025 cycle
  std::unique_ptr<http::Api> api_;
  std::vector<Session> sessions_;
};

std::optional<http::Method> MethodOf(std::string_view name) {
  if (name == "GET") return http::Method::kGet;
  if (name == "HEAD") return http::Method::kHead;
  if (name == "POST") return http::Method::kPost;
  if (name == "PUT") return http::Method::kPut;
  if (name == "PATCH") return http::Method::kPatch;
  if (name == "DELETE") return http::Method::kDelete;
  return std::nullopt;
}

}  // namespace
}  // namespace doithoai::fuzz

namespace {
doithoai::fuzz::World* world = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  world = new doithoai::fuzz::World();  // lives as long as the process
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  if (size < 1) return 0;
  auto lines = fuzz::Split(fuzz::Bytes(data + 1, size - 1), "\n", 2);
  auto words = fuzz::Split(lines[0], " ", 2);
  if (words.size() < 2) return 0;
  auto method = fuzz::MethodOf(words[0]);
  if (!method) return 0;

  http::HttpRequest req;
  req.method = *method;
  req.target.assign(words[1]);
  if (!http::ParseTarget(req.target, req.path, req.query)) return 0;  // the server's 400
  // Signing out would end the session every later input relies on.
  if (req.path.starts_with("/api/session") && *method == http::Method::kDelete) return 0;
  if (lines.size() > 1) req.body.assign(lines[1]);
  req.content_type = data[0] & 0x80 ? "application/octet-stream" : "application/json";
  req.client = "127.0.0.1";
  if (const fuzz::Session* s = world->As(data[0] & 0x7f)) {
    req.cookie = s->cookie;
    req.csrf_token = s->csrf_token;
  }
  std::optional<http::HttpResponse> res = world->api().TryFast(req);
  if (!res) res = world->api().Handle(req);
  FUZZ_CHECK(res->status != 500);
  return 0;
}
