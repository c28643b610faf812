#include "http/event_channel.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace doithoai::http {
namespace {

TEST(EventChannel, KeepsOnlyTheLatestEventInSseFormat) {
  EventChannel c;
  EXPECT_EQ(c.Latest().version, 0u);
  EXPECT_EQ(c.Latest().bytes, nullptr);
  c.Publish("screen", R"({"seq":1})");
  c.Publish("screen", R"({"seq":2})");
  auto e = c.Latest();
  EXPECT_EQ(e.version, 2u);
  EXPECT_EQ(*e.bytes, "id: 2\nevent: screen\ndata: {\"seq\":2}\n\n");
}

TEST(EventChannel, WakesEachWaiterOnceAndNotAfterUnwatch) {
  EventChannel c;
  int a = 0, b = 0;
  c.Watch([&] { ++a; });
  uint64_t tb = c.Watch([&] { ++b; });
  c.Unwatch(tb);
  EXPECT_EQ(c.Watching(), 1u);
  c.Publish("screen", "{}");
  c.Publish("screen", "{}");
  EXPECT_EQ(a, 1) << "a watch is for the next publish only";
  EXPECT_EQ(b, 0);
  EXPECT_EQ(c.Watching(), 0u);
}

TEST(EventChannel, PublishersOnManyThreadsNeverLoseAVersion) {
  EventChannel c;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 250; ++i) c.Publish("screen", "{}");
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(c.Latest().version, 1000u);
}

TEST(EventHub, CapsOpenStreamsAndSharesAChannelPerTopic) {
  EventHub hub(2);
  EXPECT_TRUE(hub.Acquire());
  EXPECT_TRUE(hub.Acquire());
  EXPECT_FALSE(hub.Acquire()) << "the third stream is refused";
  hub.Release();
  EXPECT_TRUE(hub.Acquire());
  EXPECT_EQ(hub.Channel("live:3"), hub.Channel("live:3"));
  EXPECT_NE(hub.Channel("live:3"), hub.Channel("live:4"));
}

}  // namespace
}  // namespace doithoai::http
