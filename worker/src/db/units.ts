/**
 * Repository of units: the global row (a unit's current facts, what a new plan is compared with) and the
 * copy each campaign keeps in `campaign_units` (what that campaign's reads show). Decision 0027.
 */
import type { Unit } from '../../../shared/contract/plan';

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
