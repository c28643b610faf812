#include "http/background_jobs.h"

#include <gtest/gtest.h>

#include <future>

namespace doithoai::http {
namespace {

using namespace std::chrono_literals;

JobSnapshot WaitFinished(BackgroundJobs& jobs, int64_t owner, const std::string& id) {
  for (int i = 0; i < 500; ++i) {
    auto s = jobs.Get(owner, id);
    EXPECT_TRUE(s.ok());
    if (!s.ok() || s->state == JobState::kDone || s->state == JobState::kFailed) return *s;
    std::this_thread::sleep_for(10ms);
  }
  ADD_FAILURE() << "job did not finish";
  return {};
}

TEST(BackgroundJobs, RunsOffTheCallerReportsProgressAndKeepsTheResultForItsOwnerOnly) {
  SeededRandom random(1);
  BackgroundJobs jobs(JobLimits{}, random);
  std::promise<void> go;
  auto started = go.get_future().share();
  auto id = jobs.Submit(7, "abc", [started](const std::string& input, const JobProgress& p) {
    started.wait();  // the caller got its id before any work happened
    p(1, 2);
    p(2, 2);
    return Result<nlohmann::json>(nlohmann::json{{"echo", input}});
  });
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id->size(), 32u);
  auto queued = jobs.Get(7, *id);
  ASSERT_TRUE(queued.ok());
  EXPECT_NE(queued->state, JobState::kDone);
  EXPECT_TRUE(jobs.Get(8, *id).error().Is(ErrorCode::kNotFound)) << "another account's job";
  go.set_value();
  JobSnapshot s = WaitFinished(jobs, 7, *id);
  EXPECT_EQ(s.state, JobState::kDone);
  EXPECT_EQ(s.done, 2);
  EXPECT_EQ(s.total, 2);
  ASSERT_TRUE(s.result);
  EXPECT_EQ((*s.result)["echo"], "abc");
}

TEST(BackgroundJobs, AFailureOrAnExceptionIsTheJobsErrorNotTheServers) {
  SeededRandom random(2);
  BackgroundJobs jobs(JobLimits{}, random);
  auto bad = jobs.Submit(1, "x", [](const std::string&, const JobProgress&) {
    return Result<nlohmann::json>(Error::Invalid("file", "hỏng"));
  });
  auto thrown =
      jobs.Submit(2, "x", [](const std::string&, const JobProgress&) -> Result<nlohmann::json> {
        throw std::runtime_error("bug");
      });
  JobSnapshot a = WaitFinished(jobs, 1, *bad);
  EXPECT_EQ(a.state, JobState::kFailed);
  ASSERT_TRUE(a.error);
  EXPECT_EQ(a.error->fields().at(0).field, "file");
  JobSnapshot b = WaitFinished(jobs, 2, *thrown);
  ASSERT_TRUE(b.error);
  EXPECT_TRUE(b.error->Is(ErrorCode::kInternal));
}

TEST(BackgroundJobs, UnfinishedJobsAreBoundedPerAccountAndInTotal) {
  SeededRandom random(3);
  JobLimits limits;
  limits.workers = 1;
  limits.max_unfinished = 3;
  limits.max_unfinished_per_user = 2;
  BackgroundJobs jobs(limits, random);
  std::promise<void> go;
  auto release = go.get_future().share();
  auto blocked = [release](const std::string&, const JobProgress&) {
    release.wait();
    return Result<nlohmann::json>(nlohmann::json::object());
  };
  ASSERT_TRUE(jobs.Submit(1, "a", blocked).ok());
  ASSERT_TRUE(jobs.Submit(1, "b", blocked).ok());
  auto third = jobs.Submit(1, "c", blocked);
  ASSERT_FALSE(third.ok());
  EXPECT_TRUE(third.error().Is(ErrorCode::kRateLimited));
  EXPECT_EQ(third.error().fields().at(0).field, "file");
  auto other = jobs.Submit(2, "d", blocked);
  ASSERT_TRUE(other.ok());
  auto full = jobs.Submit(3, "e", blocked);
  ASSERT_FALSE(full.ok());
  EXPECT_TRUE(full.error().Is(ErrorCode::kUnavailable));
  go.set_value();
  WaitFinished(jobs, 2, *other);
}

TEST(BackgroundJobs, KeptBytesAreBoundedByDroppingTheLeastRecentlyUsedFinishedJob) {
  SeededRandom random(4);
  JobLimits limits;
  limits.max_bytes = 100;
  BackgroundJobs jobs(limits, random);
  auto done = [](const std::string&, const JobProgress&) {
    return Result<nlohmann::json>(nlohmann::json(nullptr));
  };
  auto first = jobs.Submit(1, std::string(40, 'a'), done);
  WaitFinished(jobs, 1, *first);
  auto second = jobs.Submit(1, std::string(40, 'b'), done);
  WaitFinished(jobs, 1, *second);
  auto third = jobs.Submit(1, std::string(40, 'c'), done);
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(jobs.Get(1, *first).error().Is(ErrorCode::kNotFound)) << "dropped for room";
  EXPECT_TRUE(jobs.Get(1, *second).ok());
  auto huge = jobs.Submit(2, std::string(200, 'x'), done);
  EXPECT_TRUE(huge.error().Is(ErrorCode::kUnavailable)) << "cannot fit even alone";
}

TEST(BackgroundJobs, AFinishedJobNobodyLooksAtExpires) {
  SeededRandom random(6);
  JobLimits limits;
  limits.ttl = std::chrono::seconds(0);
  BackgroundJobs jobs(limits, random);
  auto done = [](const std::string&, const JobProgress&) {
    return Result<nlohmann::json>(nlohmann::json(nullptr));
  };
  auto old = jobs.Submit(1, "a", done);
  WaitFinished(jobs, 1, *old);
  std::this_thread::sleep_for(5ms);
  ASSERT_TRUE(jobs.Submit(1, "b", done).ok());  // the table is tidied when a job comes in
  EXPECT_TRUE(jobs.Get(1, *old).error().Is(ErrorCode::kNotFound));
  EXPECT_EQ(jobs.size(), 1u);
}

TEST(BackgroundJobs, ArtefactsAreMadeOnceAndKeptWithTheJob) {
  SeededRandom random(5);
  BackgroundJobs jobs(JobLimits{}, random);
  auto id = jobs.Submit(1, "pdf", [](const std::string&, const JobProgress&) {
    return Result<nlohmann::json>(nlohmann::json(nullptr));
  });
  int made = 0;
  auto make = [&made](const std::string& input) {
    ++made;
    return Result<std::string>(input + "-page");
  };
  auto a = jobs.Artefact(1, *id, "p1", make);
  auto b = jobs.Artefact(1, *id, "p1", make);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(**b, "pdf-page");
  EXPECT_EQ(made, 1);
  EXPECT_TRUE(jobs.Artefact(2, *id, "p1", make).error().Is(ErrorCode::kNotFound));
}

}  // namespace
}  // namespace doithoai::http
