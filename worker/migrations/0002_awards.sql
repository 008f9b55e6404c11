-- Migration number: 0002 	 votes, nominations, snapshots, registrations, covenants, milestone reopens
-- Times are integer milliseconds since the epoch (UTC). Statuses of nominations are never stored: they are
-- recomputed by shared/quotas.ts over every nomination of the campaign, so there is no counter to race on.

-- One secret ballot per (campaign, group, round); `candidates` is the request's list (JSON).
CREATE TABLE votes (
  campaign    TEXT NOT NULL,
  group_code  TEXT NOT NULL,
  round       INTEGER NOT NULL CHECK (round IN (1, 2)),
  members     INTEGER NOT NULL,
  present     INTEGER NOT NULL,
  candidates  TEXT NOT NULL CHECK (json_valid(candidates)),
  recorded_at INTEGER NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (campaign, group_code, round),
  FOREIGN KEY (campaign, group_code) REFERENCES plan_groups (campaign, code)
);

-- Nominations: `data` is the request item (award, movement, programme, group, nominee, summary, priority) as
-- stored; the other columns are what filters and guards read. `seq` orders equal filing times; `filed_at` is
-- made non-decreasing in `seq` at insert time so the filing order never contradicts the insertion order.
CREATE TABLE nominations (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  campaign     TEXT NOT NULL REFERENCES campaigns (code),
  award        TEXT NOT NULL,
  movement     TEXT,
  group_code   TEXT,
  nominee_unit TEXT NOT NULL,
  data         TEXT NOT NULL CHECK (json_valid(data)),
  filed_at     INTEGER NOT NULL,
  filed_by     TEXT NOT NULL,
  updated_at   INTEGER NOT NULL
);
CREATE INDEX nominations_campaign ON nominations (campaign, seq);

-- Snapshots for council meetings; the frozen content (canonical JSON) is split into chunks well under
-- D1's limit per value, so a large campaign fits.
CREATE TABLE snapshots (
  id         TEXT PRIMARY KEY,
  campaign   TEXT NOT NULL REFERENCES campaigns (code),
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  sha256     TEXT NOT NULL,
  chunks     INTEGER NOT NULL,
  bytes      INTEGER NOT NULL
);
CREATE INDEX snapshots_campaign ON snapshots (campaign, created_at);

CREATE TABLE snapshot_chunks (
  snapshot TEXT NOT NULL REFERENCES snapshots (id),
  idx      INTEGER NOT NULL,
  data     TEXT NOT NULL,
  PRIMARY KEY (snapshot, idx)
);

-- A unit's registration (đăng ký thi đua) for a campaign: the request body as stored.
CREATE TABLE registrations (
  campaign   TEXT NOT NULL REFERENCES campaigns (code),
  unit       TEXT NOT NULL REFERENCES units (code),
  data       TEXT NOT NULL CHECK (json_valid(data)),
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (campaign, unit)
);

-- A group's signed covenant (giao ước thi đua).
CREATE TABLE covenants (
  campaign    TEXT NOT NULL,
  group_code  TEXT NOT NULL,
  data        TEXT NOT NULL CHECK (json_valid(data)),
  recorded_at INTEGER NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (campaign, group_code),
  FOREIGN KEY (campaign, group_code) REFERENCES plan_groups (campaign, code)
);

-- A milestone that closes an activity, reopened by the secretariat until a new time (the latest counts).
CREATE TABLE milestone_reopens (
  campaign    TEXT NOT NULL REFERENCES campaigns (code),
  milestone   TEXT NOT NULL,
  until_at    INTEGER NOT NULL,
  reason      TEXT NOT NULL,
  reopened_at INTEGER NOT NULL,
  reopened_by TEXT NOT NULL,
  PRIMARY KEY (campaign, milestone)
);
