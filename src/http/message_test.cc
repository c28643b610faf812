#include "http/message.h"

#include <gtest/gtest.h>

#include "http/error_mapping.h"
#include "http/json_input.h"
#include "http/rate_limiter.h"
#include "http/router.h"

namespace doithoai::http {
namespace {

TEST(ParseTarget, DecodesPathAndQuery) {
  std::string path;
  std::multimap<std::string, std::string> query;
  ASSERT_TRUE(ParseTarget("/api/x?q=%C4%91%E1%BB%91i+tho%E1%BA%A1i&limit=5&flag", path, query));
  EXPECT_EQ(path, "/api/x");
  EXPECT_EQ(query.find("q")->second, "đối thoại");
  EXPECT_EQ(query.find("limit")->second, "5");
  EXPECT_EQ(query.count("flag"), 1u);
}

TEST(ParseTarget, RejectsBadEscapesAndInvalidUtf8) {
  std::string path;
  std::multimap<std::string, std::string> query;
  EXPECT_FALSE(ParseTarget("/api/x?q=%zz", path, query));
  EXPECT_FALSE(ParseTarget("/api/x?q=%", path, query));
  EXPECT_FALSE(ParseTarget("/api/%FF", path, query));
}

TEST(Cookie, FindsByName) {
  HttpRequest r;
  r.cookie = "a=1; dt_session=abc; b=2";
  EXPECT_EQ(r.Cookie("dt_session"), "abc");
  EXPECT_FALSE(r.Cookie("session"));
}

TEST(Router, MatchesPatternsAndReports405) {
  Router router;
  router.Add(Method::kGet, "/api/issues/{id}", Access::kStaff,
             [](const HttpRequest&, const Actor*) { return HttpResponse{}; });
  HttpRequest req;
  req.method = Method::kGet;
  req.path = "/api/issues/42";
  auto m = router.Find(req);
  ASSERT_TRUE(m.route);
  EXPECT_EQ(req.path_params.at("id"), "42");
  req.method = Method::kPost;
  m = router.Find(req);
  EXPECT_FALSE(m.route);
  EXPECT_TRUE(m.path_matched);
  req.path = "/api/issues/42/extra";
  EXPECT_FALSE(router.Find(req).path_matched);
}

TEST(ErrorMapping, OneStatusPerCode) {
  EXPECT_EQ(StatusOf(Error::Invalid("age", "x")), 422);
  EXPECT_EQ(StatusOf(BadRequest("body", "x")), 400);
  EXPECT_EQ(StatusOf(Error::NotFound("x")), 404);
  EXPECT_EQ(StatusOf(Error::Conflict("x")), 409);
  EXPECT_EQ(StatusOf(Error::Unauthenticated()), 401);
  EXPECT_EQ(StatusOf(Error::Forbidden()), 403);
  EXPECT_EQ(StatusOf(Error::TooLarge("file", "x")), 413);
  EXPECT_EQ(StatusOf(Error(ErrorCode::kRateLimited, "x")), 429);
  EXPECT_EQ(StatusOf(Error::Internal("x")), 500);
  auto r = ErrorResponse(Error::Invalid("age", "sai"));
  EXPECT_NE(r.body.find(R"("field":"age")"), std::string::npos);
}

TEST(JsonInput, CollectsTypeErrorsAndMissingFields) {
  HttpRequest req;
  req.content_type = "application/json";
  req.body = R"({"text": 5, "age": "20", "consent": true})";
  auto in = JsonInput::Parse(req);
  ASSERT_TRUE(in.ok());
  in->String("text");
  in->Int("age");
  in->Bool("consent");
  auto s = in->Finish();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kMalformed);
  EXPECT_EQ(s.error().fields().size(), 2u);

  req.body = R"({})";
  auto missing = JsonInput::Parse(req);
  missing->String("title", true);
  EXPECT_EQ(missing->Finish().error().code(), ErrorCode::kInvalid);

  req.body = "not json";
  EXPECT_EQ(JsonInput::Parse(req).error().code(), ErrorCode::kMalformed);
  req.body = "\"a string\"";
  EXPECT_FALSE(JsonInput::Parse(req).ok());
  req.body = std::string("{\"t\": \"\xC3\x28\"}");
  EXPECT_EQ(JsonInput::Parse(req).error().fields().at(0).field, "body");
  req.body = std::string(kJsonBodyLimit + 1, ' ');
  EXPECT_EQ(JsonInput::Parse(req).error().code(), ErrorCode::kTooLarge);
}

TEST(JsonInput, RefusesDeepNestingBeforeParsing) {
  HttpRequest req;
  req.content_type = "application/json";
  // The report's crash: a 200 KB body nested 100,000 levels under one field.
  req.body = R"({"content": )" + std::string(100000, '[') + std::string(100000, ']') + "}";
  auto deep = JsonInput::Parse(req, 256 * 1024);
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().code(), ErrorCode::kMalformed);
  EXPECT_EQ(deep.error().fields().at(0).field, "body");
  EXPECT_NE(deep.error().fields().at(0).reason.find("32"), std::string::npos);

  std::string at_limit(kJsonDepthLimit - 1, '[');
  req.body = R"({"a": )" + at_limit + std::string(kJsonDepthLimit - 1, ']') + "}";
  EXPECT_TRUE(JsonInput::Parse(req).ok());
  req.body = R"({"a": [)" + at_limit + std::string(kJsonDepthLimit, ']') + "}";
  EXPECT_FALSE(JsonInput::Parse(req).ok());
}

// Issue 10: a cross-site form posts text/plain without a preflight (login CSRF).
TEST(JsonInput, RefusesBodiesNotDeclaredJson) {
  HttpRequest req;
  req.body = R"({"username": "admin", "password": "x"})";
  for (const char* type :
       {"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/jsonx", "text/json", "application/json-patch+json"}) {
    req.content_type = type;
    auto r = JsonInput::Parse(req);
    ASSERT_FALSE(r.ok()) << type;
    EXPECT_EQ(r.error().code(), ErrorCode::kUnsupportedType) << type;
    EXPECT_EQ(r.error().fields().at(0).field, "Content-Type");
    EXPECT_EQ(StatusOf(r.error()), 415);
  }
  for (const char* type : {"application/json", "application/json; charset=utf-8",
                           "Application/JSON", " application/json ;charset=UTF-8"}) {
    req.content_type = type;
    EXPECT_TRUE(JsonInput::Parse(req).ok()) << type;
  }
}

TEST(QueryInt, BoundsAndDefaults) {
  HttpRequest req;
  req.query = {{"limit", "20"}, {"offset", "-1"}, {"x", "1e3"}};
  EXPECT_EQ(QueryInt(req, "limit", 5, 1, 200).value(), 20);
  EXPECT_EQ(QueryInt(req, "absent", 5, 1, 200).value(), 5);
  EXPECT_FALSE(QueryInt(req, "offset", 0, 0, 10).ok());
  EXPECT_FALSE(QueryInt(req, "x", 0, 0, 10000).ok());
}

TEST(RateLimiter, AllowsABurstThenRefuses) {
  RateLimiter limiter(3);
  EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_FALSE(limiter.Allow("a"));
  EXPECT_TRUE(limiter.Allow("b"));  // per client
  RateLimiter off(0);
  for (int i = 0; i < 100; ++i) EXPECT_TRUE(off.Allow("a"));
}

}  // namespace
}  // namespace doithoai::http

namespace doithoai::http {
namespace {

TEST(BadRequestTest, MessageNamesTheField) {
  Error e = BadRequest("body", "nội dung không phải JSON hợp lệ");
  EXPECT_EQ(e.message(), "Yêu cầu không hợp lệ: body — nội dung không phải JSON hợp lệ");
  ASSERT_EQ(e.fields().size(), 1u);
  EXPECT_EQ(e.fields()[0].field, "body");
  EXPECT_EQ(StatusOf(e), 400);
}

}  // namespace
}  // namespace doithoai::http
