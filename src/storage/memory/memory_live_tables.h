// The dialogue day's part of a MemoryStore's State (app/live/live_repository.h).
#pragma once

#include <map>
#include <vector>

#include "app/live/live_repository.h"

namespace doithoai::storage::memory {

struct LiveTables {
  std::map<int64_t, LiveEntry> entries;  // by id
  std::map<DialogueId, LiveScreenState> screens;
  std::map<DialogueId, std::vector<AgendaItem>> agendas;
  std::map<int64_t, Delegate> delegates;  // by id
};

}  // namespace doithoai::storage::memory
