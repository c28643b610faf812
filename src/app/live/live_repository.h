// What the dialogue day stores (issue 15; migrations 0012, 0013): the live entries of each
// dialogue and which one is on the hall's screen; its programme and its invited delegates. Reached
// through Tx::live(); adapters in storage/sqlite/sqlite_live.* and storage/memory/memory_live.*.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/live/live_entry.h"
#include "domain/live/programme.h"

namespace doithoai {

// The question on the hall's screen, if any, and since when.
struct LiveScreenState {
  std::optional<int64_t> seq;
  Instant since;
};

class LiveRepository {
 public:
  virtual ~LiveRepository() = default;
  // Stores a new entry: assigns its id and the dialogue's next seq (1 for the first).
  // kConflict if the dialogue already holds an entry with the same client_key.
  virtual Result<LiveEntry> Insert(LiveEntry entry) = 0;
  // Replaces the entry with the same id (its dialogue, seq and client_key never change).
  virtual Status Update(const LiveEntry& entry) = 0;
  virtual std::optional<LiveEntry> Find(DialogueId dialogue, int64_t seq) = 0;
  virtual std::optional<LiveEntry> FindByKey(DialogueId dialogue, std::string_view client_key) = 0;
  virtual std::vector<LiveEntry> List(DialogueId dialogue) = 0;  // by seq
  // Puts entry `seq` on the screen (nullopt: clears it).
  virtual Status SetScreen(DialogueId dialogue, std::optional<int64_t> seq, Instant at) = 0;
  virtual std::optional<LiveScreenState> Screen(DialogueId dialogue) = 0;

  // The programme, in order; SetAgenda replaces the whole list.
  virtual Status SetAgenda(DialogueId dialogue, const std::vector<AgendaItem>& items) = 0;
  virtual std::vector<AgendaItem> Agenda(DialogueId dialogue) = 0;
  // Invited delegates and guests: Insert assigns the id; Update replaces the row with that id.
  virtual Result<Delegate> InsertDelegate(Delegate delegate) = 0;
  virtual Status UpdateDelegate(const Delegate& delegate) = 0;
  virtual std::optional<Delegate> FindDelegate(DialogueId dialogue, int64_t id) = 0;
  virtual std::vector<Delegate> Delegates(DialogueId dialogue) = 0;  // by id
};

}  // namespace doithoai
