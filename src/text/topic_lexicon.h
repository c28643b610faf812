// Seed knowledge of the topic model: for each topic of the catalogue, the phrases of its
// sector. Part of the shipped model alongside the labelled questions (topics.h).
#pragma once

#include <span>
#include <string_view>

namespace doithoai::text {

struct TopicKeywords {
  std::string_view topic;     // catalogue code
  std::string_view keywords;  // comma-separated phrases
};

std::span<const TopicKeywords> TopicLexicon();

}  // namespace doithoai::text
