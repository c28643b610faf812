-- Support for selected youth initiatives (issue 15, C10): the Youth Union's decision that
-- recognises them and assigns each its support, and the task of that decision each initiative's
-- support became.
ALTER TABLE initiative_calls ADD COLUMN decision_document_id INTEGER REFERENCES documents(id);

CREATE TABLE initiative_support_tasks (
  initiative_id INTEGER NOT NULL REFERENCES initiatives(id),
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  PRIMARY KEY (initiative_id, task_id)
);
