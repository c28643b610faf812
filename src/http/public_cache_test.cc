#include "http/public_cache.h"

#include <gtest/gtest.h>

namespace doithoai::http {
namespace {

HttpResponse Page(const std::string& body) {
  HttpResponse r;
  r.body = body;
  return r;
}

TEST(PublicCache, FreshWhileTheVersionIsUnchanged) {
  PublicCache cache(/*max_age_ms=*/0);
  EXPECT_FALSE(cache.Lookup("/a", 1, false));
  int builds = 0;
  auto fp = [] { return Result<std::string>(std::string("v1")); };
  auto build = [&] {
    ++builds;
    return Page("page");
  };
  EXPECT_EQ(cache.Serve("/a", 1, fp, build).body, "page");
  auto hit = cache.Lookup("/a", 1, true);
  ASSERT_TRUE(hit);
  ASSERT_TRUE(hit->wire);
  EXPECT_TRUE(hit->body.empty()) << "wire-only hits share the bytes instead of copying";
  EXPECT_NE(hit->wire->find("HTTP/1.1 200 OK\r\n"), std::string::npos);
  EXPECT_EQ(hit->wire->substr(hit->wire->size() - 4), "page");
  EXPECT_EQ(builds, 1);
}

TEST(PublicCache, StaleWhileRevalidatingAndNoRebuildWhenTheDataDidNotChange) {
  PublicCache cache(-1);  // no grace period: stale as soon as the version moves
  int builds = 0;
  std::string print = "v1";
  auto fp = [&] { return Result<std::string>(print); };
  auto build = [&] {
    ++builds;
    return Page("page " + print);
  };
  cache.Serve("/a", 1, fp, build);
  // A write elsewhere bumps the version: the first request revalidates, the others get the
  // stale page meanwhile.
  EXPECT_FALSE(cache.Lookup("/a", 2, false));
  auto stale = cache.Lookup("/a", 2, false);
  ASSERT_TRUE(stale);
  EXPECT_EQ(stale->body, "page v1");
  // The fingerprint is unchanged: no rebuild, and the entry is fresh for version 2.
  EXPECT_EQ(cache.Serve("/a", 2, fp, build).body, "page v1");
  EXPECT_EQ(builds, 1);
  EXPECT_TRUE(cache.Lookup("/a", 2, false));
  // Now the data changes: the revalidation rebuilds.
  print = "v2";
  EXPECT_FALSE(cache.Lookup("/a", 3, false));
  EXPECT_EQ(cache.Serve("/a", 3, fp, build).body, "page v2");
  EXPECT_EQ(builds, 2);
}

TEST(PublicCache, ErrorsAreNotCached) {
  PublicCache cache(-1);  // no grace period: stale as soon as the version moves
  auto fp = [] { return Result<std::string>(Error::NotFound("x")); };
  auto build = [] {
    HttpResponse r;
    r.status = 404;
    return r;
  };
  EXPECT_EQ(cache.Serve("/missing", 1, fp, build).status, 404);
  EXPECT_FALSE(cache.Lookup("/missing", 1, false));
}

}  // namespace
}  // namespace doithoai::http
