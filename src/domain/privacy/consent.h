// Consent per purpose (PDP Law 91/2025/QH15; Decree 356/2025/NĐ-CP: consent is given by a clear
// act for each purpose, never by a pre-ticked box or by silence, and can be withdrawn). A web
// submission records one Consent per purpose — ticked or not — with the version of the text the
// youth was shown and the time, so what was agreed can be proven later.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/ids.h"
#include "domain/question/question.h"

namespace doithoai {

enum class Purpose {
  kAnswer,       // required: receive, screen, route and answer the question (staff handling it
                 // see the name and contact given, to reply)
  kContact,      // optional: be notified at the contact given (answer published, results)
  kPublishText,  // optional: the question's text is published with its answer (never the name)
};
inline constexpr Purpose kPurposes[] = {Purpose::kAnswer, Purpose::kContact, Purpose::kPublishText};
const char* PurposeName(Purpose p);  // "answer", "contact", "publish_text"
std::optional<Purpose> ParsePurpose(std::string_view name);

// The texts beside the boxes of the question form (web/assets/public.js shows the same words).
// A change of wording is a new version: consents keep the version they were given under.
inline constexpr std::string_view kConsentTextVersion = "DT-DLCN-2026.1";
struct ConsentText {
  Purpose purpose;
  bool required;
  std::string_view vi;
  std::string_view en;
};
const ConsentText& ConsentTextOf(Purpose p);

struct Consent {
  QuestionId question;
  Purpose purpose = Purpose::kAnswer;
  bool granted = false;  // false: the box was left unticked
  std::string text_version;
  Instant decided_at;
  std::optional<Instant> withdrawn_at;

  bool InForce() const { return granted && !withdrawn_at; }
};

// True when `consents` hold a granted, not withdrawn consent for `purpose`.
bool ConsentInForce(std::span<const Consent> consents, Purpose purpose);

// May the question's text appear on public pages (published answers, public search)? A web
// question: only with `publish_text` in force. A question compiled by the Youth Union (import)
// or raised at the event (live) carries no identity and was collected by the branch, which
// answers for it (Youth Law; ND13 Art. 10(2)): published as before. An erased text (empty):
// never.
// `publish_text_in_force`: the question's `publish_text` consent is in force.
bool MayPublishText(const Question& q, bool publish_text_in_force);

// The boxes a youth ticked on the form; every purpose is recorded, ticked or not.
struct ConsentChoices {
  bool answer = false, contact = false, publish_text = false;
};

}  // namespace doithoai
