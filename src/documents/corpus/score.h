// Field-level scoring of the parser against the real-document corpus (issue 11, "Measure on
// real documents"). Every document is scored on the same 14 fields, whether the gold value is
// set or null: a field is right when the parser's value equals the gold one after the
// normalisation below, so a null the parser leaves null is right and a value it invents is
// wrong. A document the parser refuses has every field wrong.
//
// Normalisation (README.md of the corpus, labelling rules 2 and 5–7):
//  - text: NFC as given, runs of spaces (incl. no-break space) become one, trimmed, and a
//    final ".", ";", "," or ":" dropped; number_symbol: all spaces removed;
//  - case is kept (issuer, summary, place, recipients and signer are "as written"), except
//    for `type` (the gold writes it in sentence case, documents in capitals) and task leads
//    (a lead at the start of a sentence is capitalised in the text, not in the gold);
//  - bases: one field, right when the lists match item by item in order; an item with a
//    document number matches on that number/symbol (case-insensitive, spaces removed: the
//    first "số …" token of the gold item against the parsed basis' number_symbol), an item
//    without one ("Luật Hộ tịch năm 2014") on its name: its first five words, case and
//    punctuation ignored, up to "ngày", "năm", "số" or "của" ("luật hộ tịch"), against the
//    parsed basis' type and summary;
//  - recipients: one field, the "Kính gửi" entries then the "Nơi nhận" entries, exact list;
//  - tasks.leads and tasks.deadlines: one field each, the lists compared in order (the
//    number of tasks must match); deadlines as the gold codes them: "YYYY-MM-DD",
//    "yearly:MM-DD", "monthly:DD", "month:YYYY-MM", any "text:…" matches any text deadline.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "documents/corpus/gold.h"
#include "documents/parse/document.h"

namespace doithoai::documents::corpus {

inline constexpr std::array<std::string_view, 14> kScoredFields = {
    "family",          "type",        "number_symbol", "issuer",         "place",
    "issued_on",       "summary",     "bases",         "recipients",     "signer.authority",
    "signer.position", "signer.name", "tasks.leads",   "tasks.deadlines"};

struct FieldResult {
  std::string_view field;  // one of kScoredFields
  bool right = false;
  std::string expected;  // the gold value as shown in a report ("null" when none)
  std::string got;       // the parser's value, same form
};

// Scores one document. `parsed` is the parser's result (an error: the document was refused).
std::vector<FieldResult> ScoreDocument(const GoldDocument& gold,
                                       const Result<ParsedDocument>& parsed);

// Helpers, exposed for tests.
std::string NormalizeText(std::string_view s);
// The deadline as the gold codes it ("2023-12-10", "yearly:11-30", "monthly:07", "text:…");
// nullopt for kNone.
std::optional<std::string> DeadlineCode(const ParsedDeadline& d);
// The number/symbol key of a gold basis item ("123/2015/NĐ-CP" in "Nghị định số
// 123/2015/NĐ-CP ngày …"), upper-cased ASCII, or nullopt when it names none.
std::optional<std::string> BasisNumberKey(std::string_view item);

}  // namespace doithoai::documents::corpus
