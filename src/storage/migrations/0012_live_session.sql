-- The dialogue day (issue 15): each question raised at the conference and what followed,
-- entered by the secretariat as it happens. seq numbers a dialogue's entries in the order they
-- were stored; client_key is the secretary's browser's name for an entry, so a resend after a
-- dropped network finds the stored entry instead of making a second one; version counts
-- changes, so a change made from a stale copy is refused rather than lost.
CREATE TABLE live_entries (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),
  seq INTEGER NOT NULL,
  client_key TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('floor', 'online', 'submitted')),
  asker TEXT NOT NULL DEFAULT '',
  asker_unit TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  issue_id INTEGER REFERENCES issues(id),
  answered_by TEXT NOT NULL DEFAULT '',
  answer TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT 'pending'
    CHECK (outcome IN ('pending', 'on_the_spot', 'promised', 'forwarded')),
  promised_by TEXT,
  forwarded_to INTEGER REFERENCES agencies(id),
  duplicate_of INTEGER,
  entered_by INTEGER NOT NULL REFERENCES users(id),
  entered_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (dialogue_id, seq),
  UNIQUE (dialogue_id, client_key)
);

-- The question on the hall's screen (none: seq is NULL).
CREATE TABLE live_screens (
  dialogue_id INTEGER PRIMARY KEY REFERENCES dialogues(id),
  seq INTEGER,
  since INTEGER NOT NULL
);
