#include "text/abbreviations.h"

#include <string>
#include <unordered_map>

namespace doithoai::text {
namespace {

enum class Case { kAny, kUpper, kLower };

struct Abbreviation {
  const char* short_form;  // as typed, any case unless `when` says otherwise
  const char* long_form;
  Case when = Case::kAny;
};

// Administrative abbreviations (Decree 30/2020 style and everyday official usage) first,
// then the shorthand of youth messages.
constexpr Abbreviation kTable[] = {
    {"ubnd", "ủy ban nhân dân"},
    {"hđnd", "hội đồng nhân dân"},
    {"hdnd", "hội đồng nhân dân"},
    {"mttq", "mặt trận tổ quốc"},
    {"ubmttq", "ủy ban mặt trận tổ quốc"},
    {"tncs", "thanh niên cộng sản"},
    {"hcm", "hồ chí minh"},
    {"tphcm", "thành phố hồ chí minh"},
    {"lhtn", "liên hiệp thanh niên"},
    {"kh&cn", "khoa học và công nghệ"},
    {"khcn", "khoa học và công nghệ"},
    {"gd&đt", "giáo dục và đào tạo"},
    {"gd&dt", "giáo dục và đào tạo"},
    {"gdđt", "giáo dục và đào tạo"},
    {"gddt", "giáo dục và đào tạo"},
    {"nn&mt", "nông nghiệp và môi trường"},
    {"vh&tt", "văn hóa và thể thao"},
    {"tp", "thành phố"},
    {"cđs", "chuyển đổi số"},
    {"cds", "chuyển đổi số"},
    {"cntt", "công nghệ thông tin"},
    {"dvc", "dịch vụ công"},
    {"dvcqg", "dịch vụ công quốc gia"},
    {"nhcsxh", "ngân hàng chính sách xã hội"},
    {"bhxh", "bảo hiểm xã hội"},
    {"bhyt", "bảo hiểm y tế"},
    {"bhtn", "bảo hiểm thất nghiệp"},
    {"nvqs", "nghĩa vụ quân sự"},
    {"atgt", "an toàn giao thông"},
    {"attt", "an toàn thông tin"},
    {"antt", "an ninh trật tự"},
    {"kcn", "khu công nghiệp"},
    {"kcx", "khu chế xuất"},
    {"xkld", "xuất khẩu lao động"},
    {"xklđ", "xuất khẩu lao động"},
    {"lđ", "lao động"},
    {"thpt", "trung học phổ thông"},
    {"thcs", "trung học cơ sở"},
    {"đh", "đại học"},
    {"dh", "đại học"},
    {"cđ", "cao đẳng"},
    {"sv", "sinh viên"},
    {"hs", "học sinh"},
    {"gv", "giáo viên"},
    {"tn", "thanh niên"},
    {"đtn", "đoàn thanh niên"},
    {"mxh", "mạng xã hội"},
    {"tmđt", "thương mại điện tử"},
    {"tmdt", "thương mại điện tử"},
    {"đkkd", "đăng ký kinh doanh"},
    {"dkkd", "đăng ký kinh doanh"},
    {"cty", "công ty"},
    {"dn", "doanh nghiệp"},
    {"ktx", "ký túc xá"},
    {"clb", "câu lạc bộ"},
    {"vn", "việt nam"},
    {"ptnt", "phát triển nông thôn"},
    {"sđt", "số điện thoại"},
    {"sdt", "số điện thoại"},
    {"gplx", "giấy phép lái xe"},
    {"cccd", "căn cước công dân"},
    {"tnxp", "thanh niên xung phong"},
    {"ai", "trí tuệ nhân tạo", Case::kUpper},
    {"kh", "kế hoạch", Case::kUpper},
    {"tb", "thông báo", Case::kUpper},
    // Youth shorthand ("teencode").
    {"kh", "không", Case::kLower},
    {"ko", "không"},
    {"k", "không"},
    {"kg", "không"},
    {"khg", "không"},
    {"hok", "không"},
    {"hông", "không"},
    {"khum", "không"},
    {"hem", "không"},
    {"đc", "được"},
    {"dc", "được"},
    {"j", "gì"},
    {"gj", "gì"},
    {"bn", "bao nhiêu"},
    {"bnhiu", "bao nhiêu"},
    {"ntn", "như thế nào"},
    {"vs", "với"},
    {"mk", "mình"},
    {"mik", "mình"},
    {"mjk", "mình"},
    {"mn", "mọi người"},
    {"mng", "mọi người"},
    {"ng", "người"},
    {"ngta", "người ta"},
    {"r", "rồi"},
    {"ms", "mới"},
    {"e", "em"},
    {"cj", "chị"},
    {"bít", "biết"},
    {"bik", "biết"},
    {"mún", "muốn"},
    {"cx", "cũng"},
    {"cũm", "cũng"},
    {"đag", "đang"},
    {"dag", "đang"},
    {"trc", "trước"},
    {"ns", "nói"},
    {"lm", "làm"},
    {"nhìu", "nhiều"},
    {"iu", "yêu"},
    {"thik", "thích"},
    {"z", "vậy"},
    {"zậy", "vậy"},
    {"dzậy", "vậy"},
    {"bh", "bao giờ"},
    {"bjo", "bao giờ"},
    {"bgio", "bao giờ"},
    {"ak", "à"},
    {"ik", "đi"},
    {"wa", "qua"},
    {"wá", "quá"},
    {"hc", "học"},
    {"đt", "điện thoại"},
    {"kq", "kết quả"},
    {"vc", "việc"},
    {"cv", "công việc"},
    {"tks", "cảm ơn"},
    {"fb", "facebook"},
    {"free", "miễn phí"},
    {"online", "trực tuyến"},
};

struct Entry {
  Case when;
  std::vector<Token> tokens;
};

using Map = std::unordered_map<std::string, std::vector<Entry>>;

const Map& Table() {
  static const Map* map = [] {
    auto* m = new Map();
    for (const Abbreviation& a : kTable) {
      std::vector<Token> key = Tokenize(a.short_form);
      Entry e{a.when, Tokenize(a.long_form)};
      for (Token& t : e.tokens) t.expanded = true;
      (*m)[key.front().text].push_back(std::move(e));
    }
    return m;
  }();
  return *map;
}

}  // namespace

const std::vector<Token>* LongForm(const Token& token) {
  const Map& map = Table();
  auto it = map.find(token.text);
  if (it == map.end()) return nullptr;
  for (const Entry& e : it->second) {
    if (e.when == Case::kUpper && !token.upper) continue;
    if (e.when == Case::kLower && token.upper) continue;
    return &e.tokens;
  }
  return nullptr;
}

std::vector<Token> ExpandAbbreviations(std::vector<Token> tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size() + 4);
  for (Token& t : tokens) {
    const std::vector<Token>* long_form = LongForm(t);
    if (long_form == nullptr) {
      out.push_back(std::move(t));
      continue;
    }
    for (const Token& l : *long_form) {
      Token e = l;
      e.begin = t.begin;
      e.end = t.end;
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace doithoai::text
