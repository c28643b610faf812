// The minutes (biên bản, BB) of a dialogue with youth, in the form Decree 30/2020/NĐ-CP gives
// minutes (Appendix III): start time, venue, who attended, who chaired, who kept the minutes,
// the proceedings (the programme, then each question raised and what followed), the chair's
// closing remarks, the end time, and two signatures: the secretary's ("THƯ KÝ", left) and the
// chair's ("CHỦ TỌA", right), then "Nơi nhận:" under both.
//
// The minutes record the dialogue as it went, so a question's asker is printed as entered;
// the caller decides whether a person's name may appear (SYSTEM.md §5).
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "documents/render/issuance.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

// One question raised at the dialogue and what followed.
struct MinutesExchange {
  std::string asked_by;  // "Nguyễn Văn An, Chi đoàn phường An Biên" as entered; may be empty
  std::string channel;  // printed: "tại hội trường", "trực tuyến", "câu hỏi gửi trước"
  std::string question;     // required
  std::string answered_by;  // "Giám đốc Sở Tài chính"; empty: not answered at the event
  std::string answer;       // the gist of the answer; '\n' separates paragraphs; may be empty
  // Printed: "Đã trả lời tại hội nghị", "Hứa giải quyết trước ngày 30/6/2026", "Chuyển Sở Nội
  // vụ nghiên cứu, trả lời"; may be empty.
  std::string outcome;
};

struct MinutesInput {
  // Symbol "BB-" + issuer_code; a draft: number and date may be empty. Its signer's name, if
  // any, is printed under "CHỦ TỌA"; its signer's position and authority are not used (and
  // not required): minutes are signed by the chair and the secretary as such.
  Issuance issuance;
  std::string
      dialogue;  // "Hội nghị đối thoại giữa Chủ tịch UBND thành phố với thanh niên năm 2026"
  Date held_on;
  std::string started_at;  // "8 giờ 00"; may be empty (then "… giờ …" is printed for the clerk)
  std::string ended_at;  // "11 giờ 30"; may be empty likewise
  std::string venue;     // required
  std::string chair;  // "đồng chí Nguyễn Văn A, Chủ tịch UBND thành phố" — required
  std::string secretary;               // who keeps the minutes; may be empty (a blank to fill)
  std::vector<std::string> attendees;  // lines of "Thành phần tham dự"
  int delegates_present = 0;           // youth delegates present (0: not printed)
  std::vector<std::string> agenda;     // items of the programme, in order; may be empty
  std::vector<MinutesExchange> exchanges;
  std::string closing;  // the chair's concluding remarks; '\n' separates paragraphs; may be empty
  // Added fields (defaults keep the interface above):
  std::string secretary_name;  // printed under "THƯ KÝ"; empty leaves the space to write it
};

// kInvalid naming each bad input ("dialogue", "venue", "chair", "exchanges[2].question",
// "delegates_present" when negative, "issuance.issuer"…).
Result<OfficialDocument> BuildMinutes(const MinutesInput& input);

}  // namespace doithoai::documents
