#include "domain/question/question.h"

namespace doithoai {

const char* ChannelName(Channel c) {
  switch (c) {
    case Channel::kWeb:
      return "web";
    case Channel::kImport:
      return "import";
    case Channel::kLive:
      return "live";
  }
  return "web";
}

std::optional<Channel> ParseChannel(std::string_view name) {
  for (auto c : {Channel::kWeb, Channel::kImport, Channel::kLive}) {
    if (name == ChannelName(c)) return c;
  }
  return std::nullopt;
}

const char* ScreeningName(Screening s) {
  switch (s) {
    case Screening::kNew:
      return "new";
    case Screening::kAccepted:
      return "accepted";
    case Screening::kDuplicate:
      return "duplicate";
    case Screening::kOutOfScope:
      return "out_of_scope";
  }
  return "new";
}

std::optional<Screening> ParseScreening(std::string_view name) {
  for (auto s :
       {Screening::kNew, Screening::kAccepted, Screening::kDuplicate, Screening::kOutOfScope}) {
    if (name == ScreeningName(s)) return s;
  }
  return std::nullopt;
}

}  // namespace doithoai
