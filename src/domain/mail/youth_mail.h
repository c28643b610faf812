// The mail a youth gets about their own question (issue 14): the tracking code on submission,
// then a short message when the question is grouped into an issue, when its issue's answer is
// published, or when it is screened out (out of scope with the coordinator's note, or as a
// duplicate). Only with the "contact" consent in force and an e-mail contact (app/mail/
// youth_mail.h). Every message ends with the tracking link and a one-click unsubscribe link,
// added when it is sent (the address, hence the link, is only known then).
#pragma once

#include <string>
#include <string_view>

#include "core/ids.h"

namespace doithoai {

enum class YouthEvent {
  kReceived,    // submitted: the tracking code
  kGrouped,     // put into an issue that an agency will answer
  kAnswered,    // its issue's answer approved and published
  kOutOfScope,  // screened out of scope: the coordinator's note is the reason
  kDuplicate,   // screened as a duplicate of another question
};
const char* YouthEventName(YouthEvent e);  // "received", "grouped", ...

struct YouthMailText {
  std::string subject;  // one line
  std::string body;     // plain text, "\n" lines, without the footer
};

// The message for `event`. `note`: the coordinator's reason (out of scope); ignored otherwise.
YouthMailText YouthMessage(YouthEvent event, std::string_view tracking_code,
                           std::string_view dialogue_title, std::string_view note);

// The outbox key: each event is mailed once per question ("youth:12:received").
std::string YouthMailKey(YouthEvent event, QuestionId question);

// "<base>/q/<code>": the public tracking page (web/assets/public.js). `base` without a
// trailing slash.
std::string TrackingPageUrl(std::string_view base, std::string_view tracking_code);

// The lines appended to every youth message: the tracking link and how to stop the mail.
std::string YouthMailFooter(std::string_view tracking_url, std::string_view unsubscribe_url);

}  // namespace doithoai
