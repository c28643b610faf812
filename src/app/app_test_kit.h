// What the use-case tests share: an account made through the use cases, as the actor it signs
// in as.
#pragma once

#include <gtest/gtest.h>

#include <optional>

#include "app/admin/administration.h"
#include "app/context.h"

namespace doithoai::app_test {

// A user `username` holding one grant of `role` on `unit` (and `agency`, for officers).
inline Actor MakeActor(Context& ctx, const char* username, const char* role, int64_t unit,
                       std::optional<int64_t> agency) {
  auto v = CreateUserAsSystem(ctx, {username, username, "mat-khau-dai", {{role, unit, agency}}});
  EXPECT_TRUE(v.ok()) << (v.ok() ? "" : v.error().message());
  return Actor{v->user.id, username, username, v->grants};
}

}  // namespace doithoai::app_test
