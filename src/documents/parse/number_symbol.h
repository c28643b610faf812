// Number and symbol ("số, ký hiệu") of a document: "158/TB-VPCP", "36/KH-UBND", "12/UBND-VX",
// the Youth Union's "225-KH/TWĐTN-CTTN", the Party's "03-NQ/TU", and laws and decrees with
// their year, "13/2021/NĐ-CP" (REFERENCE.md, "Number and symbol"). Internal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace doithoai::documents::parse {

struct NumberSymbol {
  size_t length = 0;                  // bytes of the input matched; 0 when nothing matched
  std::optional<std::string> number;  // "158"; nullopt when a draft leaves it blank
  std::string symbol;                 // "TB-VPCP"; for "13/2021/NĐ-CP", "NĐ-CP"
  std::string written;                // as printed without spaces: "13/2021/NĐ-CP"
  // The first group of the symbol when it is a type abbreviation ("TB", "KH", "NĐ"), else
  // empty (a công văn's symbol starts with its issuer: "UBND-VX").
  std::string type_code;
};

// Reads a number and symbol at the start of `s`: digits (or a draft's blank of dots or
// spaces), "/" or "-", then the symbol. Tolerates a space after a separator ("123/KH- UBND"
// from a broken line). Returns length 0 if `s` does not start with one.
NumberSymbol MatchNumberSymbol(std::string_view s);

}  // namespace doithoai::documents::parse
