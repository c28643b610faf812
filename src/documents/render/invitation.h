// The invitation (giấy mời, GM; Decree 30/2020 Appendix III) to a dialogue day, one per
// delegate or guest (issue 15): who is invited, to what, when, where, and the programme.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "documents/render/issuance.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

struct InvitationInput {
  Issuance issuance;  // symbol "GM-" + issuer_code
  std::string invitee;  // "Ông (bà) Nguyễn Văn An, Bí thư Chi đoàn, Phường An Biên" — required
  std::string event;  // "Hội nghị đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm 2026"
  std::string chair;  // who chairs; may be empty
  Date held_on;
  std::string starts_at;               // "08:00"; empty: "8 giờ 00" is not printed, only the day
  std::string venue;                   // required
  std::vector<std::string> programme;  // lines; may be empty
  std::string contact;                 // who to call; may be empty
};

// kInvalid naming each missing input ("invitee", "event", "venue", "issuance.*").
Result<OfficialDocument> BuildInvitation(const InvitationInput& input);

}  // namespace doithoai::documents
