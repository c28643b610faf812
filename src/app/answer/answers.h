// Drafting, approving and publishing answers (C5), and the public list of published answers.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "domain/access/role.h"
#include "domain/answer/answer.h"
#include "domain/issue/issue.h"
#include "domain/unit/agency.h"

namespace doithoai {

struct DraftInput {
  std::string body;
  std::string timing = "written";
};

Result<Answer> SaveAnswerDraft(Context& ctx, const Actor& actor, IssueId issue,
                               const DraftInput& in);
Result<Answer> SubmitAnswer(Context& ctx, const Actor& actor, IssueId issue);
Result<Answer> ApproveAnswer(Context& ctx, const Actor& actor, IssueId issue);
Result<Answer> ReturnAnswer(Context& ctx, const Actor& actor, IssueId issue,
                            const std::string& reason);

struct PublishedAnswer {
  Issue issue;
  Answer answer;
  std::vector<std::string> question_texts;  // public: texts only, never identities
  int64_t support_count = 0;  // "tôi cũng muốn hỏi điều này" (app/issue/issue_support.h)
  int64_t question_count = 0;
};

struct PublishedPage {
  std::vector<PublishedAnswer> items;
  std::map<AgencyId, Agency> agencies;
  int64_t total = 0;
};

inline constexpr int64_t kMaxPublishedQuestionsShown = 20;

// A short summary that changes whenever a dialogue's public answers page would: the number of
// published answers, the newest publication, the number of grouped questions.
Result<std::string> PublishedAnswersFingerprint(Context& ctx, DialogueId dialogue);

Result<PublishedPage> ListPublishedAnswers(Context& ctx, DialogueId dialogue, int64_t limit,
                                           int64_t offset);

}  // namespace doithoai
