// The compiled answers (báo cáo tổng hợp, BC): the questions youth sent for a dialogue, grouped
// by issue as Decree 13/2021/NĐ-CP Art. 10(3) has the organiser group them, each with the
// approved answer of the responsible agency. It goes to the leader who chairs the dialogue
// ("Kính gửi:"), so a report to a superior.
//
// Youth identities never appear: a question is attributed to a group ("Chi đoàn phường An
// Biên", "Đoàn viên, thanh niên xã Tiên Lữ"), never to a person (SYSTEM.md §5, Law 91/2025).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "documents/render/issuance.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

struct CompiledQuestion {
  std::string text;      // the question as asked (after screening)
  std::string asked_by;  // a group, never a person's name; may be empty
};

struct CompiledIssue {
  std::string topic;  // "Hỗ trợ thanh niên khởi nghiệp"
  std::vector<CompiledQuestion> questions;
  std::string answer;  // the approved answer; empty if none yet. '\n' separates paragraphs
  std::string agency;  // who answers: "Sở Tài chính"
};

struct CompiledAnswersInput {
  Issuance issuance;                   // symbol: "BC-" + issuer_code
  std::vector<std::string> addressed;  // "Chủ tịch Ủy ban nhân dân tỉnh"
  std::string dialogue;  // "Chương trình đối thoại giữa Lãnh đạo UBND tỉnh với thanh niên năm 2025"
  std::string compiler;        // in running text: "Sở Nội vụ"
  int questions_received = 0;  // before screening; 0 counts the questions listed
  std::vector<CompiledIssue> issues;
};

// kInvalid naming each missing input ("dialogue", "issues[2].topic"…).
Result<OfficialDocument> BuildCompiledAnswers(const CompiledAnswersInput& input);

}  // namespace doithoai::documents
