// A deterministic synthetic corpus of Vietnamese-like youth questions for the speed benchmark
// (bench/text/speed.cc): a few hundred common words drawn with a Zipf-like law (the most
// common match 10–25 % of questions, as in issue 5), organised as "issues" that many youths
// ask in their own way — words dropped or swapped, diacritics stripped, teen shorthand, a
// polite frame — so grouping has real groups to find (some issues asked thousands of times).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace doithoai::bench {

inline const std::vector<std::string_view>& CommonWords() {
  static const std::vector<std::string_view> kWords = {
      "thanh niên",
      "việc làm",
      "hỗ trợ",
      "chính sách",
      "thành phố",
      "khởi nghiệp",
      "vay vốn",
      "học nghề",
      "đào tạo",
      "sinh viên",
      "học sinh",
      "công nhân",
      "doanh nghiệp",
      "phường",
      "xã",
      "dịch vụ công",
      "trực tuyến",
      "chuyển đổi số",
      "môi trường",
      "rác thải",
      "nhà ở",
      "xã hội",
      "giao thông",
      "an toàn",
      "ma túy",
      "sức khỏe",
      "bệnh viện",
      "bảo hiểm",
      "y tế",
      "thể thao",
      "sân chơi",
      "văn hóa",
      "nhà văn hóa",
      "câu lạc bộ",
      "đoàn viên",
      "tình nguyện",
      "đối thoại",
      "kiến nghị",
      "lãnh đạo",
      "ủy ban",
      "nhân dân",
      "sở",
      "ngành",
      "cơ quan",
      "giải quyết",
      "trả lời",
      "thủ tục",
      "hồ sơ",
      "đăng ký",
      "miễn phí",
      "học phí",
      "học bổng",
      "trường",
      "đại học",
      "cao đẳng",
      "trung cấp",
      "giáo viên",
      "ngoại ngữ",
      "tiếng anh",
      "kỹ năng",
      "hướng nghiệp",
      "tuyển dụng",
      "lương",
      "thu nhập",
      "khu công nghiệp",
      "nhà trọ",
      "tiền điện",
      "nước sạch",
      "đường",
      "ngập",
      "đèn",
      "cây xanh",
      "công viên",
      "wifi",
      "internet",
      "điện thoại",
      "mạng xã hội",
      "lừa đảo",
      "tin giả",
      "tài khoản",
      "thông tin",
      "dữ liệu",
      "cá nhân",
      "nông nghiệp",
      "nông sản",
      "tiêu thụ",
      "nông thôn",
      "thủy sản",
      "chăn nuôi",
      "trồng trọt",
      "hợp tác xã",
      "quân sự",
      "nghĩa vụ",
      "nhập ngũ",
      "xuất ngũ",
      "công an",
      "trật tự",
      "đua xe",
      "tai nạn",
      "mũ bảo hiểm",
      "bằng lái",
      "xe máy",
      "xe buýt",
      "xe điện",
      "trạm sạc",
      "ô nhiễm",
      "khói bụi",
      "nước thải",
      "phân loại",
      "tái chế",
      "nhựa",
      "biển",
      "du lịch",
      "di tích",
      "lễ hội",
      "âm nhạc",
      "bóng đá",
      "bơi",
      "đuối nước",
      "trẻ em",
      "gia đình",
      "phụ nữ",
      "người khuyết tật",
      "hộ nghèo",
      "vùng sâu",
      "dân tộc",
      "thiểu số",
      "tiền",
      "chi phí",
      "giá",
      "lãi suất",
      "ưu đãi",
      "ngân hàng",
      "chính sách xã hội",
      "thế chấp",
      "điều kiện",
      "tiêu chuẩn",
      "quy định",
      "pháp luật",
      "tư vấn",
      "tâm lý",
      "trầm cảm",
      "áp lực",
      "thi cử",
      "tuyển sinh",
      "lớp 10",
      "thư viện",
      "tự học",
      "máy tính",
      "lập trình",
      "trí tuệ nhân tạo",
      "công nghệ",
      "số hóa",
      "chữ ký số",
      "căn cước",
      "định danh",
      "ứng dụng",
      "phần mềm",
      "camera",
      "an ninh",
      "tuần tra",
      "trộm cắp",
      "bạo lực",
      "học đường",
      "bắt nạt",
      "game",
      "nghiện",
      "thuốc lá",
      "điện tử",
      "rượu bia",
      "nồng độ cồn",
      "phạt",
      "xử lý",
      "kiểm tra",
      "giám sát",
      "minh bạch",
      "công khai",
      "kết quả",
      "tiến độ",
      "kế hoạch",
      "năm nay",
      "năm trước",
      "tháng",
      "sớm",
      "chậm",
      "bao giờ",
      "ở đâu",
      "như thế nào",
      "bao nhiêu",
      "có được",
      "không",
      "tại sao",
      "ai",
      "khi nào",
      "mong",
      "đề nghị",
      "cần",
      "muốn",
      "giúp",
      "cho",
      "em",
      "chúng em",
      "bạn trẻ",
      "người dân",
      "cộng đồng",
      "khu dân cư",
      "tổ dân phố",
      "thôn",
      "làng",
      "quê",
      "xuất khẩu lao động",
      "nước ngoài",
      "nhật bản",
      "hàn quốc",
      "hợp đồng",
      "lao động",
      "thất nghiệp",
      "trợ cấp",
      "làm thêm",
      "bán thời gian",
      "shipper",
      "tài xế",
      "công nghệ số",
      "sàn thương mại",
      "bán hàng",
      "online",
      "thuế",
      "hộ kinh doanh",
      "vườn ươm",
      "ý tưởng",
      "dự án",
      "cuộc thi",
      "nhà đầu tư",
      "cố vấn",
      "sáng tạo",
      "đổi mới",
      "xanh",
      "năng lượng",
      "mặt trời",
      "tiết kiệm",
      "điện",
      "nước",
      "khí hậu",
      "thiên tai",
      "bão",
      "lũ",
      "cứu hộ",
      "xung kích",
      "hiến máu",
      "tiêm phòng",
      "vắc xin",
      "khám bệnh",
      "đặt lịch",
      "quá tải",
      "thực phẩm",
      "đồ ăn",
      "cổng trường",
      "nguồn gốc",
      "chất lượng",
      "cơ sở vật chất",
      "phòng học",
      "ký túc xá",
      "ăn ở",
      "đi lại",
      "xe đưa đón",
      "an sinh",
      "nhà ở xã hội",
      "thuê",
      "mua",
      "vay",
      "trả góp",
      "quy hoạch",
      "hạ tầng",
      "cầu",
      "cống",
      "vỉa hè",
      "bãi đỗ xe",
      "đô thị",
      "thông minh",
      "chính quyền",
      "số",
      "dịch vụ",
      "tiện ích",
      "điểm",
      "trung tâm",
      "sự kiện",
      "hội chợ",
      "việc làm thêm",
      "kinh nghiệm",
      "thực tập",
      "chứng chỉ",
      "bằng cấp",
      "liên thông",
      "du học",
      "đại biểu",
      "hội đồng",
      "mặt trận",
      "tổ quốc",
      "đoàn",
      "hội",
      "liên hiệp",
      "phong trào",
      "công trình",
      "tiêu biểu",
      "khen thưởng",
      "tuyên dương",
      "nhân tài",
      "thu hút",
      "trọng dụng",
      "cán bộ",
      "sắp xếp",
      "sáp nhập",
      "đơn vị",
      "hành chính",
      "địa chỉ",
      "giấy tờ",
      "công chứng",
      "kết hôn",
      "khai sinh",
      "hộ tịch",
      "lý lịch",
      "tư pháp",
  };
  return kWords;
}

// Stable, fast generator (no dependence on the standard library's distribution algorithms,
// which differ between implementations).
class SplitMix {
 public:
  explicit SplitMix(uint64_t seed) : s_(seed) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double Uniform() { return (Next() >> 11) * 0x1.0p-53; }
  size_t Below(size_t n) { return static_cast<size_t>(Uniform() * n); }

 private:
  uint64_t s_;
};

// Samples ranks 0..n-1 with P(k) ∝ (k + 1)^-s.
class Zipf {
 public:
  Zipf(size_t n, double s) : cdf_(n) {
    double sum = 0;
    for (size_t k = 0; k < n; ++k) cdf_[k] = sum += std::pow(double(k + 1), -s);
    for (double& c : cdf_) c /= sum;
  }
  size_t Sample(SplitMix& rng) const {
    double u = rng.Uniform();
    return std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin();
  }

 private:
  std::vector<double> cdf_;
};

// Strips Vietnamese diacritics from ASCII-compatible UTF-8 (a youth typing without marks).
inline std::string StripMarks(std::string_view s) {
  static const char* kTable[][2] = {
      {"à", "a"}, {"á", "a"}, {"ả", "a"}, {"ã", "a"}, {"ạ", "a"}, {"ă", "a"}, {"ằ", "a"},
      {"ắ", "a"}, {"ẳ", "a"}, {"ẵ", "a"}, {"ặ", "a"}, {"â", "a"}, {"ầ", "a"}, {"ấ", "a"},
      {"ẩ", "a"}, {"ẫ", "a"}, {"ậ", "a"}, {"è", "e"}, {"é", "e"}, {"ẻ", "e"}, {"ẽ", "e"},
      {"ẹ", "e"}, {"ê", "e"}, {"ề", "e"}, {"ế", "e"}, {"ể", "e"}, {"ễ", "e"}, {"ệ", "e"},
      {"ì", "i"}, {"í", "i"}, {"ỉ", "i"}, {"ĩ", "i"}, {"ị", "i"}, {"ò", "o"}, {"ó", "o"},
      {"ỏ", "o"}, {"õ", "o"}, {"ọ", "o"}, {"ô", "o"}, {"ồ", "o"}, {"ố", "o"}, {"ổ", "o"},
      {"ỗ", "o"}, {"ộ", "o"}, {"ơ", "o"}, {"ờ", "o"}, {"ớ", "o"}, {"ở", "o"}, {"ỡ", "o"},
      {"ợ", "o"}, {"ù", "u"}, {"ú", "u"}, {"ủ", "u"}, {"ũ", "u"}, {"ụ", "u"}, {"ư", "u"},
      {"ừ", "u"}, {"ứ", "u"}, {"ử", "u"}, {"ữ", "u"}, {"ự", "u"}, {"ỳ", "y"}, {"ý", "y"},
      {"ỷ", "y"}, {"ỹ", "y"}, {"ỵ", "y"}, {"đ", "d"},
  };
  std::string out;
  for (size_t i = 0; i < s.size();) {
    bool replaced = false;
    if (static_cast<unsigned char>(s[i]) >= 0x80) {
      for (const auto& [from, to] : kTable) {
        size_t n = std::char_traits<char>::length(from);
        if (s.compare(i, n, from) == 0) {
          out += to;
          i += n;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(s[i++]);
  }
  return out;
}

struct SyntheticCorpus {
  std::vector<std::string> questions;
  std::vector<uint32_t> issue;  // the issue each question asks about (its true group)
};

// `n` questions about n / 4 issues; issue popularity is Zipf too, so a few issues are asked
// thousands of times.
inline SyntheticCorpus MakeCorpus(size_t n, uint64_t seed = 2025) {
  const auto& words = CommonWords();
  SplitMix rng(seed);
  Zipf word_rank(words.size(), 0.5);
  const size_t issues = std::max<size_t>(1, n / 4);
  Zipf issue_rank(issues, 0.7);
  // Each issue: 6–14 distinct words (a question rarely repeats a noun).
  std::vector<std::vector<uint16_t>> issue_words(issues);
  for (auto& w : issue_words) {
    size_t len = 6 + rng.Below(9);
    while (w.size() < len) {
      auto x = static_cast<uint16_t>(word_rank.Sample(rng));
      if (std::find(w.begin(), w.end(), x) == w.end()) w.push_back(x);
    }
  }
  static const char* kFrames[] = {"cho em hỏi ", "em muốn hỏi ", "kính gửi lãnh đạo, ",
                                  "đề nghị thành phố ", ""};
  static const char* kEnds[] = {" ạ?", " không ạ?", " ko", " vậy?", "", " dc ko", "."};
  SyntheticCorpus c;
  c.questions.reserve(n);
  c.issue.reserve(n);
  for (size_t q = 0; q < n; ++q) {
    // The first question of each issue is its "original"; then issues by popularity.
    uint32_t i = static_cast<uint32_t>(q < issues ? q : issue_rank.Sample(rng));
    std::vector<uint16_t> w = issue_words[i];
    if (q >= issues) {
      // A youth's own wording: drop a word, swap one for another, maybe reorder two.
      if (w.size() > 6 && rng.Below(2)) w.erase(w.begin() + rng.Below(w.size()));
      if (rng.Below(3) == 0) w[rng.Below(w.size())] = static_cast<uint16_t>(word_rank.Sample(rng));
      if (rng.Below(4) == 0) std::swap(w[rng.Below(w.size())], w[rng.Below(w.size())]);
    }
    std::string text = kFrames[rng.Below(5)];
    for (size_t k = 0; k < w.size(); ++k) {
      if (k) text += ' ';
      text += words[w[k]];
    }
    text += kEnds[rng.Below(7)];
    if (rng.Below(10) < 3) text = StripMarks(text);
    c.questions.push_back(std::move(text));
    c.issue.push_back(i);
  }
  return c;
}

}  // namespace doithoai::bench
