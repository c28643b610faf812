// Repairs what OCR gets wrong in the text of a scanned official document, with what is known
// of Vietnamese and of official documents, before the parser reads it (issue 11):
//
// - marks: a syllable one mark away from a better one ("PHÁT TRIẾN" → "PHÁT TRIỂN", "Tố chức"
//   → "Tổ chức", "Thế thao" → "Thể thao": at 150 dpi a hook above reads as an acute). A word
//   that is not a syllable takes the only syllable one mark away, or the one that forms a known
//   pair with a neighbour; a word that is a syllable changes only when it forms no known pair
//   with its neighbours and exactly one syllable one mark away does (lexicon.h). So a valid
//   syllable is never turned into another without that evidence;
// - letters that are never Vietnamese: Ð/ð (Icelandic eth) → Đ/đ, and the doubled "ĐÐ" OCR
//   makes of one Đ inside a symbol ("33/QĐÐ-UBND" → "33/QĐ-UBND");
// - dates: letters read for digits after "ngày", "tháng", "năm" and in d/m/yyyy ("ngày 3l" →
//   "ngày 31", "2O23" → "2023") when the result is a valid day, month or year; with
//   `latest_year` known, a date's year past it that is one likely OCR slip from a year the page
//   writes elsewhere takes that year ("năm 2039" → "năm 2030");
// - the number line: "Sô: 3O/KH-UBND" → "Số: 30/KH-UBND" (O for 0, l or I for 1 in the
//   number), a hyphen lost between a type and an issuer abbreviation ("QĐUBND" → "QĐ-UBND").
//
// Output is NFC with exactly the lines of the input (so per-line confidences stay aligned).
// Pure; no I/O.
#pragma once

#include <string>
#include <string_view>

namespace doithoai::documents {

struct OcrCorrectionOptions {
  // The latest year a document can bear (the current year, or a year later to be safe); 0
  // when unknown, which turns the year check off.
  int latest_year = 0;
};

// REQUIRES: page_text is valid UTF-8.
std::string CorrectOcrText(std::string_view page_text, const OcrCorrectionOptions& options = {});

}  // namespace doithoai::documents
