// The shorthand that documents use for agency names, and the bodies every unit has under
// several names: data, in one place (agency_abbreviations.cc), documented entry by entry.
#pragma once

#include <span>

namespace doithoai {

// One abbreviation: its folded words as written, split at punctuation ("LĐ-TB&XH" is
// "ld tb xh"), and the folded long form. Several-word entries are only read together, so
// "kh cn" is khoa học công nghệ and "kh dt" kế hoạch đầu tư while "kh" alone stays as it is.
struct AgencyAbbreviation {
  const char* shorthand;
  const char* long_form;
};

// A body that every unit has, under any of its names (folded, place removed).
struct GenericBodyNames {
  const char* key;
  std::span<const char* const> names;
};

std::span<const AgencyAbbreviation> AgencyAbbreviations();
std::span<const GenericBodyNames> GenericBodies();

// Generic keys of the political-social organisations ("các tổ chức chính trị - xã hội",
// "các đoàn thể"): the Fatherland Front and the five mass organisations.
std::span<const char* const> MassOrganisationKeys();

}  // namespace doithoai
