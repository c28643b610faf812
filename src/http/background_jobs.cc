#include "http/background_jobs.h"

#include <spdlog/spdlog.h>

#include <array>

namespace doithoai::http {
namespace {

using Clock = std::chrono::steady_clock;

bool Finished(JobState s) { return s == JobState::kDone || s == JobState::kFailed; }

}  // namespace

const char* JobStateName(JobState state) {
  switch (state) {
    case JobState::kQueued:
      return "queued";
    case JobState::kRunning:
      return "reading";
    case JobState::kDone:
      return "done";
    case JobState::kFailed:
      return "failed";
  }
  return "failed";
}

BackgroundJobs::BackgroundJobs(JobLimits limits, const Random& random)
    : limits_(limits), random_(random) {
  for (int i = 0; i < limits_.workers; ++i) workers_.emplace_back([this] { RunWorker(); });
}

BackgroundJobs::~BackgroundJobs() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : workers_) t.join();
}

std::string BackgroundJobs::NewId() const {
  std::array<uint8_t, 16> bytes;  // 128 bits: ids are not guessable, though owner-checked too
  random_.Fill(bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  for (uint8_t b : bytes) {
    id.push_back(kHex[b >> 4]);
    id.push_back(kHex[b & 15]);
  }
  return id;
}

void BackgroundJobs::DropLocked(std::string_view id) {
  if (auto* job = jobs_.Peek(id)) bytes_ -= (*job)->bytes;
  jobs_.Erase(id);
}

bool BackgroundJobs::MakeRoomLocked(size_t more) {
  auto now = Clock::now();
  std::vector<std::string> drop;
  for (auto [it, end] = jobs_.OldestFirst(); it != end; ++it) {
    const Job& j = *it->second;
    if (Finished(j.state) && now - j.seen > limits_.ttl) drop.push_back(it->first);
  }
  for (const auto& id : drop) DropLocked(id);
  while (jobs_.size() + 1 > limits_.max_jobs || bytes_ + more > limits_.max_bytes) {
    std::optional<std::string> oldest;
    for (auto [it, end] = jobs_.OldestFirst(); it != end; ++it) {
      if (Finished(it->second->state)) {
        oldest = it->first;
        break;
      }
    }
    if (!oldest) return false;
    DropLocked(*oldest);
  }
  return true;
}

Result<std::string> BackgroundJobs::Submit(int64_t owner, std::string input, JobWork work) {
  std::string id;
  {
    std::lock_guard lock(mu_);
    if (stopping_) return Error(ErrorCode::kUnavailable, "Máy chủ đang dừng, vui lòng thử lại");
    int mine = 0;
    for (auto [it, end] = jobs_.OldestFirst(); it != end; ++it) {
      if (it->second->owner == owner && !Finished(it->second->state)) ++mine;
    }
    if (mine >= limits_.max_unfinished_per_user) {
      return Error(ErrorCode::kRateLimited,
                   "Bạn đang có " + std::to_string(mine) +
                       " tệp đang đọc; chờ đọc xong rồi tải tệp tiếp theo",
                   {{"file", "đã có " + std::to_string(mine) + " tệp đang đọc"}});
    }
    if (unfinished_ >= limits_.max_unfinished || !MakeRoomLocked(input.size())) {
      return Error(ErrorCode::kUnavailable,
                   "Máy chủ đang bận đọc các tệp khác, vui lòng thử lại sau",
                   {{"file", "máy chủ đang bận, thử lại sau ít phút"}});
    }
    auto job = std::make_shared<Job>();
    job->owner = owner;
    job->bytes = input.size();
    job->input = std::make_shared<const std::string>(std::move(input));
    job->work = std::move(work);
    job->seen = Clock::now();
    do {
      id = NewId();
    } while (jobs_.Peek(id));
    jobs_.Put(id, job);
    bytes_ += job->bytes;
    ++unfinished_;
    queue_.push_back(std::move(job));
  }
  wake_.notify_one();
  return id;
}

std::shared_ptr<BackgroundJobs::Job> BackgroundJobs::FindLocked(int64_t owner,
                                                                std::string_view id) {
  auto* job = jobs_.Find(id);
  if (!job || (*job)->owner != owner) return nullptr;
  (*job)->seen = Clock::now();
  return *job;
}

Result<JobSnapshot> BackgroundJobs::Get(int64_t owner, std::string_view id) {
  std::lock_guard lock(mu_);
  auto job = FindLocked(owner, id);
  if (!job) return Error::NotFound("tệp đang đọc");
  JobSnapshot s;
  s.state = job->state;
  s.done = job->done.load();
  s.total = job->total.load();
  s.error = job->error;
  s.result = job->result;
  return s;
}

Result<std::shared_ptr<const std::string>> BackgroundJobs::Artefact(
    int64_t owner, std::string_view id, const std::string& key,
    const std::function<Result<std::string>(const std::string& input)>& make) {
  std::shared_ptr<const std::string> input;
  {
    std::lock_guard lock(mu_);
    auto job = FindLocked(owner, id);
    if (!job) return Error::NotFound("tệp đang đọc");
    if (auto it = job->artefacts.find(key); it != job->artefacts.end()) return it->second;
    input = job->input;
  }
  // Made outside the lock: two requests for the same page may both make it; one is kept.
  DT_ASSIGN_OR_RETURN(std::string bytes, make(*input));
  auto made = std::make_shared<const std::string>(std::move(bytes));
  std::lock_guard lock(mu_);
  auto job = FindLocked(owner, id);
  if (!job) return made;  // dropped meanwhile: serve it, keep nothing
  auto [it, inserted] = job->artefacts.emplace(key, made);
  if (inserted && bytes_ + made->size() <= limits_.max_bytes) {
    job->bytes += made->size();
    bytes_ += made->size();
  } else if (inserted) {
    job->artefacts.erase(it);  // no room to keep it: made again next time
  }
  return made;
}

size_t BackgroundJobs::size() const {
  std::lock_guard lock(mu_);
  return jobs_.size();
}

void BackgroundJobs::RunWorker() {
  for (;;) {
    std::shared_ptr<Job> job;
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      job = std::move(queue_.front());
      queue_.pop_front();
      job->state = JobState::kRunning;
    }
    JobProgress progress = [&job](int done, int total) {
      job->total.store(total);
      job->done.store(done);
    };
    Result<nlohmann::json> out = Error::Internal("Lỗi hệ thống khi đọc tệp");
    try {
      out = job->work(*job->input, progress);
    } catch (const std::exception& e) {
      spdlog::error("background job: {}", e.what());
    }
    size_t result_bytes = out.ok() ? out->dump().size() : 0;
    std::lock_guard lock(mu_);
    --unfinished_;
    job->work = nullptr;
    if (out.ok()) {
      job->state = JobState::kDone;
      job->result = std::make_shared<const nlohmann::json>(std::move(out).value());
      job->bytes += result_bytes;
      bytes_ += result_bytes;  // may pass max_bytes briefly; the next Submit makes room
    } else {
      job->state = JobState::kFailed;
      job->error = out.error();
    }
    job->seen = std::chrono::steady_clock::now();
  }
}

}  // namespace doithoai::http
