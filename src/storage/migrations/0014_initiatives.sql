-- Youth initiatives (issue 15, SYSTEM.md C10): a unit's calls for initiatives with their
-- published criteria and council, the initiatives sent to them, and each council member's
-- scorecard (one per member and initiative, replaced while the council sits).
CREATE TABLE initiative_calls (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  phase TEXT NOT NULL CHECK (phase IN ('open', 'reviewing', 'published')),
  published_on TEXT,
  created_by INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX initiative_calls_by_unit ON initiative_calls(unit_id, id);

CREATE TABLE initiative_criteria (
  call_id INTEGER NOT NULL REFERENCES initiative_calls(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  max_points INTEGER NOT NULL CHECK (max_points BETWEEN 1 AND 100),
  PRIMARY KEY (call_id, position)
);

CREATE TABLE initiative_council (
  call_id INTEGER NOT NULL REFERENCES initiative_calls(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  PRIMARY KEY (call_id, user_id)
);
CREATE INDEX initiative_council_by_user ON initiative_council(user_id, call_id);

CREATE TABLE initiatives (
  id INTEGER PRIMARY KEY,
  call_id INTEGER NOT NULL REFERENCES initiative_calls(id),
  tracking_code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  problem TEXT NOT NULL,
  solution TEXT NOT NULL,
  field TEXT NOT NULL,
  team TEXT NOT NULL,
  unit TEXT NOT NULL,
  contact_name TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  screening_note TEXT NOT NULL DEFAULT '',
  recognition TEXT NOT NULL DEFAULT '',
  submitted_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX initiatives_by_call ON initiatives(call_id, id);

CREATE TABLE initiative_scores (
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id),
  member_id INTEGER NOT NULL REFERENCES users(id),
  points TEXT NOT NULL,  -- "20,30,20": one per criterion, in the call's order
  comment TEXT NOT NULL DEFAULT '',
  scored_at INTEGER NOT NULL,
  PRIMARY KEY (initiative_id, member_id)
);
