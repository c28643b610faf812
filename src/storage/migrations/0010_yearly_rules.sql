-- Issue 13, rules that do not match the seeds:
-- * a dialogue takes questions until the closing date its plan sets (domain/dialogue/intake.h);
-- * a programme's reporting rounds recur every year on its schedule ("trước ngày 30/11 hằng
--   năm"), opened by the server's timer job (domain/indicator/round_schedule.h); 0 = none;
-- * a ward programme's indicator may read the values entered for a city programme's
--   indicator, so the ward enters them once (domain/indicator/indicator.h: values_from).
ALTER TABLE dialogues ADD COLUMN intake_closes_on TEXT;

ALTER TABLE indicator_programmes ADD COLUMN round_opens_month INTEGER NOT NULL DEFAULT 0;
ALTER TABLE indicator_programmes ADD COLUMN round_opens_day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE indicator_programmes ADD COLUMN round_due_month INTEGER NOT NULL DEFAULT 0;
ALTER TABLE indicator_programmes ADD COLUMN round_due_day INTEGER NOT NULL DEFAULT 0;

ALTER TABLE indicators ADD COLUMN values_from_id INTEGER REFERENCES indicators(id);
