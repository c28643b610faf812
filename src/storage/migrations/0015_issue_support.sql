-- "Tôi cũng muốn hỏi điều này" (issue 14): one row per supporter of an issue the public can
-- see. `supporter` is a keyed hash (HMAC-SHA-256 under the server's mail key, hex) of the
-- client's address and the issue, so a repeat from the same client is recognised while no
-- address is ever stored (app/issue/issue_support.h).
CREATE TABLE issue_supports (
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  supporter TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (issue_id, supporter)
) WITHOUT ROWID;
