#include "documents/parse/agency.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "documents/parse/text_util.h"

namespace doithoai::documents::parse {
namespace {

// Capitalised head words, matched case-sensitively (both spellings of "Ủy"/"Uỷ").
constexpr std::string_view kHeads[] = {
    "Sở",
    "Ban",
    "Phòng",
    "Văn phòng",
    "Ủy ban",
    "Uỷ ban",
    "UBND",
    "HĐND",
    "Hội đồng",
    "Thành đoàn",
    "Tỉnh đoàn",
    "Huyện đoàn",
    "Quận đoàn",
    "Thị đoàn",
    "Đoàn",
    "Chi đoàn",
    "Đài",
    "Báo",
    "Hội",
    "Liên đoàn",
    "Công an",
    "Bộ",
    "Cục",
    "Chi cục",
    "Tổng cục",
    "Trung tâm",
    "Trường",
    "Viện",
    "Kho bạc",
    "Ngân hàng",
    "Bảo hiểm",
    "Mặt trận",
    "MTTQ",
    "Tòa án",
    "Toà án",
    "Thanh tra",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Thành ủy",
    "Thành uỷ",
    "Huyện ủy",
    "Huyện uỷ",
    "Đảng ủy",
    "Đảng uỷ",
    "Chính phủ",
    "Thủ tướng",
    "Chủ tịch",
    "Giám đốc",
    "Thủ trưởng",
    "Thường trực",
    "Công ty",
    "Tổ công tác",
    "Ban Chỉ đạo",
    "Đoàn TNCS",
    "Trung ương",
    "Ban Bí thư",
    "Ban Thường vụ",
    "Ban Chấp hành",
    "Tổng Liên đoàn",
    "Tỉnh Đoàn",
};

// After "các"/"Các": the nouns that make a group of bodies ("các sở, ngành").
constexpr std::string_view kGroupNouns[] = {
    "sở",      "ban",          "ngành",  "cơ quan", "đơn vị",     "địa phương", "phòng",
    "tổ chức", "xã",           "phường", "huyện",   "quận",       "thị xã",     "hội",
    "đoàn",    "trường",       "bộ",     "tỉnh",    "thành phố",  "cấp",        "chi đoàn",
    "cơ sở",   "doanh nghiệp", "Sở",     "Bộ",      "thành viên", "lực lượng",  "đoàn thể",
};

// Lower-case words that begin an action (verbs and the adverbs that lead them), each matched
// at a word boundary.
constexpr std::string_view kActionWords[] = {
    "chủ trì",
    "phối hợp",
    "chủ động",
    "tổ chức",
    "tiếp tục",
    "triển khai",
    "thực hiện",
    "tuyên truyền",
    "tăng cường",
    "xây dựng",
    "chuẩn bị",
    "tổng hợp",
    "báo cáo",
    "tham mưu",
    "đề xuất",
    "hỗ trợ",
    "hướng dẫn",
    "theo dõi",
    "đôn đốc",
    "rà soát",
    "nghiên cứu",
    "đảm bảo",
    "bảo đảm",
    "cử",
    "bố trí",
    "cung cấp",
    "trả lời",
    "đăng tải",
    "thông báo",
    "chỉ đạo",
    "lựa chọn",
    "tiếp nhận",
    "giới thiệu",
    "kiểm tra",
    "ban hành",
    "phổ biến",
    "quán triệt",
    "đẩy mạnh",
    "nâng cao",
    "phát huy",
    "huy động",
    "động viên",
    "khuyến khích",
    "tạo điều kiện",
    "giải quyết",
    "cập nhật",
    "gửi",
    "lập",
    "đưa tin",
    "tham gia",
    "tham dự",
    "mời",
    "vận động",
    "thẩm định",
    "trình",
    "duy trì",
    "hoàn thiện",
    "quản lý",
    "xem xét",
    "phê duyệt",
    "ký",
    "soạn thảo",
    "dự thảo",
    "tập trung",
    "quan tâm",
    "nắm bắt",
    "sắp xếp",
    "xử lý",
    "thống nhất",
    "phân công",
    "tiếp thu",
    "giải đáp",
    "trao đổi",
    "biểu dương",
    "khen thưởng",
    "đánh giá",
    "sơ kết",
    "tổng kết",
    "bổ sung",
    "quy định",
    "thu thập",
    "lồng ghép",
    "phát động",
    "vận hành",
    "ứng dụng",
    "đầu tư",
    "quảng bá",
    "kết nối",
    "đăng ký",
    "thành lập",
    "công khai",
    "rà soát",
    "chịu trách nhiệm",
    "có trách nhiệm",
    "làm đầu mối",
    "là đầu mối",
    "nghiêm túc",
    "kịp thời",
    "khẩn trương",
    "thường xuyên",
    "tích cực",
    "định kỳ",
    "hằng năm",
    "hàng năm",
    "trực tiếp",
    "đăng",
    "phát hành",
    "bảo vệ",
    "đề nghị",
    "yêu cầu",
    "giao",
    "đánh giá cao",
    "ghi nhận",
    "cân đối",
    "chi trả",
};

// Prepositions and auxiliaries that cannot continue a name.
constexpr std::string_view kNameEnders[] = {
    "theo", "về",  "trong", "để",  "nhằm", "tại", "khi",  "đối với", "cho",
    "của",  "từ",  "bằng",  "qua", "với",  "nếu", "thì",  "là",      "được",
    "đã",   "sẽ",  "đang",  "cần", "phải", "làm", "nhằm", "trước",   "sau",
    "đến",  "tới", "vào",   "như", "mà",   "này", "đó",
};

bool MatchesAt(std::string_view lower, std::string_view word) {
  return StartsWithWord(lower, word);
}

bool IsAbbreviation(std::string_view word) {
  std::string_view bare = word.substr(0, word.size() - 1);    // without the final "."
  if (bare.find('.') != std::string_view::npos) return true;  // "L.K.Nam", "T.P."
  return bare.size() <= 5 && !bare.empty() && !StartsLower(bare) && IsUpperText(bare);
}

// The entries of `words` grouped by their first word, for a lookup per position instead of a
// scan of every entry.
class WordIndex {
 public:
  template <size_t N>
  explicit WordIndex(const std::string_view (&words)[N]) {
    for (std::string_view w : words) by_first_[w.substr(0, w.find(' '))].push_back(w);
  }

  bool StartsWith(std::string_view lower) const {
    auto it = by_first_.find(lower.substr(0, lower.find_first_of(" ,.;:()")));
    if (it == by_first_.end()) return false;
    for (std::string_view w : it->second) {
      if (MatchesAt(lower, w)) return true;
    }
    return false;
  }

 private:
  std::unordered_map<std::string_view, std::vector<std::string_view>> by_first_;
};

}  // namespace

bool StartsWithActionWord(std::string_view lower) {
  static const WordIndex kIndex(kActionWords);
  return kIndex.StartsWith(lower);
}

bool StartsWithStopWord(std::string_view lower) {
  static const WordIndex kIndex(kNameEnders);
  return StartsWithActionWord(lower) || kIndex.StartsWith(lower);
}

bool StartsWithAgencyHead(std::string_view s, bool strict) {
  // "Ban hành …" (to issue) is a verb, not a board ("Ban Tuyên giáo").
  if (StartsWithWord(s, "Ban hành") || StartsWithWord(s, "BAN HÀNH")) return false;
  for (std::string_view h : kHeads) {
    if (StartsWithWord(s, h)) return true;
  }
  if (strict) return false;
  std::string lower = LowerSameLength(s.substr(0, 40));
  if (MatchesAt(lower, "cơ quan") || MatchesAt(lower, "đơn vị")) return true;
  if (!MatchesAt(lower, "các")) return false;
  std::string_view rest = std::string_view(lower).substr(std::string_view("các").size());
  rest = TrimStart(rest, "");
  if (MatchesAt(rest, "các")) rest = TrimStart(rest.substr(std::string_view("các").size()), "");
  for (std::string_view noun : kGroupNouns) {
    if (MatchesAt(rest, LowerSameLength(noun))) return true;
  }
  return false;
}

size_t ScanAgency(std::string_view s) {
  constexpr int kMaxWords = 30;
  std::string_view head = s.substr(0, 600);
  std::string lower = LowerSameLength(head);
  size_t end = 0;
  size_t pos = 0;
  int words = 0;
  std::string_view prev_lower;
  while (pos < head.size() && words < kMaxWords) {
    size_t word_end = head.find(' ', pos);
    if (word_end == std::string_view::npos) word_end = head.size();
    std::string_view word = head.substr(pos, word_end - pos);
    std::string_view lword = std::string_view(lower).substr(pos, word_end - pos);
    if (words > 0 && StartsLower(word) && StartsWithStopWord(std::string_view(lower).substr(pos))) {
      // "các tổ chức thành viên", "những tổ chức": a noun, not the verb.
      bool noun = (prev_lower == "các" || prev_lower == "những") &&
                  MatchesAt(std::string_view(lower).substr(pos), "tổ chức");
      if (!noun) break;
    }
    size_t cut = word.find_first_of(":;(");
    if (cut != std::string_view::npos) {
      end = pos + cut;
      break;
    }
    if (word.size() > 1 && word.back() == '.' && !IsAbbreviation(word)) {
      end = pos + word.size() - 1;
      break;
    }
    end = word_end;
    words++;
    prev_lower = lword;
    pos = word_end + 1;
  }
  return TrimEnd(s.substr(0, end), ",.;:-– ").size();
}

std::string NormalizeAgency(std::string_view name) {
  std::string s(TrimStart(TrimEnd(Trim(name), ",.;:-– "), "-–+ "));
  for (std::string_view stutter : {"các các ", "Các các "}) {
    if (s.starts_with(stutter)) s.erase(s.find(' '), std::string_view("các").size() + 1);
  }
  size_t pos;
  while ((pos = s.find(" các các ")) != std::string::npos) {
    s.erase(pos, std::string_view(" các").size());
  }
  return CapitalizeFirst(s);
}

std::vector<std::string> SplitAgencies(std::string_view phrase) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= phrase.size()) {
    size_t semi = phrase.find(';', start);
    if (semi == std::string_view::npos) semi = phrase.size();
    std::string_view part = phrase.substr(start, semi - start);
    size_t from = 0;
    for (size_t i = 0; i < part.size(); ++i) {
      size_t gap = 0;
      for (std::string_view sep : {std::string_view(", "), std::string_view(" và ")}) {
        if (part.substr(i, sep.size()) == sep) gap = sep.size();
      }
      if (gap == 0 || !StartsWithAgencyHead(part.substr(i + gap), true)) continue;
      out.push_back(NormalizeAgency(part.substr(from, i - from)));
      from = i + gap;
      i += gap - 1;
    }
    out.push_back(NormalizeAgency(part.substr(from)));
    start = semi + 1;
  }
  std::erase_if(out, [](const std::string& s) { return s.empty(); });
  return out;
}

}  // namespace doithoai::documents::parse
