#include "cli/demo_live.h"

#include "app/live/live_session.h"

namespace doithoai::cli {
namespace {

struct DemoEntry {
  const char* at;  // when the secretary sent it (UTC)
  bool by_coordinator;
  const char* channel;
  const char* asker;
  const char* asker_unit;
  const char* text;
  bool linked_to_loans;
  const char* answered_by;
  const char* answer;
  const char* outcome;
  const char* promised_by;
};

constexpr DemoEntry kEntries[] = {
    {"2025-03-26T01:40:00Z", true, "submitted", "Phạm Minh Đức", "Đoàn phường An Biên",
     "Thủ tục vay vốn khởi nghiệp từ Quỹ hỗ trợ thanh niên còn nhiều giấy tờ; thành phố có thể "
     "rút gọn không?",
     true, "Giám đốc Sở Tài chính",
     "Sở đã phối hợp Ngân hàng Chính sách xã hội rút hồ sơ vay còn 3 loại giấy tờ; thanh niên nộp "
     "qua Đoàn phường, thời gian xét duyệt không quá 10 ngày làm việc.",
     "on_the_spot", nullptr},
    {"2025-03-26T02:05:00Z", false, "floor", "Lê Thu Hà", "Chi đoàn Trường Cao đẳng Hàng hải",
     "Thành phố có kế hoạch mở thêm sân bóng đá mini, sân chơi cho thanh niên ở các phường mới "
     "không?",
     false, "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
     "Thành phố rà soát quỹ đất công ở các phường mới; Sở hứa công bố danh mục sân chơi trước "
     "30/6/2025.",
     "promised", "2025-06-30"},
    {"2025-03-26T02:30:00Z", true, "online", "Nguyễn Hoàng Nam", "Thanh niên công nhân KCN Đình Vũ",
     "Công nhân trẻ làm ca đêm rất khó tham gia các lớp kỹ năng số buổi tối; có thể mở lớp trực "
     "tuyến hoặc cuối tuần không?",
     false, "Giám đốc Sở Khoa học và Công nghệ",
     "Từ tháng 5/2025 các lớp kỹ năng số mở thêm buổi sáng Chủ nhật tại khu công nghiệp và bản ghi "
     "trực tuyến trên cổng của Thành đoàn.",
     "on_the_spot", nullptr},
};

}  // namespace

Status LoadDemoLive(Context& ctx, FixedClock& clock, const Actor& coordinator,
                    const Actor& youth_union, DialogueId dialogue, IssueId loans) {
  int n = 0;
  int64_t last = 0;
  for (const DemoEntry& d : kEntries) {
    clock.Set(Instant::ParseIso(d.at).value());
    const Actor& who = d.by_coordinator ? coordinator : youth_union;
    LiveEntryInput in;
    in.client_key = "demo-2025-" + std::to_string(++n);
    in.channel = d.channel;
    in.asker = d.asker;
    in.asker_unit = d.asker_unit;
    in.text = d.text;
    if (d.linked_to_loans) in.issue_id = loans.value;
    DT_ASSIGN_OR_RETURN(RecordedLiveEntry recorded, RecordLiveEntry(ctx, who, dialogue, in));
    DT_RETURN_IF_ERROR(ShowOnScreen(ctx, who, dialogue, recorded.entry.seq));
    clock.Set(Instant{clock.Now().unix_seconds + 600});
    LiveAnswerInput a;
    a.version = recorded.entry.version;
    a.answered_by = d.answered_by;
    a.answer = d.answer;
    a.outcome = d.outcome;
    if (d.promised_by) a.promised_by = d.promised_by;
    DT_ASSIGN_OR_RETURN(LiveEntry answered,
                        AnswerLiveEntry(ctx, who, dialogue, recorded.entry.seq, a));
    last = answered.seq;
  }
  return ShowOnScreen(ctx, coordinator, dialogue, last);
}

}  // namespace doithoai::cli
