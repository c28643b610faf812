-- Youths' personal data (issue 10; PDP Law 91/2025/QH15, Decree 356/2025/NĐ-CP): the consent a
-- youth gave for each purpose, with the version of the text they were shown, and every request
-- they made about their data (the log staff read, with its legal due date).
CREATE TABLE consents (
  question_id INTEGER NOT NULL REFERENCES questions(id),
  purpose TEXT NOT NULL CHECK (purpose IN ('answer', 'contact', 'publish_text')),
  granted INTEGER NOT NULL,          -- 0: the box was left unticked (recorded too)
  text_version TEXT NOT NULL,        -- domain/privacy/consent.h: kConsentTextVersion
  decided_at INTEGER NOT NULL,
  withdrawn_at INTEGER,
  PRIMARY KEY (question_id, purpose)
);

CREATE TABLE data_requests (
  id INTEGER PRIMARY KEY,
  question_id INTEGER NOT NULL REFERENCES questions(id),
  dialogue_id INTEGER NOT NULL REFERENCES dialogues(id),  -- copied from the question, for the log
  kind TEXT NOT NULL CHECK (kind IN ('access', 'export', 'correction', 'withdrawal', 'deletion')),
  received_at INTEGER NOT NULL,
  due_on TEXT NOT NULL,              -- the legal deadline (domain/privacy/data_request.h)
  answered_at INTEGER,
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused')),
  detail TEXT NOT NULL               -- what was done or why refused; never the personal data
);
CREATE INDEX data_requests_by_dialogue ON data_requests(dialogue_id, id);
CREATE INDEX data_requests_by_question ON data_requests(question_id, id);
