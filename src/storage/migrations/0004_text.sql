-- Text intelligence (issue 5): coordinators' decisions on grouping proposals, and each
-- unit's routing table topic -> lead agencies.
CREATE TABLE grouping_decisions (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),
  verdict TEXT NOT NULL CHECK (verdict IN ('reject', 'split', 'merge')),
  members TEXT NOT NULL,          -- ascending question ids, "3,7,9"
  parts TEXT NOT NULL DEFAULT '', -- split/merge parts, "3,7|9"
  decided_by INTEGER NOT NULL REFERENCES users(id),
  decided_at INTEGER NOT NULL
);
CREATE INDEX grouping_decisions_by_dialogue ON grouping_decisions(dialogue_id, id);

CREATE TABLE routing_rules (
  unit_id INTEGER NOT NULL REFERENCES units(id),
  topic TEXT NOT NULL,
  position INTEGER NOT NULL,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (unit_id, topic, position)
);
