#include "cli/demo_open_dialogue.h"

#include <algorithm>
#include <string>

#include "app/dialogue/dialogues.h"
#include "app/question/questions.h"
#include "cli/demo_people.h"
#include "core/clock.h"

namespace doithoai::cli {
namespace {

struct WebQuestion {
  const char* text;
  int age;
  const char* name;
  int days_ago;  // sent this many days before the demo is loaded
};

// Questions already sent on the public page, in the youths' own words.
constexpr WebQuestion kQuestions[] = {
    {"Sau khi sắp xếp phường, xã, thanh niên muốn làm việc tại các trung tâm phục vụ hành chính "
     "công thì tuyển dụng thế nào ạ?",
     23, "Phạm Thu Trang", 8},
    {"Thành phố có hỗ trợ mặt bằng, vốn ban đầu cho nhóm thanh niên mở xưởng sửa chữa xe điện "
     "không?",
     26, "", 5},
    {"Đề nghị thành phố tổ chức ngày hội việc làm riêng cho thanh niên khuyết tật.", 19,
     "Lê Văn Khánh", 2},
};

}  // namespace

Result<DialogueId> LoadDemoOpenDialogue(Store& store, Date today) {
  // Held in this year (answer deadlines are refused before the dialogue's year), the plan
  // published 30 days ahead at least (Youth Law Art. 10(2)), questions taken until 20 days
  // from now or the dialogue, whichever comes first.
  const Date held = std::min(today.AddDays(35), Date(today.year(), 12, 31));
  const Date published = std::min(today.AddDays(-10), held.AddDays(-30));
  const Date closes = std::min(today.AddDays(20), held);
  FixedClock clock(MorningOf(published));
  Context ctx{store, clock};
  DT_ASSIGN_OR_RETURN(Actor coordinator, DemoActor(store, "sonoivu"));
  struct Ids {
    int64_t city = 0, coordinator_agency = 0, youth_union = 0;
  };
  DT_ASSIGN_OR_RETURN(Ids ids, ReadValue<Ids>(store, [](Tx& tx) -> Result<Ids> {
                        auto city = tx.units().FindByCode("hai-phong");
                        if (!city) return Error::Internal("demo unit missing: hai-phong");
                        auto noi_vu = tx.agencies().FindByCode(city->id, "so-noi-vu");
                        auto doan = tx.agencies().FindByCode(city->id, "thanh-doan");
                        if (!noi_vu || !doan) return Error::Internal("demo agencies missing");
                        return Ids{city->id.value, noi_vu->id.value, doan->id.value};
                      }));

  DialogueFields plan;
  plan.unit_id = ids.city;
  plan.coordinator_agency_id = ids.coordinator_agency;
  plan.year = held.year();
  plan.title =
      "Đối thoại chuyên đề giữa Chủ tịch UBND thành phố với thanh niên về việc làm, "
      "khởi nghiệp năm " +
      std::to_string(held.year());
  plan.theme = "Việc làm, khởi nghiệp của thanh niên sau sắp xếp đơn vị hành chính";
  plan.summary =
      "Mục đích: lắng nghe kiến nghị của thanh niên về việc làm, học nghề, khởi nghiệp sau "
      "sắp xếp đơn vị hành chính; giải đáp chính sách hỗ trợ thanh niên của thành phố (Luật "
      "Thanh niên 2020, Nghị định 13/2021/NĐ-CP).\n\n"
      "Nhận câu hỏi: thanh niên gửi câu hỏi trên trang này từ ngày công bố kế hoạch đến hết "
      "ngày " +
      closes.ToVietnamese() +
      "; Thành đoàn tổng hợp câu hỏi từ các cơ sở Đoàn gửi Sở Nội vụ.\n\n"
      "Thành phần: Chủ tịch UBND thành phố chủ trì; lãnh đạo Sở Nội vụ, Sở Tài chính, Sở Khoa "
      "học và Công nghệ, Chi nhánh Ngân hàng Chính sách xã hội thành phố; 200 đại biểu thanh "
      "niên.";
  plan.chair = "Chủ tịch Ủy ban nhân dân thành phố";
  plan.form = "direct";
  plan.venue = "Cung Văn hóa Thanh niên Hải Phòng";
  plan.held_on = held.ToIso();
  plan.plan_published_on = published.ToIso();
  plan.intake_closes_on = closes.ToIso();
  plan.intake_open = true;
  DT_ASSIGN_OR_RETURN(Dialogue dialogue, CreateDialogue(ctx, coordinator, plan));
  DT_ASSIGN_OR_RETURN(
      Milestone compiled,
      AddMilestone(
          ctx, coordinator, dialogue.id,
          {"Thành đoàn tổng hợp câu hỏi, kiến nghị của thanh niên gửi Sở Nội vụ",
           std::min(closes.AddDays(3), Date(held.year(), 12, 31)).ToIso(), ids.youth_union}));
  (void)compiled;  // due in the dialogue's year (a milestone's rule)

  int64_t minutes = 0;
  for (const auto& q : kQuestions) {
    clock.Set(MorningOf(today.AddDays(-q.days_ago), minutes += 97));
    SubmissionInput in{q.text, q.age,        q.name,         q.name[0] ? "09xx xxx xxx" : "",
                       true,   std::nullopt, q.name[0] != 0, true};
    DT_ASSIGN_OR_RETURN(Submitted s, SubmitQuestion(ctx, dialogue.id, in));
    (void)s;
  }
  return dialogue.id;
}

}  // namespace doithoai::cli
