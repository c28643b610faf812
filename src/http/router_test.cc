#include "http/router.h"

#include <gtest/gtest.h>

namespace doithoai::http {
namespace {

HttpResponse Nothing(const HttpRequest&, const Actor*) { return {}; }

TEST(Router, ARoutesOwnBodyLimitIsFoundByMethodAndPathBeforeTheBodyIsRead) {
  Router r;
  r.Add(Method::kPost, "/api/documents/{id}/relay", Access::kStaff, Nothing);
  r.Add(Method::kPost, "/api/documents/reads", Access::kStaff, Nothing).body_limit = 25 << 20;
  r.Add(Method::kGet, "/api/documents/reads/{id}", Access::kStaff, Nothing);
  EXPECT_EQ(r.BodyLimit(Method::kPost, "/api/documents/reads"), size_t{25} << 20);
  EXPECT_EQ(r.BodyLimit(Method::kPut, "/api/documents/reads"), 0u) << "another method";
  EXPECT_EQ(r.BodyLimit(Method::kPost, "/api/documents/7/relay"), 0u) << "the server's default";
  EXPECT_EQ(r.BodyLimit(Method::kPost, "/api/documents/reads/x"), 0u);
  HttpRequest req;
  req.method = Method::kPost;
  req.path = "/api/documents/reads";
  ASSERT_TRUE(r.Find(req).route);
  EXPECT_EQ(r.Find(req).route->body_limit, size_t{25} << 20);
}

}  // namespace
}  // namespace doithoai::http
