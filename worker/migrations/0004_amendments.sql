-- Migration number: 0004 	 units as each campaign knows them, plan versions and amendments (decision 0027)
-- A unit is global (`units`: its current facts, what a new plan is compared with), but every campaign keeps
-- the facts it was created or amended with in `campaign_units`, so a later change never reaches back.

ALTER TABLE campaign_units ADD COLUMN name TEXT;
ALTER TABLE campaign_units ADD COLUMN kind TEXT;
ALTER TABLE campaign_units ADD COLUMN parent TEXT;
ALTER TABLE campaign_units ADD COLUMN women_share REAL;

-- Existing campaigns: the facts their stored plan document gave (what they were created with), else the
-- unit's current ones (the old upsert kept a fact a later plan left out).
UPDATE campaign_units
   SET name = coalesce(
         (SELECT json_extract(c.document, '$.units[' || campaign_units.position || '].name')
            FROM campaigns c WHERE c.code = campaign_units.campaign),
         (SELECT u.name FROM units u WHERE u.code = campaign_units.unit)),
       kind = coalesce(
         (SELECT json_extract(c.document, '$.units[' || campaign_units.position || '].kind')
            FROM campaigns c WHERE c.code = campaign_units.campaign),
         (SELECT u.kind FROM units u WHERE u.code = campaign_units.unit)),
       parent = coalesce(
         (SELECT json_extract(c.document, '$.units[' || campaign_units.position || '].parent')
            FROM campaigns c WHERE c.code = campaign_units.campaign),
         (SELECT u.parent FROM units u WHERE u.code = campaign_units.unit)),
       women_share = coalesce(
         (SELECT json_extract(c.document, '$.units[' || campaign_units.position || '].womenShare')
            FROM campaigns c WHERE c.code = campaign_units.campaign),
         (SELECT u.women_share FROM units u WHERE u.code = campaign_units.unit));

-- The plan's version: 1 as created, +1 per amendment (and per unit update that reaches the campaign).
ALTER TABLE campaigns ADD COLUMN plan_version INTEGER NOT NULL DEFAULT 1;

-- One row per version after the first. `version` NOT NULL is the write's guard: the amendment's INSERT
-- computes it as NULL when the campaign is no longer at the version the request amended, which fails the
-- whole batch (nothing is written; the service answers 409). The primary key catches two at once.
CREATE TABLE plan_amendments (
  campaign   TEXT NOT NULL REFERENCES campaigns (code),
  version    INTEGER NOT NULL,
  reason     TEXT NOT NULL,
  changes    TEXT NOT NULL CHECK (json_valid(changes)),
  at         INTEGER NOT NULL,
  by_label   TEXT NOT NULL,
  by_role    TEXT NOT NULL,
  PRIMARY KEY (campaign, version)
);

-- Never holds a row: a write's guard inserts NULL here when its condition fails (a stale plan version, a
-- sheet that appeared meanwhile, a unit whose facts moved), which fails the whole batch so nothing is written.
CREATE TABLE write_guards (guard TEXT NOT NULL);
