// The lists and the signature of a document: "Kính gửi:" (addressees, after the header),
// "Nơi nhận:" (copies) and the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
// "PHÓ CHỦ TỊCH", the name). In a flattened copy the signature column may share rows with
// the "Nơi nhận" column ("- Như trên;   KT. CHỦ TỊCH"): a list item ends at its ";" or "."
// (Decree 30 punctuation), and what follows on the row belongs to the signature. Internal.
#pragma once

#include <string>
#include <vector>

#include "documents/parse/document.h"

namespace doithoai::documents::parse {

// If lines[begin] starts "Kính gửi", reads the addressees into `*out` and returns the index
// of the first line after the list; otherwise returns `begin`.
size_t ParseAddressed(const std::vector<std::string>& lines, size_t begin,
                      std::vector<std::string>* out);

// The first line at or after `begin` that belongs to the footer: "Nơi nhận", an authority
// line ("TM. …"), the line after the closing mark "./.", or a final position and name. Returns
// lines.size() when there is none.
size_t FindFooterStart(const std::vector<std::string>& lines, size_t begin);

struct FooterFields {
  std::vector<std::string> copies;
  ParsedSigner signer;
};

FooterFields ParseFooter(const std::vector<std::string>& lines, size_t begin);

}  // namespace doithoai::documents::parse
