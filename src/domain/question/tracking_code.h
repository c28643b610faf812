// Tracking codes: what a youth writes down to follow a question on the public tracking page
// (SYSTEM.md C3) and, later, to exercise their rights over its personal data.
//
// A code must be unguessable (issue 10: the old sequential codes let 55 requests read every
// question), yet short to read aloud and to type on a phone. So: "DT-7K3M-9QXA-2HFP-W8" —
// the prefix, 13 symbols of Crockford base32 carrying 65 random bits, and one check symbol
// that catches any single mistyped symbol and any swap of two neighbours. The alphabet has no
// I, L, O or U; typed codes are read case-insensitively, hyphens and spaces ignored, and
// O/I/L taken for 0/1/1.
//
// Codes issued before (legacy, "DT.20250312.0012": the day and its running number) stay
// valid — youths wrote them down — but they are guessable, so the tracking page shows less
// for them (app/question: TrackQuestion).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/random.h"
#include "core/result.h"

namespace doithoai {

inline constexpr std::string_view kTrackingPrefix = "DT";
inline constexpr size_t kTrackingRandomBits = 65;
inline constexpr size_t kTrackingRandomBytes = 9;  // the first 65 bits are used
inline constexpr size_t kTrackingSymbols = 14;     // 13 random + 1 check
// Longest text ParseTrackingCode looks at; longer input is refused before any work.
inline constexpr size_t kTrackingTypedMaxBytes = 64;

// "DT-XXXX-XXXX-XXXX-XC" from the first 65 bits of `random` (C: the check symbol).
std::string MakeTrackingCode(std::span<const uint8_t, kTrackingRandomBytes> random);
// A fresh code from `random` (questions and youth initiatives). A clash with a stored code (one
// in 10¹⁰ even at a million) fails the insert as a conflict rather than reusing the code.
std::string NewTrackingCode(const Random& random);

// The old format: "DT.<yyyymmdd>.<sequence, at least 4 digits>". Kept for the codes already
// issued and the tests that store them.
std::string FormatLegacyTrackingCode(Date day, int64_t sequence);

struct TypedTrackingCode {
  std::string code;     // canonical, as stored: "DT-7K3M-9QXA-2HFP-W8" or "DT.20250312.0012"
  bool legacy = false;  // a sequential code of the old format
};

// Reads a code as a youth may type it ("dt 7k3m 9qxa 2hfp w8", "7K3M9QXA2HFPW8", with O for 0).
// Fails with field "code": not shaped like a code, or the check symbol does not match (a typo).
// Purely syntactic: says nothing about whether such a question exists.
Result<TypedTrackingCode> ParseTrackingCode(std::string_view typed);

}  // namespace doithoai
