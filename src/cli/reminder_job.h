// Reminders before task deadlines and escalations when overdue (C7), run by the server on a
// timer: SendReminders is idempotent per (task, kind, cycle), so an hourly run only adds what
// became due since the last one, and a restart never sends twice.
#pragma once

#include <chrono>

#include "app/context.h"
#include "http/server/server.h"

namespace doithoai::cli {

inline constexpr int kReminderEveryMinutes = 60;

// The server's periodic job: SendReminders(ctx), then RunRoundSchedule(ctx) (yearly indicator
// rounds opened on schedule and their notices, issue 13), logged. `ctx` must outlive the
// server.
http::PeriodicJob ReminderJob(Context& ctx, std::chrono::minutes every);

}  // namespace doithoai::cli
