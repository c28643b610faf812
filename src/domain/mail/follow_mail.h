// The messages of following an issue by e-mail (issue 14, double opt-in): the confirmation a
// new follower must act on, and the notice when the answer is published. Links are
// appended when the mail is sent (app/mail/send_due_mail.cc), from the server's public URL.
#pragma once

#include <string>
#include <string_view>

namespace doithoai {

// At most this many follow requests per address per hour (across issues; a repeat for the
// same issue within the hour sends no second confirmation): a flood to one address is refused.
inline constexpr int kFollowRequestsPerHour = 5;

struct FollowMessage {
  std::string subject;
  std::string body;
};

// Asking the address's owner to confirm; `title` is the issue as the public sees it.
FollowMessage FollowConfirmMessage(std::string_view title);

// The answer to a followed issue was published: the title and the answer's text.
FollowMessage FollowAnsweredMessage(std::string_view title, std::string_view answer);

// The lines appended to a follow message: the confirmation link (only in the confirmation), the
// issue's public page and, when there is one, how to stop the mail.
std::string FollowMailFooter(std::string_view confirm_url, std::string_view page_url,
                             std::string_view unsubscribe_url);

}  // namespace doithoai
