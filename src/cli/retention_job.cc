#include "cli/retention_job.h"

#include <spdlog/spdlog.h>

#include "app/rights/rights.h"

namespace doithoai::cli {

http::PeriodicJob RetentionJob(Context& ctx, int months, std::chrono::minutes every) {
  return {"retention", months > 0 ? every : std::chrono::minutes(0), [&ctx, months] {
            auto run = EraseExpiredIdentities(ctx, months);
            if (!run.ok()) {
              spdlog::error("retention: {}", run.error().message());
            } else if (run->questions > 0) {
              spdlog::info(
                  "retention: askers' names and contacts erased from {} questions of {} "
                  "dialogues",
                  run->questions, run->dialogues);
            }
          }};
}

}  // namespace doithoai::cli
