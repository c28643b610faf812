// The storage suite: one set of tests that every Store adapter must pass (app/ports.h). The
// tests quote the contract they check; when ports.h leaves a detail open, the test that pins
// it says so, and the memory adapter is the reference behaviour.
//
// A backend registers itself from its own test file:
//
//   INSTANTIATE_TEST_SUITE_P(Memory, StorageSuite,
//                            ::testing::Values(StoreFactory{"memory", MakeMemory, false}),
//                            StoreFactoryName);
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "app/ports.h"

namespace doithoai {

struct StoreFactory {
  std::string name;  // test-name suffix: letters, digits and '_' only
  // Opens a store kept in `dir`, a fresh empty directory per test. Called again on the same
  // dir (after the first store is destroyed) by the reopening tests.
  std::function<std::unique_ptr<Store>(const std::string& dir)> make;
  bool persistent = true;  // false: the reopening tests are skipped (memory)
};

void PrintTo(const StoreFactory& factory, std::ostream* os);

// Names instantiated tests after the factory: "Memory/StorageSuite.UnitPaths/memory".
std::string StoreFactoryName(const ::testing::TestParamInfo<StoreFactory>& info);

class StorageSuite : public ::testing::TestWithParam<StoreFactory> {
 protected:
  void SetUp() override;
  void TearDown() override;

  Store& store() { return *store_; }
  // Destroys the store and opens a new one on the same directory.
  void Reopen();

 private:
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

// The tests are registered by static objects in storage_suite.cc; this reference keeps the
// linker from dropping that file from a backend's test binary.
int StorageSuiteLinkAnchor();
inline const int kStorageSuiteLinked = StorageSuiteLinkAnchor();

}  // namespace doithoai
