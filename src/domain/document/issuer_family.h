// Who issues a document, by family of bodies (issue 13): each family writes its own header,
// numbers in its own yearly series and symbol form, and signs in its own words.
//  - People's Committee (Decree 30/2020/NĐ-CP, Appendix I): "ỦY BAN NHÂN DÂN / PHƯỜNG X" left,
//    the national title and motto right, "Số: 12/UBND-VHXH", "TM. ỦY BAN NHÂN DÂN".
//  - Party committee (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW): "ĐẢNG BỘ THÀNH PHỐ … /
//    ĐẢNG ỦY PHƯỜNG … / *" left, "ĐẢNG CỘNG SẢN VIỆT NAM" right with no motto,
//    "Số 15-CV/ĐU", "T/M BAN THƯỜNG VỤ / BÍ THƯ".
//  - Fatherland Front committee: as a state body's layout (national title and motto),
//    "Số: 08/MTTQ-BTT", "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH".
//  - Youth Union: "THÀNH ĐOÀN … / BCH ĐOÀN PHƯỜNG … / ***" left, "ĐOÀN TNCS HỒ CHÍ MINH"
//    right, "Số: 12-CV/ĐTN", "TM. BAN THƯỜNG VỤ / BÍ THƯ".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "domain/unit/unit.h"

namespace doithoai {

enum class IssuerFamily { kPeoplesCommittee, kParty, kFatherlandFront, kYouthUnion };

// "ubnd", "party", "mttq", "youth_union" — the API's words.
const char* IssuerFamilyName(IssuerFamily f);
std::optional<IssuerFamily> ParseIssuerFamily(std::string_view name);
// "Ủy ban nhân dân", "Đảng ủy", "Ủy ban Mặt trận Tổ quốc", "Đoàn Thanh niên".
const char* IssuerFamilyLabel(IssuerFamily f);
const std::vector<IssuerFamily>& IssuerFamilies();

// The unit's name without its kind: "Thành phố Hải Phòng" → "Hải Phòng".
std::string UnitPlaceName(const std::string& unit_name);
// The name inside a sentence: "Phường Hồng Bàng" → "phường Hồng Bàng", "Đặc khu Cát Hải" →
// "đặc khu Cát Hải" (every kind of unit starts with an ASCII letter or "Đ").
std::string UnitNameInSentence(const std::string& unit_name);

// The code of the agency (body) a unit must have for the family to issue in its name:
// "" for the People's Committee (every unit has one), "dang-uy", "mttq", "doan-phuong" /
// "thanh-doan" (a province's Youth Union).
std::vector<std::string_view> IssuerBodyCodes(IssuerFamily f);

// The header of a family's documents for `unit` under `parent` (nullopt for the nation).
struct IssuerHeading {
  std::string parent_issuer;  // "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"; may be empty
  std::string issuer;         // "ĐẢNG ỦY PHƯỜNG HỒNG BÀNG"; '\n' breaks a long name
  std::string issuer_code;    // the issuer's part of the symbol: "UBND", "ĐU", "MTTQ", "ĐTN"
  std::string title;          // right column: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  std::string motto;  // "Độc lập - Tự do - Hạnh phúc"; empty for Party, Youth Union
  std::string mark;   // under the issuer: "*" (Party), "***" (Youth Union), "" (rule)
  std::string number_label;  // "Số: ", or "Số " for the Party (HD 36-HD/VPTW)
  char joint = '/';          // between number and symbol: '/', or '-' (Party, Youth Union)
  std::string host;          // in running text: "Đảng ủy phường Hồng Bàng"
};
IssuerHeading HeadingFor(IssuerFamily f, const Unit& unit, const std::optional<Unit>& parent);

// The symbol of a letter (công văn): "UBND-VHXH", "MTTQ-BTT" (state layout: issuer, drafting
// unit); "CV/ĐU", "CV/ĐTN" (Party, Youth Union: type "CV", issuer; the drafting unit, if
// given, after a '-': "CV/ĐU-VP").
std::string LetterSymbol(IssuerFamily f, std::string_view issuer_code,
                         std::string_view drafting_unit);

// The symbol of a typed document: "TB-UBND"; "TB/ĐU" for the Party and the Youth Union.
std::string TypedSymbol(IssuerFamily f, std::string_view type_code, std::string_view issuer_code);

// The counter of a family's yearly series at `unit` (Decree 30 Art. 15: one series per issuer,
// from 01 each 1 January). The People's Committee keeps the key it always had.
std::string IssuerSeriesKey(IssuerFamily f, UnitId unit, Date on);

// Whether a drafting unit is needed in the letter's symbol (state layout only).
bool NeedsDraftingUnit(IssuerFamily f);

}  // namespace doithoai
