// Who a document goes to and who gets a copy, from the issuer's place in the administrative
// tree rather than constants (issue 13): a ward's annual report goes to the city's People's
// Committee through its Department of Home Affairs (the body that coordinates youth affairs,
// Decree 13/2021 Art. 12) with copies to the ward's own Party committee and People's Council;
// a city's or province's goes to the Ministry of Home Affairs (Bộ Nội vụ); the nation's to
// the Prime Minister. Other families report to their own superior (the Party committee
// above, the Youth Union above, the Fatherland Front above). The person issuing may edit the
// lists before issuing; these are the defaults.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/document/issuer_family.h"
#include "domain/unit/unit.h"

namespace doithoai {

enum class DocumentPurpose {
  kReport,  // báo cáo to the superior: "Kính gửi" the superior, copies to own bodies
  kLetter,  // công văn relaying or directing: copies to the superior ("để báo cáo") and own bodies
  kNotice,  // thông báo: as a letter
};

struct Recipients {
  std::vector<std::string> addressed;  // "Kính gửi:" (a report's superior)
  std::vector<std::string> copies;     // "Nơi nhận:" before "Lưu", without "- " or ";"
};

// The superior body a unit's `family` reports to: "Ủy ban nhân dân thành phố Hải Phòng (qua
// Sở Nội vụ)", "Bộ Nội vụ", "Ban Thường vụ Thành ủy Hải Phòng"; empty when none is known.
std::string SuperiorOf(IssuerFamily family, const Unit& unit, const std::optional<Unit>& parent);

// The unit's own bodies that get a copy of what `family` issues: the Party committee's and the
// People's Council's standing members for a People's Committee; the People's Committee for
// the Party committee, the Youth Union and the Fatherland Front ("Thường trực Đảng ủy
// phường Hồng Bàng", "Thường trực Hội đồng nhân dân phường Hồng Bàng").
std::vector<std::string> OwnBodiesOf(IssuerFamily family, const Unit& unit);

// The defaults for a document of `purpose`: a report is addressed to the superior with copies
// to the unit's own bodies; a letter or notice copies the superior "(để báo cáo)" and them.
Recipients DefaultRecipients(DocumentPurpose purpose, IssuerFamily family, const Unit& unit,
                             const std::optional<Unit>& parent);

}  // namespace doithoai
