// An in-memory Store for tests and demos. It honours the whole contract of app/ports.h and
// passes the storage suite (tests/storage_suite), but keeps nothing once destroyed.
//
// Writers are serialised; each works on a private copy of the state, which replaces the
// shared one only if the work succeeds. Readers take the current state, immutable once
// published, and never wait for a writer.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>

#include "app/ports.h"

namespace doithoai::storage {

namespace memory {
struct State;
}

class MemoryStore final : public Store {
 public:
  MemoryStore();
  ~MemoryStore() override;

  // REQUIRES: `work` does not call Write on this store (writers are serialised).
  Status Write(const std::function<Status(Tx&)>& work) override;
  Status Read(const std::function<Status(Tx&)>& work) override;
  uint64_t Version() const override { return version_.load(); }

 private:
  std::shared_ptr<const memory::State> Current() const;

  std::mutex write_mu_;          // held for the whole of a Write
  mutable std::mutex state_mu_;  // guards state_ (the pointer, not what it points to)
  std::shared_ptr<const memory::State> state_;
  std::atomic<uint64_t> version_{0};
};

}  // namespace doithoai::storage
