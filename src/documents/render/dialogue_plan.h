// The plan (kế hoạch, KH) of an annual dialogue between a leader and youth, built from plain
// input. Its parts follow Decree 13/2021/NĐ-CP Art. 9 — purpose, contents, form, time, venue,
// participants, assignments — in the order provinces write them (see seeds/002: purpose and
// requirements; contents and form; time, venue and participants; timeline; assignments).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "documents/render/issuance.h"
#include "documents/render/official_document.h"

namespace doithoai::documents {

// ND13 Art. 6: a dialogue is held directly or online; hybrid is common in practice.
enum class DialogueForm { kDirect, kOnline, kHybrid };

struct PlanMilestone {
  std::string content;   // "Gửi tổng hợp câu hỏi của thanh niên về Sở Nội vụ"
  std::string agency;    // "Tỉnh đoàn"
  std::string deadline;  // as printed: "Trước ngày 22/02/2025"
};

struct PlanAssignment {
  std::string agency;              // "Sở Nội vụ"
  std::vector<std::string> tasks;  // one "- " item each
};

struct DialoguePlanInput {
  Issuance issuance;   // symbol: "KH-" + issuer_code
  std::string host;    // in running text: "Ủy ban nhân dân tỉnh"
  std::string leader;  // "Lãnh đạo Ủy ban nhân dân tỉnh"
  std::string area;    // "tỉnh Hưng Yên"
  std::string theme;   // "Thanh niên tỉnh Hưng Yên với chuyển đổi số"
  std::vector<std::string> extra_bases;  // after the Youth Law and Decree 13/2021
  std::vector<std::string> purposes;
  std::vector<std::string> requirements;
  std::vector<std::string> contents;
  DialogueForm form = DialogueForm::kDirect;
  std::string budget;  // "Từ nguồn ngân sách tỉnh giao cho Sở Nội vụ …"
  std::string time;    // "Dự kiến cuối tháng 3/2025 (Tháng Thanh niên)"
  std::string venue;   // "Hội trường Trung tâm Hội nghị tỉnh"
  std::vector<std::string> participants;  // "Chủ trì: …", "150 đại biểu thanh niên do …"
  std::vector<PlanMilestone> milestones;
  std::vector<PlanAssignment> assignments;
  std::string coordinator;  // "Sở Nội vụ": receives the agencies' difficulties
};

// kInvalid naming each missing input ("theme", "issuance.issuer", "milestones[1].agency"…).
Result<OfficialDocument> BuildDialoguePlan(const DialoguePlanInput& input);

}  // namespace doithoai::documents
