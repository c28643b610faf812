// Work too slow for a request (reading a scanned document: seconds per page, issue 11) runs
// here, on a few dedicated worker threads, never on a network thread nor for long on the
// blocking pool. A request submits a job and answers 202 at once; the client then polls the
// job's progress and, when it is done, its result.
//
// Everything is in memory and bounded: unfinished jobs in total (503) and per user (429), jobs
// kept, and the bytes they hold (inputs, results, cached artefacts such as page images). A
// job is visible only to the account that submitted it (others get 404, as for an unknown id)
// and is dropped when nobody has looked at it for `ttl`. Nothing here touches storage.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/lru_map.h"
#include "core/random.h"
#include "core/result.h"

namespace doithoai::http {

struct JobLimits {
  int workers = 2;                       // threads running jobs
  int max_unfinished = 8;                // queued or running, all users together: more is 503
  int max_unfinished_per_user = 2;       // queued or running for one account: more is 429
  size_t max_jobs = 64;                  // kept, finished ones included
  size_t max_bytes = size_t{256} << 20;  // inputs + results + artefacts of the kept jobs
  std::chrono::seconds ttl{30 * 60};     // a finished job nobody looked at for this long is dropped
};

enum class JobState { kQueued, kRunning, kDone, kFailed };

// "queued", "reading", "done", "failed" (the words the API shows).
const char* JobStateName(JobState state);

// A job's progress and outcome at one moment.
struct JobSnapshot {
  JobState state = JobState::kQueued;
  int done = 0;                // units of work done (pages)
  int total = 0;               // units of work known so far; 0 until the work reports
  std::optional<Error> error;  // kFailed only
  std::shared_ptr<const nlohmann::json> result;  // kDone only
};

// Reports progress from inside the work; cheap and thread-safe.
using JobProgress = std::function<void(int done, int total)>;
// The work of one job, given its input. Runs on a worker thread; an exception becomes an
// internal error.
using JobWork = std::function<Result<nlohmann::json>(const std::string& input, const JobProgress&)>;

class BackgroundJobs {
 public:
  BackgroundJobs(JobLimits limits, const Random& random);
  // Stops the workers; a job running finishes first, queued ones are abandoned.
  ~BackgroundJobs();
  BackgroundJobs(const BackgroundJobs&) = delete;
  BackgroundJobs& operator=(const BackgroundJobs&) = delete;

  // Queues `work` over `input` for account `owner`; returns the job's unguessable id.
  // kRateLimited when the owner has max_unfinished_per_user jobs unfinished, kUnavailable
  // when all workers are booked (max_unfinished) or the kept jobs cannot make room.
  Result<std::string> Submit(int64_t owner, std::string input, JobWork work);

  // kNotFound for an unknown or expired id and for another account's job.
  Result<JobSnapshot> Get(int64_t owner, std::string_view id);

  // An artefact of a job (a page image), made once by `make` from the job's input and kept
  // with the job (its bytes count against max_bytes). Errors are not kept.
  Result<std::shared_ptr<const std::string>> Artefact(
      int64_t owner, std::string_view id, const std::string& key,
      const std::function<Result<std::string>(const std::string& input)>& make);

  size_t size() const;

 private:
  struct Job {
    int64_t owner = 0;
    std::shared_ptr<const std::string> input;
    JobWork work;
    JobState state = JobState::kQueued;
    std::atomic<int> done{0}, total{0};
    std::optional<Error> error;
    std::shared_ptr<const nlohmann::json> result;
    std::map<std::string, std::shared_ptr<const std::string>> artefacts;
    size_t bytes = 0;  // counted in bytes_
    std::chrono::steady_clock::time_point seen;
  };

  void RunWorker();
  // REQUIRES: mu_ held. Drops expired finished jobs, then the least recently used finished
  // ones, until `more` bytes and one more job fit. False when they cannot.
  bool MakeRoomLocked(size_t more);
  void DropLocked(std::string_view id);
  std::shared_ptr<Job> FindLocked(int64_t owner, std::string_view id);
  std::string NewId() const;

  const JobLimits limits_;
  const Random& random_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  LruMap<std::shared_ptr<Job>> jobs_;
  std::deque<std::shared_ptr<Job>> queue_;
  size_t bytes_ = 0;
  int unfinished_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace doithoai::http
