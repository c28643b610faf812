-- Youth-development indicators (C9): programmes (Appendix I of a plan), their indicators and
-- yearly targets, reporting rounds with the units that must report, coordinator exceptions
-- for late entry, and the reported values. Portable SQL as in 0001: dates are TEXT
-- 'YYYY-MM-DD', instants INTEGER Unix seconds, enums TEXT names, numbers REAL.

CREATE TABLE indicator_programmes (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  basis TEXT NOT NULL,          -- the document it implements: 'Quyết định 1331/QĐ-TTg'
  start_year INTEGER NOT NULL,
  end_year INTEGER NOT NULL,
  adopts_id INTEGER REFERENCES indicator_programmes(id),
  created_at INTEGER NOT NULL
);

CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES indicator_programmes(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  grp TEXT NOT NULL,            -- the strategy goal ('group' is a reserved word)
  measure TEXT NOT NULL,        -- '%', 'người', 'câu lạc bộ', 'VND'
  kind TEXT NOT NULL,           -- count | ratio
  direction TEXT NOT NULL,      -- at_least | at_most | equal
  baseline_year INTEGER NOT NULL,
  baseline_value REAL,
  responsible_agency_id INTEGER REFERENCES agencies(id),
  reporting_level INTEGER NOT NULL,  -- units.level of the units that enter values
  is_public INTEGER NOT NULL,
  adopted_from_id INTEGER REFERENCES indicators(id),
  position INTEGER NOT NULL,
  UNIQUE (programme_id, code)
);

CREATE TABLE indicator_targets (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id),
  year INTEGER NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (indicator_id, year)
);

CREATE TABLE reporting_rounds (
  id INTEGER PRIMARY KEY,
  programme_id INTEGER NOT NULL REFERENCES indicator_programmes(id),
  period_year INTEGER NOT NULL,
  opens_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  reopened_until TEXT,
  created_at INTEGER NOT NULL,
  UNIQUE (programme_id, period_year)
);

CREATE TABLE round_units (
  round_id INTEGER NOT NULL REFERENCES reporting_rounds(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  PRIMARY KEY (round_id, unit_id)
);

CREATE TABLE round_exceptions (
  round_id INTEGER NOT NULL REFERENCES reporting_rounds(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  until TEXT NOT NULL,
  reason TEXT NOT NULL,
  granted_by INTEGER REFERENCES users(id),
  granted_at INTEGER NOT NULL,
  PRIMARY KEY (round_id, unit_id)
);

-- One value per (round, indicator, unit). A count keeps its count in numerator and NULL in
-- denominator.
CREATE TABLE indicator_values (
  round_id INTEGER NOT NULL REFERENCES reporting_rounds(id),
  indicator_id INTEGER NOT NULL REFERENCES indicators(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  numerator REAL NOT NULL,
  denominator REAL,
  comment TEXT NOT NULL,
  entered_by INTEGER REFERENCES users(id),
  entered_at INTEGER NOT NULL,
  entered_on TEXT NOT NULL,
  PRIMARY KEY (round_id, indicator_id, unit_id)
);
-- Covers what the views read of a round (Entered, Figures): a national round's 100,000 values
-- come from one index range, without visiting the table.
CREATE INDEX indicator_values_by_round ON indicator_values(round_id, indicator_id, unit_id,
  entered_on, numerator, denominator);
CREATE INDEX indicator_values_by_unit ON indicator_values(unit_id, indicator_id);

-- Appendix II: the tasks (of the conclusions' task model, migration 0002) that move an
-- indicator.
CREATE TABLE indicator_tasks (
  indicator_id INTEGER NOT NULL REFERENCES indicators(id),
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  PRIMARY KEY (indicator_id, task_id)
);

-- A dashboard reads a whole subtree of units at once (by a range on the path).
CREATE INDEX units_by_path ON units(path);
