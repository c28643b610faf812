#include "cli/reminder_job.h"

#include <spdlog/spdlog.h>

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
          }};
}

}  // namespace doithoai::cli
