// Field-by-field comparison of two JSON values for the golden tests: each difference is one
// line naming the path ("tasks[3].deadline.date: expected "2023-02-22", got null"), so a
// failing golden says which field the parser got wrong. Header-only; used by *_test.cc.
#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace doithoai::documents::testing {

inline std::string Short(const nlohmann::ordered_json& v) {
  std::string s = v.dump(-1, ' ', false);
  return s.size() > 160 ? s.substr(0, 157) + "..." : s;
}

// Appends one line per difference between `expected` and `actual` under `path`.
inline void DiffJson(const nlohmann::ordered_json& expected, const nlohmann::ordered_json& actual,
                     const std::string& path, std::vector<std::string>* out) {
  if (expected.type() != actual.type()) {
    out->push_back(path + ": expected " + Short(expected) + ", got " + Short(actual));
    return;
  }
  if (expected.is_object()) {
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      std::string p = path.empty() ? it.key() : path + "." + it.key();
      if (!actual.contains(it.key())) {
        out->push_back(p + ": missing");
      } else {
        DiffJson(it.value(), actual.at(it.key()), p, out);
      }
    }
    for (auto it = actual.begin(); it != actual.end(); ++it) {
      if (!expected.contains(it.key())) out->push_back(path + "." + it.key() + ": unexpected");
    }
    return;
  }
  if (expected.is_array()) {
    size_t n = std::min(expected.size(), actual.size());
    for (size_t i = 0; i < n; ++i) {
      DiffJson(expected[i], actual[i], path + "[" + std::to_string(i) + "]", out);
    }
    for (size_t i = n; i < expected.size(); ++i) {
      out->push_back(path + "[" + std::to_string(i) + "]: missing " + Short(expected[i]));
    }
    for (size_t i = n; i < actual.size(); ++i) {
      out->push_back(path + "[" + std::to_string(i) + "]: unexpected " + Short(actual[i]));
    }
    return;
  }
  if (expected != actual) {
    out->push_back(path + ": expected " + Short(expected) + ", got " + Short(actual));
  }
}

// The keys of every object in `v`, in order, with their paths: equal for two values whose
// objects list the same keys in the same order.
inline void KeyOrder(const nlohmann::ordered_json& v, const std::string& path,
                     std::vector<std::string>* out) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      out->push_back(path + "." + it.key());
      KeyOrder(it.value(), path + "." + it.key(), out);
    }
  } else if (v.is_array() && !v.empty()) {
    KeyOrder(v[0], path + "[]", out);
  }
}

}  // namespace doithoai::documents::testing
