-- Migration number: 0001 	 accounts, plans, scoring sheets and the audit log
-- Times are integer milliseconds since the epoch (UTC); scores and totals are integer HUNDREDTHS of a point.
-- Readers get what they need from one row (a sheet carries its totals), so rankings never re-add scores.

-- Units are global, keyed by code: a plan's `units` create or update them, so one token serves every year.
CREATE TABLE units (
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  kind        TEXT,
  parent      TEXT,
  women_share REAL,
  updated_at  INTEGER NOT NULL
);

-- Bearer tokens: only the SHA-256 of the secret is kept. A revoked token keeps its row (revoked_at).
CREATE TABLE tokens (
  id           TEXT PRIMARY KEY,
  hash         TEXT NOT NULL UNIQUE,
  role         TEXT NOT NULL CHECK (role IN ('admin', 'secretariat', 'council', 'unit')),
  unit         TEXT REFERENCES units (code),
  label        TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  created_by   TEXT NOT NULL,
  last_used_at INTEGER,
  revoked_at   INTEGER,
  CHECK ((role = 'unit') = (unit IS NOT NULL))
);
CREATE INDEX tokens_active ON tokens (revoked_at, created_at);

-- A campaign keeps its whole validated plan document (what GET /campaigns/{c} returns) plus the
-- normalised tables below that queries and guards need.
CREATE TABLE campaigns (
  code       TEXT PRIMARY KEY,
  year       INTEGER NOT NULL,
  title      TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  document   TEXT NOT NULL CHECK (json_valid(document)),
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX campaigns_year ON campaigns (year DESC, code);

-- The units a campaign lists (a unit token reads the campaigns that list it).
CREATE TABLE campaign_units (
  campaign TEXT NOT NULL REFERENCES campaigns (code),
  unit     TEXT NOT NULL REFERENCES units (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (campaign, unit)
);
CREATE INDEX campaign_units_unit ON campaign_units (unit);

CREATE TABLE templates (
  campaign TEXT NOT NULL REFERENCES campaigns (code),
  code     TEXT NOT NULL,
  document TEXT NOT NULL CHECK (json_valid(document)),
  PRIMARY KEY (campaign, code)
);

-- Groups (khối / cụm). `position` is the index in the plan's `groups` array (to update the document);
-- `deadline` is the text as the plan or the last PATCH gave it, `deadline_at` the instant it means.
CREATE TABLE plan_groups (
  campaign     TEXT NOT NULL REFERENCES campaigns (code),
  code         TEXT NOT NULL,
  position     INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  name         TEXT NOT NULL,
  template     TEXT NOT NULL,
  lead         TEXT NOT NULL REFERENCES units (code),
  deadline     TEXT,
  deadline_at  INTEGER,
  vote_percent REAL,
  vote_of      TEXT,
  PRIMARY KEY (campaign, code),
  FOREIGN KEY (campaign, template) REFERENCES templates (campaign, code)
);
CREATE INDEX plan_groups_lead ON plan_groups (campaign, lead);

CREATE TABLE group_members (
  campaign   TEXT NOT NULL,
  group_code TEXT NOT NULL,
  unit       TEXT NOT NULL REFERENCES units (code),
  position   INTEGER NOT NULL,
  PRIMARY KEY (campaign, group_code, unit),
  FOREIGN KEY (campaign, group_code) REFERENCES plan_groups (campaign, code)
);
CREATE INDEX group_members_unit ON group_members (unit, campaign);

CREATE TABLE movements (
  campaign         TEXT NOT NULL REFERENCES campaigns (code),
  code             TEXT NOT NULL,
  position         INTEGER NOT NULL,
  name             TEXT NOT NULL,
  responsible_unit TEXT REFERENCES units (code),
  PRIMARY KEY (campaign, code)
);
CREATE INDEX movements_responsible ON movements (campaign, responsible_unit);

-- One scoring sheet per (campaign, group, unit). A sheet never written has no row (revision 0, draft);
-- a reopen of such a sheet creates its row at revision 0. `entries` is the API's entry list (points);
-- totals are integer hundredths computed by shared/scoring.ts at write time: `sections` is a JSON object
-- section code → hundredths (final scores), `standard`/`bonus`/`deduction` the capped sums (deduction
-- positive). `reopen_until` overrides the group deadline for this sheet; an appraised sheet is writable by
-- its unit only when `reopened_at` is later than `appraised_at`.
CREATE TABLE sheets (
  campaign       TEXT NOT NULL,
  group_code     TEXT NOT NULL,
  unit           TEXT NOT NULL,
  revision       INTEGER NOT NULL CHECK (revision >= 0),
  status         TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'appraised')),
  entries        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(entries)),
  total_self     INTEGER NOT NULL DEFAULT 0,
  total_final    INTEGER NOT NULL DEFAULT 0,
  sections       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(sections)),
  standard       INTEGER NOT NULL DEFAULT 0,
  bonus          INTEGER NOT NULL DEFAULT 0,
  deduction      INTEGER NOT NULL DEFAULT 0,
  classification TEXT,
  submitted_at   INTEGER,
  appraised_at   INTEGER,
  reopened_at    INTEGER,
  reopen_until   INTEGER,
  reopen_reason  TEXT,
  updated_at     INTEGER NOT NULL,
  updated_by     TEXT NOT NULL,
  updated_role   TEXT NOT NULL,
  PRIMARY KEY (campaign, group_code, unit),
  FOREIGN KEY (campaign, group_code, unit) REFERENCES group_members (campaign, group_code, unit)
);
CREATE INDEX sheets_group_status ON sheets (campaign, group_code, status);

-- Every accepted write copies the version it replaces here (same columns, who wrote it and when).
CREATE TABLE sheet_versions (
  campaign       TEXT NOT NULL,
  group_code     TEXT NOT NULL,
  unit           TEXT NOT NULL,
  revision       INTEGER NOT NULL,
  status         TEXT NOT NULL,
  entries        TEXT NOT NULL,
  total_self     INTEGER NOT NULL,
  total_final    INTEGER NOT NULL,
  sections       TEXT NOT NULL,
  classification TEXT,
  submitted_at   INTEGER,
  written_at     INTEGER NOT NULL,
  written_by     TEXT NOT NULL,
  written_role   TEXT NOT NULL,
  PRIMARY KEY (campaign, group_code, unit, revision)
);

-- Every write: who (token label and role), what, when, the revision before and after. Written in the same
-- batch as the change it records. `campaign` is null for writes outside a campaign (tokens).
CREATE TABLE audit_log (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  at              INTEGER NOT NULL,
  actor           TEXT NOT NULL,
  role            TEXT NOT NULL,
  token_id        TEXT NOT NULL,
  action          TEXT NOT NULL,
  target          TEXT NOT NULL,
  campaign        TEXT,
  revision_before INTEGER,
  revision_after  INTEGER,
  detail          TEXT CHECK (detail IS NULL OR json_valid(detail))
);
CREATE INDEX audit_campaign_at ON audit_log (campaign, at);
CREATE INDEX audit_campaign_action ON audit_log (campaign, action, at);
CREATE INDEX audit_campaign_actor ON audit_log (campaign, actor, at);
