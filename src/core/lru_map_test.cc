#include "core/lru_map.h"

#include <gtest/gtest.h>

namespace doithoai {
namespace {

TEST(LruMap, OldestIsTheLeastRecentlyUsed) {
  LruMap<int> m;
  m.Put("a", 1);
  m.Put("b", 2);
  m.Put("c", 3);
  EXPECT_EQ(m.Oldest().first, "a");
  ASSERT_NE(m.Find("a"), nullptr);  // a use moves it to the front
  EXPECT_EQ(m.Oldest().first, "b");
  EXPECT_EQ(*m.Peek("b"), 2);  // a peek does not
  EXPECT_EQ(m.Oldest().first, "b");
  m.Put("b", 20);  // replacing is a use
  EXPECT_EQ(m.Oldest().first, "c");
  EXPECT_EQ(m.size(), 3u);
  m.PopOldest();
  EXPECT_EQ(m.Find("c"), nullptr);
  m.Erase("a");
  m.Erase("absent");
  EXPECT_EQ(m.size(), 1u);
  EXPECT_EQ(*m.Find("b"), 20);
  std::vector<std::string> order;
  m.Put("d", 4);
  auto [it, end] = m.OldestFirst();
  for (; it != end; ++it) order.push_back(it->first);
  EXPECT_EQ(order, (std::vector<std::string>{"b", "d"}));
}

TEST(LruMap, KeysSurviveManyInsertionsAndRemovals) {
  LruMap<std::string> m;
  for (int i = 0; i < 5000; ++i) {
    m.Put("key" + std::to_string(i), std::to_string(i));
    if (m.size() > 100) m.PopOldest();
  }
  EXPECT_EQ(m.size(), 100u);
  EXPECT_EQ(m.Oldest().first, "key4900");
  EXPECT_EQ(*m.Find("key4999"), "4999");
  EXPECT_EQ(m.Find("key4899"), nullptr);
}

}  // namespace
}  // namespace doithoai
