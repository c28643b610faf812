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

TEST(PublicCache, AfterExpireNoRequestGetsTheOldPage) {
  PublicCache cache(/*max_age_ms=*/60000);  // a long grace period: only Expire ends it
  int builds = 0;
  std::string print = "v1";
  auto fp = [&] { return Result<std::string>(print); };
  auto build = [&] {
    ++builds;
    return Page("page " + print);
  };
  cache.Serve("/a", 1, fp, build);
  cache.Serve("/b", 1, fp, build);
  print = "v2";  // a conclusion is issued...
  ASSERT_TRUE(cache.Lookup("/a", 2, false)) << "within the grace period, a write alone waits";
  cache.Expire();  // ...by staff: every page goes back to the data
  EXPECT_FALSE(cache.Lookup("/a", 2, false));
  EXPECT_FALSE(cache.Lookup("/a", 2, false)) << "no stale copy while one request revalidates";
  EXPECT_EQ(cache.Serve("/a", 2, fp, build).body, "page v2");
  ASSERT_TRUE(cache.Lookup("/a", 2, false));
  EXPECT_EQ(cache.Lookup("/a", 2, false)->body, "page v2");
  EXPECT_FALSE(cache.Lookup("/b", 2, false)) << "every page, not only the one asked for";
  // A page whose data did not change is checked, not rebuilt.
  print = "v2";
  cache.Expire();
  EXPECT_FALSE(cache.Lookup("/a", 2, false));
  EXPECT_EQ(cache.Serve("/a", 2, fp, build).body, "page v2");
  EXPECT_EQ(builds, 3);  // /a twice, /b once
  EXPECT_TRUE(cache.Lookup("/a", 2, false));
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

// Issue 10: "distinct URLs that miss the public cache leave entries behind: +20 MiB per 3,000
// requests". Both bounds hold however many distinct keys come, the most recently used pages
// stay, and a key that is never cached (errors) leaves nothing.
TEST(PublicCache, BoundedInEntriesAndBytes) {
  int64_t now = 0;
  PublicCache cache(1000, PublicCacheLimits{100, 64 * 1024}, [&] { return now; });
  auto fp = [] { return Result<std::string>(std::string("v")); };
  std::string body(1000, 'x');
  for (int i = 0; i < 3000; ++i) {
    cache.Serve("/api/dialogues/1/answers?limit=20&offset=" + std::to_string(i), 1, fp,
                [&] { return Page(body); });
    if (i % 10 == 0) {  // a popular page, used all along
      cache.Serve("/popular", 1, fp, [&] { return Page("popular"); });
    }
  }
  EXPECT_LE(cache.entries(), 100u);
  EXPECT_LE(cache.bytes(), 64u * 1024);
  EXPECT_GT(cache.entries(), 10u) << "the bound is not met by dropping everything";
  EXPECT_TRUE(cache.Lookup("/popular", 1, false));
  EXPECT_TRUE(cache.Lookup("/api/dialogues/1/answers?limit=20&offset=2999", 1, false));
  EXPECT_FALSE(cache.Lookup("/api/dialogues/1/answers?limit=20&offset=0", 1, false));

  // Entries count: a hundred small pages fill it before the bytes do.
  PublicCache small(1000, PublicCacheLimits{10, 1 << 20}, [&] { return now; });
  for (int i = 0; i < 50; ++i) {
    small.Serve("/p" + std::to_string(i), 1, fp, [] { return Page("tiny"); });
  }
  EXPECT_EQ(small.entries(), 10u);

  // A page larger than the whole cache is served but not kept.
  PublicCache tiny(1000, PublicCacheLimits{10, 100}, [&] { return now; });
  EXPECT_EQ(tiny.Serve("/big", 1, fp, [&] { return Page(body); }).body, body);
  EXPECT_EQ(tiny.entries(), 0u);
  EXPECT_EQ(tiny.bytes(), 0u);
}

TEST(PublicCache, MissesThatAreNotCachedLeaveNothingBehind) {
  PublicCache cache(1000);
  auto fp = [] { return Result<std::string>(std::string("v")); };
  for (int i = 0; i < 10000; ++i) {
    cache.Serve("/api/dialogues/" + std::to_string(i), 1, fp, [] {
      HttpResponse r;
      r.status = 404;
      return r;
    });
  }
  EXPECT_EQ(cache.entries(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(PublicCache, FreshnessFollowsTheInjectedClock) {
  int64_t now = 0;
  PublicCache cache(1000, {}, [&] { return now; });
  auto fp = [] { return Result<std::string>(std::string("v")); };
  cache.Serve("/a", 1, fp, [] { return Page("a"); });
  now += 1000;
  EXPECT_TRUE(cache.Lookup("/a", 2, false)) << "within max_age despite a new version";
  now += 1;
  EXPECT_FALSE(cache.Lookup("/a", 2, false)) << "stale: this request revalidates";
  EXPECT_TRUE(cache.Lookup("/a", 2, false)) << "the others get the stale page meanwhile";
}

}  // namespace
}  // namespace doithoai::http
