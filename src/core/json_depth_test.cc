#include "core/json_depth.h"

#include <gtest/gtest.h>

#include <string>

namespace doithoai {
namespace {

TEST(JsonDepth, CountsNestedArraysAndObjects) {
  EXPECT_EQ(JsonDepth("1", 32), 0u);
  EXPECT_EQ(JsonDepth("{}", 32), 1u);
  EXPECT_EQ(JsonDepth(R"({"a": [1, {"b": []}], "c": {}})", 32), 4u);
}

TEST(JsonDepth, IgnoresBracketsInsideStrings) {
  EXPECT_EQ(JsonDepth(R"({"a": "[[[[{{{{"})", 2), 1u);
  // An escaped quote does not end the string; an escaped backslash does not escape the quote.
  EXPECT_EQ(JsonDepth(R"({"a": "\"[[[", "b": "\\"})", 2), 1u);
  EXPECT_EQ(JsonDepth(R"(["\\", [[]]])", 5), 3u);
}

TEST(JsonDepth, StopsAtTheLimitOnHostileInput) {
  std::string deep(100000, '[');
  EXPECT_EQ(JsonDepth(deep, 32), 33u);
  std::string wide;
  for (int i = 0; i < 10000; ++i) wide += "[]";
  EXPECT_EQ(JsonDepth(wide, 32), 1u);
  EXPECT_EQ(JsonDepth("]]]]}}}}[", 32), 1u);  // stray closers never go below zero
}

}  // namespace
}  // namespace doithoai
