// The documents a text cites as its basis, in the paragraphs that open its body: "Căn cứ
// Luật Thanh niên; Nghị định số 13/2021/NĐ-CP ngày 01/3/2021 của Chính phủ quy định về …;",
// "Thực hiện ý kiến chỉ đạo … tại Thông báo số 158/TB-VPCP ngày 11/4/2024 của Văn phòng
// Chính phủ về …;". Documents cited later in the body are not bases. Internal.
#pragma once

#include <vector>

#include "documents/parse/document.h"
#include "documents/parse/paragraphs.h"

namespace doithoai::documents::parse {

// Reads the bases from the leading paragraphs of `body`; `*next` is set to the index of the
// first paragraph that is not a basis.
std::vector<ParsedBasis> ParseBases(const std::vector<Paragraph>& body, size_t* next);

}  // namespace doithoai::documents::parse
