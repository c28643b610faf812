// Line-level repairs of OCR text that CorrectOcrText (ocr_correction.h) makes after the
// marks: the shapes OCR makes of a document's punctuation and separators, measured on the
// tune scans of the real corpus. Internal to src/documents/read; pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace doithoai::documents::ocr_fixes {

// A rule of asterisks under a header ("*********") read as "*k»*k*+k*+***k*k#cs*kcsk": a line
// with three or more '*' making up at least a third of its visible characters becomes '*'s.
std::string RuleLine(std::string_view line);

// Specks and rules of the header read as words ("¿»uyên", "Ko bubuáu án", "x*ki*Hk deệc"):
// among the first `kHeaderLines` lines of a page, a short line (at most four words, no digit,
// no run of two capitals) that holds a sign no header writes (¿ » « # + * ^) or whose words
// are mostly not Vietnamese syllables becomes empty, so the header's lines join as printed.
inline constexpr size_t kHeaderLines = 15;
void HeaderNoise(std::vector<std::string>& lines);

// A dash read as a tilde: " ~ " → " - ", and "~ " opening a line (an item) → "- ".
std::string TildeDash(std::string_view line);

// Inside a symbol (a token holding '/'), 'I', 'l' or '|' right before a digit is a 1:
// "NQ-UBTVQHI2" → "NQ-UBTVQH12" ("QĐI/TW" stays: no digit follows).
std::string SymbolDigits(std::string_view line);

// "Số" capitalised by OCR at the start of a line that continues a cited document's type
// ("… Nghị định" / "Số 43/2011/NĐ-CP ngày …") → "số", so it does not read as a number line.
void CitedNumbers(std::vector<std::string>& lines);

}  // namespace doithoai::documents::ocr_fixes
