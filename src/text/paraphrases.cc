#include "text/paraphrases.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "text/analyzer.h"
#include "text/stop_words.h"

namespace doithoai::text {
namespace {

// "canonical = variant | variant | …", written as people type them and matched word for word,
// stop words included (so "ra trường" is not every "trường"). A variant equal to its canonical
// protects a phrase from a shorter rule ("chất lượng" keeps "lượng").
constexpr std::string_view kSets[] = {
    // Work and income.
    "việc làm = công việc | tuyển dụng | việc làm thêm | job",
    "tốt nghiệp = ra trường | mới ra trường",
    "thu nhập = lương | tiền lương | mức lương | đời sống | đủ sống",
    "chất lượng = chất lượng",
    "lực lượng = lực lượng",
    "số lượng = số lượng",
    "lao động = công nhân | người lao động | công nhân viên",
    "khu công nghiệp = khu chế xuất | khu kinh tế",
    "trợ cấp thất nghiệp = bảo hiểm thất nghiệp | trợ cấp thôi việc",
    "nghỉ việc = mất việc | thôi việc | đuổi việc | cho nghỉ việc | ép nghỉ việc",
    "nợ lương = chậm trả lương | chậm lương | không trả lương | trả lương chậm",
    "phản ánh = khiếu nại | kiến nghị cơ quan | báo cơ quan | trình báo | tố giác | tố cáo",
    "doanh nghiệp = công ty | xí nghiệp | nhà máy | chủ doanh nghiệp",
    "xuất khẩu lao động = làm việc ở nước ngoài | làm việc nước ngoài | lao động ở nước ngoài | "
    "đi làm ở nước ngoài | đi làm nước ngoài | xklđ",
    "uy tín = tin cậy | đáng tin cậy | đáng tin | chính thống | chính xác",
    "lừa đảo = lừa | bị lừa | lừa gạt",
    "làm thêm = part time | bán thời gian | việc làm bán thời gian | làm thêm giờ ngoài",
    "tài xế công nghệ = shipper | xe ôm công nghệ | grab | giao hàng | chạy grab",
    "thai sản = sinh con | nghỉ đẻ | sau sinh | nghỉ sinh | đẻ",
    // Vocational training.
    "học nghề = đào tạo nghề | dạy nghề | lớp nghề | trường nghề",
    "miễn phí = miễn học phí | không mất phí | không mất tiền | không tốn phí | free",
    "hướng nghiệp = chọn nghề | chọn ngành | chọn ngành nghề | định hướng nghề nghiệp | tư vấn "
    "hướng nghiệp",
    "trung học phổ thông = lớp 12 | cuối cấp | cấp 3",
    "khó khăn = hoàn cảnh khó khăn | hộ nghèo | cận nghèo | nghèo | nhà nghèo",
    "lớp = khóa học | lớp học | khoá",
    // Start-up.
    "khởi nghiệp = lập nghiệp | startup | dự án khởi nghiệp",
    "thế chấp = tài sản thế chấp | sổ đỏ",
    "vườn ươm = không gian làm việc chung | ươm tạo | coworking",
    "cố vấn = mentor | chuyên gia cố vấn | chuyên gia",
    "nhà đầu tư = gọi vốn | quỹ đầu tư",
    "đăng ký kinh doanh = thành lập doanh nghiệp | hộ kinh doanh | mở shop",
    "bán hàng trực tuyến = kinh doanh trực tuyến | bán hàng qua mạng | kinh doanh qua mạng | bán "
    "hàng mạng",
    "nộp thuế = đóng thuế | kê khai thuế | nghĩa vụ thuế | thuế",
    "sàn thương mại điện tử = shopee | lazada | tiktok shop | sàn",
    "hội chợ = triển lãm",
    "trực tuyến = qua mạng",
    // Digital transformation.
    "dịch vụ công = cổng dịch vụ công | dịch vụ công trực tuyến",
    "lỗi = trục trặc | treo | đăng nhập",
    "khắc phục = cải thiện | nâng cao chất lượng",
    "wifi = wi fi | internet công cộng | sóng wifi",
    "trí tuệ nhân tạo = chatgpt",
    "lập trình = code | coding",
    "thanh toán không dùng tiền mặt = quét mã qr | quét mã | chuyển khoản | ví điện tử | "
    "thanh toán không tiền mặt",
    "vneid = định danh điện tử | tài khoản định danh | tài khoản định danh điện tử",
    "sai = thông tin sai | sai thông tin | sai lệch",
    // Education.
    "ngoại ngữ = tiếng anh | tiếng nhật | tiếng hàn | tiếng trung",
    "nông thôn = ngoại thành | vùng quê | quê | vùng sâu | huyện cũ",
    "mầm non = nhà trẻ | gửi con | gửi trẻ | trường mầm non",
    "tuyển sinh lớp 10 = thi vào lớp 10 | thi lớp 10 | vào lớp 10",
    "công lập = trường công",
    "tự học = chỗ tự học | không gian tự học | thư viện",
    "dạy thêm = học thêm | dạy thêm học thêm",
    "giáo dục giới tính = sức khỏe sinh sản | giới tính",
    "nhà trọ = phòng trọ | khu trọ | thuê trọ | tiền trọ | trọ",
    // Health.
    "thuốc lá điện tử = vape | pod | thuốc lá nung nóng",
    "ma túy = chất cấm | ma túy trá hình | ma túy núp bóng",
    "tâm lý = trầm cảm | stress | áp lực tâm lý | sức khỏe tâm thần | tâm thần",
    "kết hôn = cưới | lấy vợ | lấy chồng",
    "tiền hôn nhân = trước kết hôn",
    "đặt lịch khám = đặt lịch | hẹn khám | đặt lịch khám bệnh",
    "an toàn thực phẩm = đồ ăn bẩn | thực phẩm bẩn | không rõ nguồn gốc | vệ sinh thực phẩm",
    "tiêm phòng = vắc xin | tiêm chủng | vaccine",
    // Culture and sport.
    "sân chơi = khu vui chơi | chỗ chơi | sân bóng | sân thể thao | sân tập | sân",
    "trẻ em = thanh thiếu nhi | thiếu nhi | trẻ con",
    "nhà văn hóa = nhà sinh hoạt cộng đồng | thiết chế văn hóa | nhà văn hóa thôn",
    "câu lạc bộ = nhóm nhảy | đội nhóm",
    "nhảy = dance | nhảy hiện đại",
    "thể thao = bóng đá | đá bóng | cầu lông | bóng chuyền | chạy bộ",
    "di tích = di sản | di tích lịch sử",
    "bơi = dạy bơi | học bơi | phổ cập bơi | bể bơi",
    "đuối nước = chết đuối | tắm sông",
    "âm nhạc = ca nhạc | lễ hội âm nhạc | biểu diễn",
    // Environment.
    "phân loại rác = phân loại rác tại nguồn | phân loại",
    "thu gom = xe rác | xe thu gom | thu gom rác",
    "đổ chung = đổ lẫn | trộn lẫn",
    "xe chở vật liệu = xe chở cát | xe chở đất | xe chở cát đá | xe chở vật liệu xây dựng",
    "rác thải nhựa = rác nhựa | túi ni lông | nhựa",
    "trồng cây = trồng cây xanh | cây xanh",
    "xe điện = xe máy điện | trạm sạc | sạc xe điện",
    "kênh = mương | kênh mương | kênh thoát nước",
    "nước thải = mùi hôi | bốc mùi | hôi thối | mùi hôi thối",
    "biển = bãi biển | bờ biển",
    "dọn rác = làm sạch | dọn vệ sinh | vệ sinh",
    // Security and traffic.
    "xe máy = xe mô tô | xe gắn máy",
    "giấy phép lái xe = bằng lái | bằng lái xe | sát hạch",
    "xử phạt = phạt | bị phạt",
    "đua xe = lạng lách | nẹt pô | bốc đầu | đua xe trái phép",
    "nồng độ cồn = rượu bia | uống bia | uống rượu | thổi nồng độ cồn",
    "trộm = mất trộm | trộm cắp | cướp giật | bị trộm",
    "camera = camera an ninh | camera giám sát",
    "bạo lực học đường = đánh nhau",
    "đèn tín hiệu = đèn giao thông | đèn tín hiệu giao thông | đèn xanh đèn đỏ",
    "ngã tư = giao lộ | điểm giao cắt | ngã ba",
    "tai nạn = tai nạn giao thông | điểm đen",
    // Housing and infrastructure.
    "nhà ở xã hội = nhà xã hội | noxh",
    "ngập = ngập úng | ngập nước | ngập sâu",
    "xuống cấp = ổ gà | hư hỏng | đường hỏng",
    "đèn chiếu sáng = đèn đường | tối om",
    "xe buýt = xe bus | bus",
    "tiền điện = giá điện",
    "chủ nhà trọ = chủ trọ",
    // Social media and information safety.
    "lừa đảo trực tuyến = lừa đảo qua mạng | việc nhẹ lương cao | làm nhiệm vụ trực tuyến | "
    "nhiệm vụ trực tuyến",
    "tin giả = thông tin sai trái | xuyên tạc | thông tin xuyên tạc | tin xấu độc",
    "lộ thông tin = rò rỉ | lộ dữ liệu | bị lộ | mua bán thông tin | lộ",
    "thông tin cá nhân = dữ liệu cá nhân",
    "cuộc gọi rác = gọi điện quảng cáo | spam | tin nhắn rác",
    "nghiện game = nghiện điện thoại | nghiện mạng xã hội | chơi game | game trực tuyến | "
    "nghiện game trực tuyến | game",
    "hack = chiếm đoạt | chiếm tài khoản | chiếm quyền | mất tài khoản",
    "tài khoản = nick | acc",
    "bắt nạt = bêu riếu | tẩy chay | chửi bới | bắt nạt trực tuyến",
    "mạng xã hội = facebook | zalo | tiktok | instagram",
    // Agriculture.
    "nông nghiệp công nghệ cao = nhà màng | nhà kính | thủy canh",
    "tiêu thụ = ép giá | thương lái | đầu ra | kết nối tiêu thụ",
    "nông sản = rau | trái cây | rau quả",
    "đất nông nghiệp = ruộng | ruộng đất | đất sản xuất",
    "thủy sản = nuôi tôm | ao tôm | đầm tôm | tôm cá | nuôi trồng thủy sản",
    "thiên tai = bão | lũ | bão lũ",
    "thiệt hại = mất trắng | phá hết",
    "tập huấn = học kỹ thuật | tập huấn kỹ thuật",
    // Youth policy and the Youth Union.
    "kiến nghị = ý kiến | đề xuất",
    "giải quyết = trả lời | phản hồi",
    "năm trước = năm ngoái | năm 2024",
    "góp ý = phản biện | đóng góp ý kiến",
    "tình nguyện = mùa hè xanh | tình nguyện hè",
    "giấy chứng nhận = chứng nhận",
    "kinh phí = ngân sách | kinh phí hoạt động",
    "đoàn cơ sở = chi đoàn | đoàn phường | đoàn xã",
    "dôi dư = thừa | dư thừa",
    "khen thưởng = tuyên dương | biểu dương | vinh danh",
    "nhân tài = người tài | người giỏi | học giỏi | sinh viên giỏi | thạc sĩ | tiến sĩ | "
    "trọng dụng",
    "làm ăn xa = làm xa quê | làm xa | đi làm ăn xa",
    // Defence.
    "nghĩa vụ quân sự = nhập ngũ | bộ đội | quân đội | đi lính | tại ngũ",
    "tạm hoãn = hoãn",
    "xuất ngũ = hoàn thành nghĩa vụ quân sự | quân nhân xuất ngũ",
    "cận thị = cận",
    "hình xăm = xăm",
    "nghĩa vụ công an = nghĩa vụ tham gia công an nhân dân | nghĩa vụ công an nhân dân",
    "dân quân = dân quân tự vệ",
    "chế độ = phụ cấp",
    // Other.
    "căn cước = căn cước công dân | chứng minh thư | cmnd",
    "sắp xếp = sáp nhập | sắp xếp đơn vị hành chính",
    "phát trực tiếp = livestream | phát sóng trực tiếp",
    "tư vấn pháp luật = trợ giúp pháp lý | tư vấn luật | luật sư",
    "cứu hộ = cứu nạn | cứu hộ cứu nạn",
    "công chứng = chứng thực",
    // Word order and everyday variants.
    "vay vốn = vốn vay | nguồn vốn vay | nguồn vốn | vốn",
    "lãi suất = lãi xuất",
    "thanh niên = người trẻ | bạn trẻ | giới trẻ | tuổi trẻ",
    "xe buýt = xe bus",
    // The frames of officials' summaries (issue 12): how a line asks, not what it asks about.
    // Dropped only when CanonicalWords is asked to (topics).
    "_ = giải pháp | biện pháp | định hướng | cơ chế | vấn đề | công tác | hiện nay | thời gian "
    "tới | trên địa bàn | tại địa phương | như thế nào | làm thế nào | làm sao | vai trò | phát "
    "huy "
    "| tăng cường | nâng cao | thúc đẩy | đẩy mạnh | chủ trương",
};

struct Rule {
  std::vector<std::string> pattern;    // accented or folded words, per the index
  std::vector<std::string> canonical;  // folded words
};

// First word → rules starting with it, longest pattern first.
using Index = std::unordered_map<std::string, std::vector<Rule>>;

struct Lexicon {
  Index accented;
  Index folded;
};

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    std::string_view part = s.substr(start, at == std::string_view::npos ? at : at - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.push_back(part);
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

void Add(Index& index, std::vector<std::string> pattern, const std::vector<std::string>& to) {
  if (pattern.empty()) return;
  std::string first = pattern.front();
  std::vector<Rule>& rules = index[first];
  for (const Rule& r : rules) {
    if (r.pattern == pattern) return;  // the first set to claim a phrase keeps it
  }
  rules.push_back({std::move(pattern), to});
}

const Lexicon& TheLexicon() {
  static const Lexicon* lexicon = [] {
    auto* lx = new Lexicon();
    for (std::string_view set : kSets) {
      std::vector<std::string_view> sides = Split(set, '=');
      if (sides.size() != 2) continue;
      // "_": the variants are dropped.
      std::vector<std::string> canonical =
          sides[0] == "_" ? std::vector<std::string>{} : ContentWords(sides[0]);
      std::vector<std::string_view> variants = Split(sides[1], '|');
      variants.push_back(sides[0]);
      for (std::string_view v : variants) {
        std::vector<std::string> exact, folded;
        bool has_marks = false;
        for (const Token& t : Analyze(v)) {
          exact.push_back(t.text);
          folded.push_back(t.folded);
          has_marks |= t.text != t.folded;
        }
        Add(lx->accented, std::move(exact), canonical);
        if (folded.size() >= 2 || !has_marks) Add(lx->folded, std::move(folded), canonical);
      }
    }
    for (Index* index : {&lx->accented, &lx->folded}) {
      for (auto& [first, rules] : *index) {
        std::stable_sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) {
          return a.pattern.size() > b.pattern.size();
        });
      }
    }
    return lx;
  }();
  return *lexicon;
}

}  // namespace

std::vector<std::string> CanonicalWords(std::string_view text, bool drop_frames) {
  std::vector<Token> tokens = Analyze(text.substr(0, kMaxContentWords * 16));
  const bool accents = HasDiacritics(tokens);
  const Index& index = accents ? TheLexicon().accented : TheLexicon().folded;
  auto key = [&](size_t i) -> const std::string& {
    return accents ? tokens[i].text : tokens[i].folded;
  };
  std::vector<std::string> out;
  out.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size();) {
    const Rule* match = nullptr;
    auto it = index.find(key(i));
    if (it != index.end()) {
      for (const Rule& r : it->second) {
        if (i + r.pattern.size() > tokens.size()) continue;
        size_t k = 1;
        while (k < r.pattern.size() && key(i + k) == r.pattern[k]) ++k;
        if (k == r.pattern.size() && (drop_frames || !r.canonical.empty())) {
          match = &r;
          break;
        }
      }
    }
    if (match == nullptr) {
      if (!IsStopWord(tokens[i], accents)) out.push_back(tokens[i].folded);
      ++i;
      continue;
    }
    out.insert(out.end(), match->canonical.begin(), match->canonical.end());
    i += match->pattern.size();
  }
  if (out.size() > kMaxContentWords) out.resize(kMaxContentWords);
  return out;
}

}  // namespace doithoai::text
