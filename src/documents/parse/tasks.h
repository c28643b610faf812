// The assignments of a document body (SYSTEM.md C7/C8): who must do what, with whom, by when.
//
// Forms recognised (issue 3): "Giao Sở X: - …" and "Đề nghị Thành đoàn …" (the verb, then
// the body, then the task inline or as sub-items); numbered sections that name a body
// ("1. Sở Nội vụ:" with "- …" items); "X chủ trì, phối hợp với Y …" (and "X <action> …" at
// a numbered item); and items with fields "Cơ quan thực hiện: … / Cơ quan phối hợp: … /
// Thời gian thực hiện: …". Coordinating bodies are those named after "phối hợp với";
// deadlines come from deadline.h. When the body has a "TỔ CHỨC THỰC HIỆN" section (a plan),
// only that section assigns tasks. The closing paragraph ("Trong quá trình…", "… ./.") and
// everything after it assign none. Internal to src/documents/parse.
#pragma once

#include <string_view>
#include <vector>

#include "documents/parse/document.h"
#include "documents/parse/paragraphs.h"

namespace doithoai::documents::parse {

// The tasks of the body paragraphs from `begin` (after the bases) to the end.
std::vector<ParsedTask> ExtractTasks(std::vector<Paragraph> body, size_t begin);

// Whether `task` was read from the paragraph `lower_paragraph` (in lower case): its lead and the
// first words of its content are both in it. A paragraph that only names the lead (a closing
// article listing who carries the decision out) is not where the task came from.
bool InParagraph(const ParsedTask& task, std::string_view lower_paragraph);

}  // namespace doithoai::documents::parse
