#include "text/stop_words.h"

#include <string_view>
#include <unordered_set>

namespace doithoai::text {
namespace {

// Exact (accented, canonical) forms.
constexpr std::string_view kAccented[] = {
    "à",
    "ạ",
    "á",
    "ả",
    "ơi",
    "nhé",
    "nha",
    "nhỉ",
    "hả",
    "hở",
    "thì",
    "là",
    "mà",
    "và",
    "với",
    "của",
    "các",
    "những",
    "một",
    "cái",
    "này",
    "kia",
    "đó",
    "ấy",
    "nào",
    "gì",
    "sao",
    "vậy",
    "thế",
    "như",
    "để",
    "cho",
    "có",
    "không",
    "được",
    "bị",
    "đã",
    "đang",
    "sẽ",
    "vẫn",
    "cũng",
    "rất",
    "quá",
    "lắm",
    "ở",
    "tại",
    "trong",
    "trên",
    "về",
    "từ",
    "đến",
    "tới",
    "khi",
    "nếu",
    "hay",
    "hoặc",
    "nhưng",
    "vì",
    "do",
    "nên",
    "em",
    "anh",
    "chị",
    "tôi",
    "mình",
    "bạn",
    "chúng",
    "ta",
    "ai",
    "vâng",
    "dạ",
    "hỏi",
    "muốn",
    "gửi",
    "thưa",
    "rồi",
    "mới",
    "đi",
    "ra",
    "vào",
    "lên",
    "thôi",
    "đây",
    "kính",
    "mong",
    "giúp",
    "biết",
    "bao",
    "nhiêu",
    "mọi",
    "nhiều",
    // Units of place: a hint or a group must share what is asked, not that both youths live
    // in a ward (issue 12: hints matched on "ở", "phường").
    "phường",
    "huyện",
    "tỉnh",
    "thôn",
};

// Folded forms that are stop words when typed without diacritics: only those whose other
// readings are rare in questions (not "ma", "cho", "trong", "thi", "de", "ve", "den", …).
constexpr std::string_view kFolded[] = {
    "a",   "oi",  "nhe",  "nhi",  "va",   "voi",   "cac",   "nhung", "mot", "cai", "nay",
    "kia", "nao", "gi",   "sao",  "co",   "khong", "duoc",  "se",    "rat", "o",   "tren",
    "khi", "neu", "hay",  "hoac", "em",   "anh",   "ta",    "ai",    "gui", "roi", "ra",
    "vao", "len", "mong", "giup", "biet", "nhieu", "huyen", "thon",
};

}  // namespace

bool HasDiacritics(const std::vector<Token>& tokens) {
  for (const Token& t : tokens) {
    if (!t.expanded && t.text != t.folded) return true;
  }
  return false;
}

bool IsStopWord(const Token& token, bool with_diacritics) {
  static const std::unordered_set<std::string_view> accented(std::begin(kAccented),
                                                             std::end(kAccented));
  static const std::unordered_set<std::string_view> folded(std::begin(kFolded), std::end(kFolded));
  if (!with_diacritics) return folded.count(token.folded) > 0;
  return accented.count(token.text) > 0;
}

}  // namespace doithoai::text
