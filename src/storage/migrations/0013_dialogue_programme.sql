-- Before the dialogue day (issue 15): the programme the coordinator sets, in order, and the
-- delegates and guests invited, with the moment each checked in at the door.
CREATE TABLE dialogue_agenda (
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),
  position INTEGER NOT NULL,
  starts_at TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  speaker TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (dialogue_id, position)
);

CREATE TABLE dialogue_delegates (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),
  kind TEXT NOT NULL CHECK (kind IN ('delegate', 'guest')),
  name TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  checked_in_at INTEGER,
  created_at INTEGER NOT NULL
);
CREATE INDEX dialogue_delegates_by_dialogue ON dialogue_delegates(dialogue_id, id);
