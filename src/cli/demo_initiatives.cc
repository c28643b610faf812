#include "cli/demo_initiatives.h"

#include <vector>

#include "app/initiative/initiatives.h"
#include "cli/demo_people.h"
#include "core/clock.h"

namespace doithoai::cli {
namespace {

struct DemoInitiative {
  const char* title;
  const char* problem;
  const char* solution;
  const char* field;
  const char* team;
  const char* unit;
  const char* screened_out;    // the reason, or nullptr when admitted
  std::vector<int> points[3];  // sokhcn, sonnmt, chutich (empty: not scored)
  bool selected;
  const char* recognition;
};

const DemoInitiative kCall2025[] = {
    {"Bản đồ số các điểm thu gom pin, rác thải điện tử trên địa bàn thành phố",
     "Người dân không biết nộp pin cũ, thiết bị điện tử hỏng ở đâu; phần lớn bị bỏ lẫn vào rác "
     "sinh hoạt.",
     "Ứng dụng web bản đồ các điểm thu gom do đoàn viên cập nhật, nhắc lịch thu gom định kỳ qua "
     "Zalo; phối hợp Công ty Môi trường đô thị thu gom về nơi xử lý.",
     "green",
     "Nguyễn Minh Anh, Trần Đức Huy, Lê Bảo Ngọc",
     "Đoàn Trường Đại học Hàng hải Việt Nam",
     nullptr,
     {{25, 34, 26}, {22, 30, 24}, {27, 36, 25}},
     true,
     "Giấy khen của Ban Thường vụ Thành đoàn Hải Phòng"},
    {"Trợ lý ảo hướng dẫn thủ tục hành chính cho thanh niên trên Zalo",
     "Thanh niên phải đến nhiều lần vì thiếu giấy tờ khi làm thủ tục đăng ký kinh doanh, cấp đổi "
     "giấy tờ.",
     "Chatbot trả lời theo bộ thủ tục của thành phố, dẫn link nộp hồ sơ trực tuyến; đoàn viên "
     "tình nguyện cập nhật câu hỏi mới.",
     "digital",
     "Phạm Quang Vinh, Đỗ Thu Trang",
     "Chi đoàn Trung tâm Phục vụ hành chính công",
     nullptr,
     {{24, 30, 22}, {26, 32, 24}, {18, 22, 16}},
     true,
     nullptr},
    {"Vườn rau thủy canh trên mái nhà văn hóa khu dân cư",
     "Mái nhà văn hóa bỏ trống, thanh thiếu niên thiếu chỗ sinh hoạt ngoài giờ học.",
     "Lắp hệ thủy canh tuần hoàn, giao cho chi đoàn chăm sóc, rau tặng hộ khó khăn.",
     "green",
     "Chi đoàn khu dân cư số 3",
     "Đoàn phường An Biên",
     nullptr,
     {{15, 20, 14}, {12, 18, 15}, {14, 16, 12}},
     false,
     nullptr},
    {"Bán hàng online cho cửa hàng của gia đình",
     "Cửa hàng của gia đình bán chậm.",
     "Mở trang bán hàng trên mạng xã hội.",
     "startup",
     "Vũ Văn Nam",
     "Phường Lê Chân",
     "Đây là kế hoạch kinh doanh của một hộ gia đình, chưa phải sáng kiến phục vụ cộng đồng; "
     "bạn có thể gửi vào Chương trình hỗ trợ thanh niên khởi nghiệp.",
     {},
     false,
     nullptr},
};

CallInput Call2025() {
  CallInput in;
  in.title =
      "Cuộc thi Ý tưởng sáng tạo thanh niên Hải Phòng về chuyển đổi số và chuyển đổi xanh "
      "năm 2025";
  in.description =
      "Thành đoàn Hải Phòng phát động thanh niên, các cơ sở Đoàn gửi ý tưởng, sáng kiến, dự án "
      "về chuyển đổi số, chuyển đổi xanh phục vụ cộng đồng. Sáng kiến được chọn được hỗ trợ "
      "triển khai (cố vấn của các sở, kinh phí từ Quỹ hỗ trợ thanh niên) và khen thưởng.";
  in.opens_on = "2025-04-15";
  in.closes_on = "2025-07-31";
  in.criteria = {
      {"Tính mới, sáng tạo", 30}, {"Tính khả thi", 40}, {"Hiệu quả, khả năng nhân rộng", 30}};
  in.council = {"sokhcn", "sonnmt", "chutich"};
  return in;
}

}  // namespace

Result<DemoCalls> LoadDemoInitiatives(Store& store, Date today) {
  DT_ASSIGN_OR_RETURN(Actor youth_union, DemoActor(store, "thanhdoan"));
  DT_ASSIGN_OR_RETURN(Actor khcn, DemoActor(store, "sokhcn"));
  DT_ASSIGN_OR_RETURN(Actor tnmt, DemoActor(store, "sonnmt"));
  DT_ASSIGN_OR_RETURN(Actor chair, DemoActor(store, "chutich"));
  const Actor* council[] = {&khcn, &tnmt, &chair};
  UnitId city = youth_union.grants.at(0).unit;

  FixedClock clock(MorningOf(Date(2025, 4, 10)));
  Context ctx{store, clock};
  DemoCalls out;
  DT_ASSIGN_OR_RETURN(InitiativeCall past, CreateCall(ctx, youth_union, city, Call2025()));
  out.published = past.id;
  std::vector<int64_t> ids, selected;
  int day = 0;
  for (const DemoInitiative& d : kCall2025) {
    clock.Set(MorningOf(Date(2025, 5, 2).AddDays(day += 11)));
    InitiativeInput in{d.title, d.problem, d.solution, d.field, d.team, d.unit, "", ""};
    DT_ASSIGN_OR_RETURN(SentInitiative sent, SubmitInitiative(ctx, past.id, in));
    ids.push_back(sent.id);
  }
  clock.Set(MorningOf(Date(2025, 8, 5)));
  for (size_t i = 0; i < ids.size(); ++i) {
    const char* out_reason = kCall2025[i].screened_out;
    DT_ASSIGN_OR_RETURN(Initiative screened,
                        ScreenInitiative(ctx, youth_union, ids[i], out_reason == nullptr,
                                         out_reason ? out_reason : ""));
    (void)screened;
  }
  DT_ASSIGN_OR_RETURN(InitiativeCall reviewing, StartReview(ctx, youth_union, past.id));
  (void)reviewing;
  clock.Set(MorningOf(Date(2025, 8, 20)));
  for (size_t i = 0; i < ids.size(); ++i) {
    for (int m = 0; m < 3; ++m) {
      if (kCall2025[i].points[m].empty()) continue;
      DT_ASSIGN_OR_RETURN(Scorecard card,
                          ScoreInitiative(ctx, *council[m], ids[i], {kCall2025[i].points[m], ""}));
      (void)card;
    }
    if (kCall2025[i].selected) selected.push_back(ids[i]);
  }
  clock.Set(MorningOf(Date(2025, 9, 5)));
  DT_ASSIGN_OR_RETURN(InitiativeCall published,
                      PublishResults(ctx, youth_union, past.id, selected));
  (void)published;
  clock.Set(MorningOf(Date(2025, 10, 15)));
  for (size_t i = 0; i < ids.size(); ++i) {
    if (!kCall2025[i].recognition) continue;
    DT_ASSIGN_OR_RETURN(Initiative recognised,
                        RecogniseInitiative(ctx, youth_union, ids[i], kCall2025[i].recognition));
    (void)recognised;
  }

  // This year's call: opened ten days before the demo is loaded, open for thirty more.
  clock.Set(MorningOf(today.AddDays(-10)));
  CallInput now = Call2025();
  now.title =
      "Cuộc thi Ý tưởng sáng tạo thanh niên Hải Phòng về chuyển đổi số và chuyển đổi "
      "xanh năm " +
      std::to_string(today.year());
  now.opens_on = today.AddDays(-10).ToIso();
  now.closes_on = today.AddDays(30).ToIso();
  DT_ASSIGN_OR_RETURN(InitiativeCall open, CreateCall(ctx, youth_union, city, now));
  out.open = open.id;
  clock.Set(MorningOf(today.AddDays(-3)));
  InitiativeInput first{
      "Sổ tay số an toàn thông tin cho đoàn viên",
      "Nhiều đoàn viên bị lừa đảo qua mạng, lộ thông tin cá nhân khi dùng dịch vụ công trực "
      "tuyến.",
      "Bộ bài học ngắn trên Zalo và buổi sinh hoạt chi đoàn mỗi tháng, do sinh viên ngành an "
      "toàn thông tin hướng dẫn.",
      "digital",
      "Hoàng Thị Mai, Ngô Văn Tùng",
      "Đoàn Trường Cao đẳng Công nghệ Hải Phòng",
      "Hoàng Thị Mai",
      ""};
  DT_ASSIGN_OR_RETURN(SentInitiative sent, SubmitInitiative(ctx, open.id, first));
  (void)sent;
  return out;
}

}  // namespace doithoai::cli
