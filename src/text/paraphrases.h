// One wording for things Vietnamese youths and officials say in several ways: "lương" and
// "thu nhập", "bằng lái" and "giấy phép lái xe", "đi làm việc ở nước ngoài" and "xuất khẩu
// lao động", "sáp nhập" and "sắp xếp" (đơn vị hành chính), "ra trường" and "tốt nghiệp". A
// lexicon of the youth-dialogue domain (paraphrases.cc), used by grouping and topic
// suggestion; search keeps what was typed.
//
// A text typed with diacritics is matched by its exact words, so "lương" (wage) is not
// "lượng" (amount). A text typed without them is matched by folded words, but only with
// phrases of two or more words or single words that have no diacritics at all ("vape"):
// "can" alone could be cần, cán or cận.
#pragma once

#include <string>
#include <vector>

#include "text/content_words.h"

namespace doithoai::text {

// The folded content words of `text` (content_words.h) with every known paraphrase replaced
// by its canonical wording, longest match first. Matching sees the stop words, the result
// does not.
//
// With `drop_frames`, the frames of officials' summaries ("giải pháp", "định hướng", "công
// tác", "vấn đề" …: how a line asks, not what about) are dropped too: the topic model reads
// subjects better without them (issue 12: cross-validated top-1 on real questions 83.8 % →
// 87.5 %); grouping keeps them (without them, lines sharing only a general subject merged).
std::vector<std::string> CanonicalWords(std::string_view text, bool drop_frames = false);

}  // namespace doithoai::text
