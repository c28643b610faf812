// The JSON a person confirms in the UI (issue 3, "Import"), keys in the order:
// type, type_code, number, symbol, number_symbol, issuer, parent_issuer, place, date, summary,
// bases [{marker, type, number_symbol, date, issuer, summary}], recipients {addressed,
// copies}, signer {authority, position, name}, tasks [{lead, coordinating, content,
// deadline {kind, date, text[, month, day for "recurring"]}}], then family ("administrative",
// "legal", "party", "youth_union" or null; added by issue 11 after the others). Unknown values are
// null; dates are ISO "YYYY-MM-DD"; deadline.kind is "date", "recurring", "ongoing" or "none".
//
// An ordered_json: plain nlohmann::json sorts keys, which would lose the order.
#pragma once

#include <nlohmann/json.hpp>

#include "documents/parse/document.h"

namespace doithoai::documents {

nlohmann::ordered_json ToJson(const ParsedDocument& doc);

const char* DeadlineKindName(DeadlineKind kind);
const char* DocumentFamilyName(DocumentFamily family);

}  // namespace doithoai::documents
