-- A unit's task board (issue 3) reads the status inputs of every task in its subtree, up to
-- 100,000 nationally, in one query: units by a range on the path, then their tasks and the
-- tasks' reports from covering indexes, so neither table is visited row by row
-- (docs/benchmarks.md §7). They replace the narrower indexes they begin with.
DROP INDEX tasks_by_unit;
CREATE INDEX tasks_status ON tasks(unit_id, id, parent_id, deadline_kind, deadline_date,
                                   deadline_month, deadline_day);
DROP INDEX task_reports_by_task;
CREATE INDEX task_reports_status ON task_reports(task_id, id, reported_on, percent, done);
