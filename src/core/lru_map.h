// A map from string keys that remembers the order of use, for the tables keyed by client input
// (rate-limit buckets, cached pages, sign-in failures): each owner bounds its table by popping
// the least recently used entries (issue 10: anonymous requests must not grow memory without
// bound). Not thread-safe: owners hold their own lock.
#pragma once

#include <cstddef>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace doithoai {

template <class V>
class LruMap {
 public:
  using Item = std::pair<const std::string, V>;

  // The entry, marked as just used; nullptr when absent.
  V* Find(std::string_view key) {
    auto it = index_.find(key);
    if (it == index_.end()) return nullptr;
    items_.splice(items_.begin(), items_, it->second);
    return &it->second->second;
  }
  // The entry without changing the order of use.
  const V* Peek(std::string_view key) const {
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : &it->second->second;
  }
  // Inserts or replaces, marked as just used.
  V& Put(std::string key, V value) {
    if (V* v = Find(key)) {
      *v = std::move(value);
      return *v;
    }
    items_.emplace_front(std::move(key), std::move(value));
    index_.emplace(std::string_view(items_.front().first), items_.begin());
    return items_.front().second;
  }
  void Erase(std::string_view key) {
    auto it = index_.find(key);
    if (it == index_.end()) return;
    auto item = it->second;
    index_.erase(it);
    items_.erase(item);
  }
  size_t size() const { return items_.size(); }
  bool empty() const { return items_.empty(); }
  // REQUIRES: !empty()
  Item& Oldest() { return items_.back(); }
  void PopOldest() {
    index_.erase(std::string_view(items_.back().first));
    items_.pop_back();
  }
  // From the least recently used on.
  auto OldestFirst() { return std::make_pair(items_.rbegin(), items_.rend()); }
  void Clear() {
    index_.clear();
    items_.clear();
  }

 private:
  std::list<Item> items_;  // most recently used first; nodes never move, so keys stay put
  std::unordered_map<std::string_view, typename std::list<Item>::iterator> index_;
};

}  // namespace doithoai
