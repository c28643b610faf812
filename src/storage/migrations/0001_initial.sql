-- The foundation: units, agencies, people, dialogues, questions, issues, answers, audit.
-- Portable SQL (SQLite 3.35+ and PostgreSQL): instants are INTEGER Unix seconds (UTC),
-- civil dates are TEXT 'YYYY-MM-DD', booleans are INTEGER 0/1, enums are TEXT names.

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  level INTEGER NOT NULL,
  parent_id INTEGER REFERENCES units(id),
  path TEXT NOT NULL  -- '/<root>/.../<id>/': subtree = path LIKE '<scope path>%'
);
CREATE INDEX units_by_parent ON units(parent_id, name);

CREATE TABLE agencies (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  UNIQUE (unit_id, code)
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL,  -- argon2id PHC string
  active INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE role_grants (
  user_id INTEGER NOT NULL REFERENCES users(id),
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  agency_id INTEGER REFERENCES agencies(id),
  PRIMARY KEY (user_id, position)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,  -- SHA-256 of the cookie token; the token is never stored
  user_id INTEGER NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);

CREATE TABLE dialogues (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  coordinator_agency_id INTEGER REFERENCES agencies(id),
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  theme TEXT NOT NULL,
  summary TEXT NOT NULL,
  chair TEXT NOT NULL,
  form TEXT NOT NULL,
  venue TEXT NOT NULL,
  held_on TEXT NOT NULL,
  plan_published_on TEXT,
  conclusion_issued_on TEXT,
  complex INTEGER NOT NULL,
  intake_open INTEGER NOT NULL
);

CREATE TABLE milestones (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),
  title TEXT NOT NULL,
  due_on TEXT NOT NULL,
  agency_id INTEGER REFERENCES agencies(id),
  done_on TEXT
);
CREATE INDEX milestones_by_dialogue ON milestones(dialogue_id, due_on);

CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),
  filename TEXT NOT NULL,
  compiled_by TEXT NOT NULL,
  uploaded_by INTEGER NOT NULL REFERENCES users(id),
  row_count INTEGER NOT NULL,
  imported_at INTEGER NOT NULL
);

CREATE TABLE issues (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),
  title TEXT NOT NULL,
  lead_agency_id INTEGER REFERENCES agencies(id),
  answer_due_on TEXT,
  routed_at INTEGER,
  created_at INTEGER NOT NULL
);
CREATE INDEX issues_by_dialogue ON issues(dialogue_id);

CREATE TABLE issue_coordinating_agencies (
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  position INTEGER NOT NULL,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (issue_id, position)
);

CREATE TABLE questions (
  id INTEGER PRIMARY KEY,
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),
  tracking_code TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  age INTEGER,
  asker_name TEXT NOT NULL,     -- private: never published
  asker_contact TEXT NOT NULL,  -- private: never published
  asker_unit_id INTEGER REFERENCES units(id),
  channel TEXT NOT NULL,
  batch_id INTEGER REFERENCES import_batches(id),
  branch TEXT NOT NULL,
  represents INTEGER NOT NULL,
  submitted_at INTEGER NOT NULL,
  screening TEXT NOT NULL,
  screening_note TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES questions(id),
  issue_id INTEGER REFERENCES issues(id)
);
CREATE INDEX questions_by_dialogue ON questions(dialogue_id, screening, id);
CREATE INDEX questions_by_issue ON questions(issue_id);

CREATE TABLE answers (
  issue_id INTEGER PRIMARY KEY REFERENCES issues(id),
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),  -- copied from the issue, for listing
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  body TEXT NOT NULL,
  timing TEXT NOT NULL,
  status TEXT NOT NULL,
  drafted_by INTEGER NOT NULL REFERENCES users(id),
  submitted_at INTEGER,
  decided_by INTEGER REFERENCES users(id),
  decided_at INTEGER,
  return_reason TEXT NOT NULL,
  published_at INTEGER
);
CREATE INDEX answers_published ON answers(dialogue_id, status, published_at);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id INTEGER,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL
);
CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, id);

CREATE TABLE counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
