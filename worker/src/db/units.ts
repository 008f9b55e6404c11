/**
 * Repository of units: the global row (a unit's current facts, what a new plan is compared with) and the
 * copy each campaign keeps in `campaign_units` (what that campaign's reads show). Decision 0027.
 */
import type { Unit } from '../../../shared/contract/plan';
import type { Actor } from '../access/actor';

export interface UnitRow {
  code: string;
  name: string;
  kind: string | null;
  parent: string | null;
  women_share: number | null;
}

/** The global rows of the listed codes (those that exist). */
export async function findUnits(db: D1Database, codes: readonly string[]): Promise<UnitRow[]> {
  const { results } = await db
    .prepare(
      `SELECT code, name, kind, parent, women_share FROM units
        WHERE code IN (SELECT value FROM json_each(?1))`,
    )
    .bind(JSON.stringify(codes))
    .all<UnitRow>();
  return results;
}

/** A unit as the contract writes it, from a row (facts it has not got are left out). */
export function unitOf(row: UnitRow): Unit {
  return {
    code: row.code,
    name: row.name,
    ...(row.kind === null ? {} : { kind: row.kind as Unit['kind'] }),
    ...(row.parent === null ? {} : { parent: row.parent }),
    ...(row.women_share === null ? {} : { womenShare: row.women_share }),
  };
}

export interface ReachedCampaign {
  campaign: string;
  position: number;
  plan_version: number;
}

/**
 * The campaigns a unit update from `from` reaches: `from` itself and every campaign listing the unit that
 * comes later (a later year, or the same year created later, then by code), in that order.
 */
export async function campaignsFrom(db: D1Database, unit: string, from: string): Promise<ReachedCampaign[]> {
  const { results } = await db
    .prepare(
      `SELECT c.code AS campaign, cu.position, c.plan_version
         FROM campaigns c JOIN campaign_units cu ON cu.campaign = c.code AND cu.unit = ?1
         JOIN campaigns f ON f.code = ?2
        WHERE (c.year, c.created_at, c.code) >= (f.year, f.created_at, f.code)
        ORDER BY c.year, c.created_at, c.code`,
    )
    .bind(unit, from)
    .all<ReachedCampaign>();
  return results;
}

/** The unit's facts in one campaign (null: the campaign does not list it). */
export function inCampaign(db: D1Database, campaign: string, unit: string): Promise<UnitRow | null> {
  return db
    .prepare(
      `SELECT unit AS code, name, kind, parent, women_share FROM campaign_units
        WHERE campaign = ?1 AND unit = ?2`,
    )
    .bind(campaign, unit)
    .first<UnitRow>();
}

export interface UnitUpdateWrite {
  unit: string;
  from: string;
  /** The campaigns reached, at the plan version read. */
  reached: { campaign: string; version: number }[];
  reason: string;
  change: Record<string, unknown>;
  /** Column and JSON field names from a fixed list (services/units/facts.ts `FACTS`), never a request. */
  facts: { field: string; column: string; value: string | number }[];
  at: number;
  actor: Actor;
}

/**
 * A unit update's statements, led by their guard (every campaign reached still at the version read, none
 * created since from `from` on): an amendment row and a version per campaign, its document and copy of the
 * unit, then the unit's current facts. The caller appends the audit row and runs them as one batch.
 */
export function updateStatements(db: D1Database, w: UnitUpdateWrite): D1PreparedStatement[] {
  const list = JSON.stringify(w.reached);
  const values = w.facts.map((f) => f.value);
  const setColumns = w.facts.map((f, k) => `${f.column} = ?${k + 3}`).join(', ');
  const jsonPaths = w.facts
    .map((f, k) => `'$.units[' || cu.position || '].${f.field}', ?${k + 3}`)
    .join(', ');
  return [
    db
      .prepare(
        `INSERT INTO write_guards (guard)
         SELECT NULL WHERE EXISTS (
           SELECT 1 FROM json_each(?2) j JOIN campaigns c ON c.code = j.value ->> '$.campaign'
            WHERE c.plan_version IS NOT j.value ->> '$.version')
            OR (SELECT count(*) FROM campaigns c JOIN campaign_units cu ON cu.campaign = c.code AND cu.unit = ?1
                  JOIN campaigns f ON f.code = ?3
                 WHERE (c.year, c.created_at, c.code) >= (f.year, f.created_at, f.code)) IS NOT json_array_length(?2)`,
      )
      .bind(w.unit, list, w.from),
    db
      .prepare(
        `INSERT INTO plan_amendments (campaign, version, reason, changes, at, by_label, by_role)
         SELECT value ->> '$.campaign', (value ->> '$.version') + 1, ?2, ?3, ?4, ?5, ?6 FROM json_each(?1)`,
      )
      .bind(list, w.reason, JSON.stringify([w.change]), w.at, w.actor.label, w.actor.role),
    db
      .prepare(
        `UPDATE campaigns SET plan_version = plan_version + 1,
                document = (SELECT json_set(campaigns.document, ${jsonPaths}) FROM campaign_units cu
                             WHERE cu.campaign = campaigns.code AND cu.unit = ?1)
          WHERE code IN (SELECT value ->> '$.campaign' FROM json_each(?2))`,
      )
      .bind(w.unit, list, ...values),
    db
      .prepare(
        `UPDATE campaign_units SET ${setColumns}
          WHERE unit = ?1 AND campaign IN (SELECT value ->> '$.campaign' FROM json_each(?2))`,
      )
      .bind(w.unit, list, ...values),
    db
      .prepare(`UPDATE units SET ${setColumns}, updated_at = ?2 WHERE code = ?1`)
      .bind(w.unit, w.at, ...values),
  ];
}

/**
 * Inserts the listed units that do not exist yet (JSON of {code, name, kind, parent, womenShare}); existing
 * ones keep their facts: a change to them is `PUT /units/{unit}` (decision 0027).
 */
export function insertNewUnits(db: D1Database, unitsJson: string, at: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO units (code, name, kind, parent, women_share, updated_at)
       SELECT value ->> '$.code', value ->> '$.name', value ->> '$.kind', value ->> '$.parent',
              value ->> '$.womenShare', ?2
         FROM json_each(?1) WHERE true
       ON CONFLICT (code) DO NOTHING`,
    )
    .bind(unitsJson, at);
}

/** The campaign's own copy of its units' facts (JSON as above, with `position`), what its reads show. */
export function insertCampaignUnits(
  db: D1Database,
  campaign: string,
  unitsJson: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO campaign_units (campaign, unit, position, name, kind, parent, women_share)
       SELECT ?1, value ->> '$.code', value ->> '$.position', value ->> '$.name', value ->> '$.kind',
              value ->> '$.parent', value ->> '$.womenShare'
         FROM json_each(?2)`,
    )
    .bind(campaign, unitsJson);
}
