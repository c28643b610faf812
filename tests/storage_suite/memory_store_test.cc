// The storage suite run on the in-memory store.
#include "storage/memory/memory_store.h"

#include "storage_suite/storage_suite.h"

namespace doithoai {
namespace {

std::unique_ptr<Store> MakeMemoryStore(const std::string& /*dir*/) {
  return std::make_unique<storage::MemoryStore>();
}

INSTANTIATE_TEST_SUITE_P(Memory, StorageSuite,
                         ::testing::Values(StoreFactory{"memory", MakeMemoryStore, false}),
                         StoreFactoryName);

}  // namespace
}  // namespace doithoai
