#include "app/rights/rights.h"
#include "app/rights/rights_repository.h"

namespace doithoai {

Status RecordConsents(Tx& tx, QuestionId question, const ConsentChoices& choices, Instant at) {
  for (auto p : kPurposes) {
    Consent c;
    c.question = question;
    c.purpose = p;
    c.granted = p == Purpose::kAnswer    ? choices.answer
                : p == Purpose::kContact ? choices.contact
                                         : choices.publish_text;
    c.text_version = std::string(kConsentTextVersion);
    c.decided_at = at;
    DT_RETURN_IF_ERROR(tx.rights().SaveConsent(c));
  }
  return Ok();
}

}  // namespace doithoai
