-- Conclusions, documents and tasks (C7, C8): issued and imported documents with their files,
-- the tasks they assign (split into sub-tasks down the tree), progress reports with evidence,
-- reminders and escalations, and the e-mail outbox a later mail connector drains.

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  dialogue_id INTEGER REFERENCES dialogues(id),
  relays_id INTEGER REFERENCES documents(id),  -- the higher-level document it implements
  origin TEXT NOT NULL,     -- generated | imported
  kind TEXT NOT NULL,       -- conclusion | relay | imported
  type_code TEXT NOT NULL,  -- '' for a công văn
  type_name TEXT NOT NULL,
  number INTEGER,
  symbol TEXT NOT NULL,
  number_symbol TEXT NOT NULL,
  issuer TEXT NOT NULL,
  parent_issuer TEXT NOT NULL,
  place TEXT NOT NULL,
  issued_on TEXT,
  year INTEGER NOT NULL,  -- of issued_on, else of creation: the number series' year
  summary TEXT NOT NULL,
  signer TEXT NOT NULL,
  content_json TEXT NOT NULL,
  created_by INTEGER REFERENCES users(id),
  created_at INTEGER NOT NULL
);
-- Decree 30 Art. 15: a number is unique within its issuer's series of the year.
CREATE UNIQUE INDEX documents_number ON documents(issuer, year, number_symbol) WHERE number IS NOT NULL;
CREATE INDEX documents_by_unit ON documents(unit_id, issued_on);
CREATE INDEX documents_by_dialogue ON documents(dialogue_id);
CREATE INDEX documents_by_number_symbol ON documents(number_symbol);
CREATE INDEX documents_by_relays ON documents(relays_id);

CREATE TABLE document_cites (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  position INTEGER NOT NULL,
  number_symbol TEXT NOT NULL,
  PRIMARY KEY (document_id, position)
);
CREATE INDEX document_cites_by_symbol ON document_cites(number_symbol);

CREATE TABLE document_files (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  format TEXT NOT NULL,  -- docx | pdf | txt
  bytes BLOB NOT NULL,
  PRIMARY KEY (document_id, format)
);

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  parent_id INTEGER REFERENCES tasks(id),
  carried_from_id INTEGER REFERENCES tasks(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  lead_agency_id INTEGER REFERENCES agencies(id),
  lead_name TEXT NOT NULL,
  content TEXT NOT NULL,
  deadline_kind TEXT NOT NULL,  -- none | date | recurring | ongoing
  deadline_date TEXT,
  deadline_month INTEGER NOT NULL,
  deadline_day INTEGER NOT NULL,
  deadline_text TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX tasks_by_document ON tasks(document_id);
CREATE INDEX tasks_by_parent ON tasks(parent_id);
CREATE INDEX tasks_by_unit ON tasks(unit_id);
CREATE INDEX tasks_by_lead ON tasks(lead_agency_id);

CREATE TABLE task_coordinators (
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  position INTEGER NOT NULL,
  agency_id INTEGER REFERENCES agencies(id),
  name TEXT NOT NULL,
  PRIMARY KEY (task_id, position)
);
CREATE INDEX task_coordinators_by_agency ON task_coordinators(agency_id);

CREATE TABLE task_issues (
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  PRIMARY KEY (task_id, issue_id)
);
CREATE INDEX task_issues_by_issue ON task_issues(issue_id);

CREATE TABLE task_reports (
  id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  reported_on TEXT NOT NULL,
  percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  done INTEGER NOT NULL,
  text TEXT NOT NULL,
  agency_id INTEGER REFERENCES agencies(id),
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX task_reports_by_task ON task_reports(task_id, id);

CREATE TABLE evidence_files (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES task_reports(id),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  bytes BLOB NOT NULL,
  uploaded_at INTEGER NOT NULL
);
CREATE INDEX evidence_by_report ON evidence_files(report_id);

CREATE TABLE notifications (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,  -- reminder | overdue
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  agency_id INTEGER REFERENCES agencies(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  due_on TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX notifications_by_agency ON notifications(agency_id, id);
CREATE INDEX notifications_by_unit ON notifications(unit_id, id);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  key TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  sent_at INTEGER
);
