// JSON request bodies (docs/security.md, "Fuzzing and sanitizers"): JsonInput::Parse with its
// size limit, depth guard, UTF-8 and syntax checks, then every typed read a handler makes on
// what it returns (nested objects and arrays of objects included), Finish, Dump and Raw.
//
// Oracle beyond the sanitizers: for a body that parses, JsonDepth (the guard that runs before
// the parser) measures exactly the nesting of the parsed value, so the guard cannot be fooled
// by a string or an escape into letting a deeper body through.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "core/json_depth.h"
#include "fuzz_checks.h"
#include "http/json_input.h"

namespace doithoai::fuzz {
namespace {

size_t DepthOf(const nlohmann::json& v) {
  if (!v.is_structured()) return 0;
  size_t deepest = 0;
  for (const auto& child : v) deepest = std::max(deepest, DepthOf(child));
  return deepest + 1;
}

// Reads every field of `in` the way handlers do: each typed reader on each key, required and
// not, then recurses into nested objects, as handlers read "items[2].content".
void ReadEveryField(http::JsonInput& in) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : in.Raw().items()) keys.push_back(key);
  for (const std::string& key : keys) {
    // Handlers read named fields through C strings: a key that is empty or holds a NUL (read as
    // its prefix before the NUL, maybe "") is no name a handler asks for.
    if (key.empty() || key.find('\0') != std::string::npos) continue;
    const char* k = key.c_str();
    bool required = key.size() % 2 == 0;
    if (auto s = in.String(k, required)) CheckText(*s);
    (void)in.Int(k, required);
    (void)in.Bool(k);
    (void)in.IntArray(k);
    (void)in.IsNull(k);
    if (auto strings = in.StringArray(k)) {
      for (const std::string& s : *strings) CheckText(s);
    }
    if (auto children = in.Objects(k, required, 8)) {
      for (auto& child : *children) {
        ReadEveryField(child);
        in.Absorb(child);
      }
    }
    if (auto child = in.Object(k)) {
      CheckText(child->Dump());
      ReadEveryField(*child);
      in.Absorb(*child);
    }
  }
  (void)in.Has("content");
  (void)in.String("missing", true);
  if (Status st = in.Finish(); !st.ok()) CheckRefusal(st.error());
}

}  // namespace
}  // namespace doithoai::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace doithoai;
  http::HttpRequest req;
  req.content_type = "application/json";  // api_fuzz varies it; here the body is the subject
  req.body.assign(fuzz::Bytes(data, size));
  Result<http::JsonInput> in = http::JsonInput::Parse(req, 16 * 1024);
  if (!in.ok()) {
    fuzz::CheckRefusal(in.error());
    return 0;
  }
  // The guard measures the text, so it never under-counts what the parser built; it may
  // over-count, where a duplicate key's later value replaced a deeper earlier one.
  FUZZ_CHECK(fuzz::DepthOf(in->Raw()) <= JsonDepth(req.body, 1 << 20));
  FUZZ_CHECK(JsonDepth(req.body, 1 << 20) <= http::kJsonDepthLimit);
  std::string dumped = in->Dump();
  fuzz::CheckText(dumped);
  fuzz::ReadEveryField(*in);
  return 0;
}
