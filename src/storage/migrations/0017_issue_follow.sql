-- Following an issue by e-mail (issue 14, double opt-in): one row per address and issue,
-- confirmed once the address's owner used the link mailed to it. requested_at is the latest
-- request; the per-address limit counts recent requests (app/issue/issue_follow.h).
CREATE TABLE issue_follows (
  id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  address TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  confirmed_at INTEGER,
  UNIQUE (issue_id, address)
);
CREATE INDEX issue_follows_by_address ON issue_follows(address, requested_at);
