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

TEST(EventHub, CapsOpenStreamsInAllAndPerAddress) {
  using Slot = EventHub::Slot;
  EventHub hub(3, 2);
  EXPECT_EQ(hub.Acquire("10.0.0.1"), Slot::kGranted);
  EXPECT_EQ(hub.Acquire("10.0.0.1"), Slot::kGranted);
  EXPECT_EQ(hub.Acquire("10.0.0.1"), Slot::kClientFull) << "two per address";
  EXPECT_EQ(hub.Acquire("10.0.0.2"), Slot::kGranted);
  EXPECT_EQ(hub.Acquire("10.0.0.3"), Slot::kFull) << "three in all";
  EXPECT_EQ(hub.Open(), 3u);
  hub.Release("10.0.0.1");
  EXPECT_EQ(hub.Acquire("10.0.0.3"), Slot::kGranted);
  hub.Release("10.0.0.9");  // never granted: nothing changes
  EXPECT_EQ(hub.Open(), 3u);
  EventHub open(2, 0);
  EXPECT_EQ(open.Acquire("a"), Slot::kGranted);
  EXPECT_EQ(open.Acquire("a"), Slot::kGranted) << "0: no per-address cap";
  EXPECT_EQ(open.Acquire("a"), Slot::kFull);
}

TEST(EventHub, SharesAChannelPerTopic) {
  EventHub hub;
  EXPECT_EQ(hub.Channel("live:3"), hub.Channel("live:3"));
  EXPECT_NE(hub.Channel("live:3"), hub.Channel("live:4"));
}

}  // namespace
}  // namespace doithoai::http
