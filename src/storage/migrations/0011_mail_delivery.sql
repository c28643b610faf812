-- Mail delivery (issue 14). The outbox (0002) gets its delivery state: a sender claims due
-- mail by writing a fresh lease (and counting the attempt) in one transaction before it
-- talks to the SMTP server, then records the outcome only if the lease is still its own; a
-- claim left by a crashed sender expires and the mail is claimed again (same Message-ID).
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN lease TEXT;
ALTER TABLE outbox ADD COLUMN lease_until INTEGER;
ALTER TABLE outbox ADD COLUMN failed_at INTEGER;
ALTER TABLE outbox ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
-- Addresses that accepted the mail in an earlier attempt, each followed by a newline: a retry
-- of a mail to several addresses does not send to them again.
ALTER TABLE outbox ADD COLUMN delivered TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_due ON outbox(next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_failed ON outbox(failed_at) WHERE failed_at IS NOT NULL;

-- An account's e-mail address and how it wants mail: immediate | digest | none.
CREATE TABLE user_mail (
  user_id INTEGER PRIMARY KEY REFERENCES users(id),
  email TEXT NOT NULL,
  preference TEXT NOT NULL
);

-- Addresses that used a one-click unsubscribe link: no more youth mail goes to them.
CREATE TABLE mail_unsubscribes (
  address TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL
);
