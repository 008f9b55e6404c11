-- Migration number: 0008 	 the council's meeting (issue 15, decision 0039): a meeting held on a frozen snapshot,
-- one proposal per nomination the snapshot has within quota, its ballot (figures and the rule as applied) or
-- the meeting's list decision, and where it went (submitted, awarded by a register decision).
-- Times are integer milliseconds since the epoch (UTC).

CREATE TABLE meetings (
  id            TEXT NOT NULL PRIMARY KEY,
  campaign      TEXT NOT NULL REFERENCES campaigns(code),
  snapshot      TEXT NOT NULL REFERENCES snapshots(id),
  -- heldAt, place, chair, secretary, tellers, agenda, attendance as opened (JSON).
  data          TEXT NOT NULL,
  council_size  INTEGER NOT NULL CHECK (council_size > 0),
  present       INTEGER NOT NULL CHECK (present >= 0 AND present <= council_size),
  status        TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  opened_at     INTEGER NOT NULL,
  opened_by     TEXT NOT NULL,
  closed_at     INTEGER,
  closed_by     TEXT,
  -- Every reopening [{reason, at, by}] (JSON; the audit log keeps each with what it reopened).
  reopenings    TEXT NOT NULL DEFAULT '[]',
  submitted_at  INTEGER,
  submitted_by  TEXT,
  submitted_no  TEXT,
  submitted_on  TEXT,
  CHECK (status = 'closed' OR submitted_at IS NULL)
);
CREATE INDEX meetings_campaign ON meetings (campaign, opened_at);

CREATE TABLE meeting_proposals (
  meeting     TEXT NOT NULL REFERENCES meetings(id),
  nomination  TEXT NOT NULL,
  -- The snapshot's order.
  idx         INTEGER NOT NULL,
  award       TEXT NOT NULL,
  -- The nomination as frozen (award name, movement, nominee, summary; JSON).
  data        TEXT NOT NULL,
  -- The ballot rule as applied at this meeting {percent, of, source, base, required} (JSON), NULL: the list.
  ballot      TEXT,
  issued      INTEGER,
  returned    INTEGER,
  valid       INTEGER,
  in_favour   INTEGER,
  state       TEXT NOT NULL CHECK (state IN ('pending', 'proposed', 'not_proposed', 'submitted', 'awarded')),
  reason      TEXT,
  decided_at  INTEGER,
  decided_by  TEXT,
  -- The register decision that awarded it: {id, number, date} (JSON).
  decision    TEXT,
  PRIMARY KEY (meeting, nomination),
  CHECK (valid IS NULL OR (valid <= returned AND returned <= issued AND in_favour <= valid))
) WITHOUT ROWID;
