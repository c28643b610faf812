#include "cli/reminder_job.h"

#include <spdlog/spdlog.h>

#include "app/indicator/indicators.h"
#include "app/task/tasks.h"

namespace doithoai::cli {

http::PeriodicJob ReminderJob(Context& ctx, std::chrono::minutes every) {
  return {"reminders", every, [&ctx] {
            auto sent = SendReminders(ctx);
            if (!sent.ok()) {
              spdlog::error("reminders: {}", sent.error().message());
            } else if (sent->notifications > 0) {
              spdlog::info("reminders: {} notifications, {} outbox mails created",
                           sent->notifications, sent->mails);
            }
            auto rounds = RunRoundSchedule(ctx);
            if (!rounds.ok()) {
              spdlog::error("indicator rounds: {}", rounds.error().message());
            } else if (rounds->opened > 0) {
              spdlog::info("indicator rounds: {} opened on schedule, {} notices due",
                           rounds->opened, rounds->notices);
            }
          }};
}

}  // namespace doithoai::cli
