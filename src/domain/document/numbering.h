// Numbers and symbols of documents (Decree 30/2020, Art. 15 and Appendix I): the number is
// the issuer's running serial of the calendar year, from 01 on 1 January (below 10 with a
// leading zero), unique per issuer per year; "/" joins number and symbol, "-" joins groups.
#pragma once

#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace doithoai {

// "01", "09", "10", "158".
std::string FormatDocumentNumber(int64_t number);

// "36/KH-UBND" for a typed document; "12/UBND-VX" for a công văn (type_code empty, where
// `issuer` is the issuing body's abbreviation and `drafting_unit` the drafting unit or field).
// Fields "issuer_code", "drafting_unit" when a part is empty, has spaces or a '/'.
Result<std::string> FormatSymbol(int64_t number, std::string_view type_code,
                                 std::string_view issuer, std::string_view drafting_unit = "");

// The name of the counter that holds an issuer's series for the year of `issued_on`, so the
// series restarts each 1 January.
std::string NumberSeriesKey(int64_t issuer_agency_id, Date issued_on);

// "Hải Phòng, ngày 05 tháng 01 năm 2020" (days below 10 and months 1–2 with a leading zero).
std::string FormatPlaceAndDate(std::string_view place, Date date);

}  // namespace doithoai
