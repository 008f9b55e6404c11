-- Migration number: 0007 	 staff lists per unit and year, the register of awards (issue 14; decision 0036)
-- Both are the department's, not a campaign's: a unit's staff of a year is read by every campaign of that
-- year and by the history rules of later years; the register spans the years.

-- One row per unit and year that has sent a list: who sent it last and when (the list's header). A unit that
-- never sent one has no row (an empty list, no time).
CREATE TABLE staff_lists (
  year       INTEGER NOT NULL,
  unit       TEXT NOT NULL REFERENCES units (code),
  people     INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (year, unit)
);

-- One row per person of a list, in the list's order (`idx`): a list of 10,000 is 10,000 small rows, never one
-- value near D1's 2 MB. `staff_key` is the staff id folded as the quota core compares ids (case, spacing,
-- invisible characters: shared/quotas/identity.ts), unique within a list; `data` the person as sent.
CREATE TABLE staff (
  year      INTEGER NOT NULL,
  unit      TEXT NOT NULL,
  idx       INTEGER NOT NULL,
  staff_id  TEXT NOT NULL,
  staff_key TEXT NOT NULL,
  name      TEXT NOT NULL,
  data      TEXT NOT NULL CHECK (json_valid(data)),
  PRIMARY KEY (year, unit, idx),
  FOREIGN KEY (year, unit) REFERENCES staff_lists (year, unit)
);
CREATE UNIQUE INDEX staff_person ON staff (year, unit, staff_key);
-- A person across the years (history rules): unit, folded id, year.
CREATE INDEX staff_by_person ON staff (unit, staff_key, year);

-- A decision of the register (quyết định khen thưởng). Number and date identify it (`number_key`: the number
-- folded); `data` is the decision as sent without its recipients. `campaign`/`meeting`: the proposal it
-- answers, when it came through the product (issue 15); plain text, no foreign key (the register outlives
-- campaigns and travels apart from them).
CREATE TABLE register_decisions (
  id           TEXT NOT NULL PRIMARY KEY,
  number_key   TEXT NOT NULL,
  date         TEXT NOT NULL,
  title        TEXT NOT NULL,
  level        TEXT NOT NULL,
  year_from    INTEGER NOT NULL,
  year_to      INTEGER NOT NULL,
  data         TEXT NOT NULL CHECK (json_valid(data)),
  campaign     TEXT,
  meeting      TEXT,
  recorded_at  INTEGER NOT NULL,
  recorded_by  TEXT NOT NULL
);
CREATE UNIQUE INDEX register_decision_number ON register_decisions (number_key, date);
CREATE INDEX register_decisions_award ON register_decisions (title, level, year_to);
CREATE INDEX register_decisions_year ON register_decisions (year_to, year_from);

-- Who a decision awards, in its order: a collective (its unit) or a person of a unit (`staff_key` folded as
-- above, NULL when the register names the person only).
CREATE TABLE register_recipients (
  decision   TEXT NOT NULL REFERENCES register_decisions (id),
  idx        INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('collective', 'individual')),
  unit       TEXT NOT NULL REFERENCES units (code),
  staff_key  TEXT,
  data       TEXT NOT NULL CHECK (json_valid(data)),
  PRIMARY KEY (decision, idx)
);
CREATE INDEX register_recipients_unit ON register_recipients (unit, staff_key);
