/**
 * Repository of nominations, registrations and milestone reopens as the quota pass reads them. Statuses are
 * never stored. `filed_at` is set in SQL to at least the latest filing of the campaign, so the filing order
 * (time, then `seq`) is the insertion order: a later insert can never overtake an earlier one.
 */
import type { NominationInput } from '../../../shared/contract/nominations';
import { campaignRegisterStatements, type DecisionRow, type RecipientRow } from './register';
import { campaignStaffStatements, type StaffHeader, type StaffRow } from './staff';

export interface NominationRow {
  seq: number;
  id: string;
  campaign: string;
  award: string;
  movement: string | null;
  group_code: string | null;
  nominee_unit: string;
  data: string;
  filed_at: number;
  filed_by: string;
  updated_at: number;
}

export interface CampaignNominationData {
  document: string;
  /** The plan version of `document` (decision 0027), read with it. */
  planVersion: number;
  nominations: NominationRow[];
  registrations: { unit: string; data: string }[];
  reopens: { milestone: string; until_at: number }[];
  /** The campaign's year, its units' staff lists of that year and earlier, the register naming them. */
  year: number;
  staff: { headers: StaffHeader[]; rows: StaffRow[] };
  register: { decisions: DecisionRow[]; recipients: RecipientRow[] };
}

/**
 * The plan document, every nomination, registration and milestone reopen of a campaign, and the people
 * facts of its units (staff lists of its year and earlier, the register's decisions naming them): one batch.
 */
export async function campaignData(db: D1Database, campaign: string): Promise<CampaignNominationData> {
  const [doc, noms, regs, reopens, heads, staff, decisions, recipients] = await db.batch([
    db.prepare('SELECT document, plan_version, year FROM campaigns WHERE code = ?1').bind(campaign),
    db.prepare('SELECT * FROM nominations WHERE campaign = ?1 ORDER BY seq').bind(campaign),
    db.prepare('SELECT unit, data FROM registrations WHERE campaign = ?1 ORDER BY unit').bind(campaign),
    db.prepare('SELECT milestone, until_at FROM milestone_reopens WHERE campaign = ?1').bind(campaign),
    ...campaignStaffStatements(db, campaign, { earlier: true }),
    ...campaignRegisterStatements(db, campaign),
  ]);
  return {
    document: (doc!.results[0] as { document: string }).document,
    planVersion: (doc!.results[0] as { plan_version: number }).plan_version,
    nominations: noms!.results as NominationRow[],
    registrations: regs!.results as { unit: string; data: string }[],
    reopens: reopens!.results as { milestone: string; until_at: number }[],
    year: (doc!.results[0] as { year: number }).year,
    staff: { headers: heads!.results as StaffHeader[], rows: staff!.results as StaffRow[] },
    register: {
      decisions: decisions!.results as DecisionRow[],
      recipients: recipients!.results as RecipientRow[],
    },
  };
}

const columns = (n: NominationInput) => [
  n.award,
  n.movement ?? null,
  n.group ?? null,
  n.nominee.unit,
  JSON.stringify(n),
];

/** Files one nomination; filed_at = max(now, the campaign's latest filing). */
export function insert(
  db: D1Database,
  campaign: string,
  id: string,
  n: NominationInput,
  now: number,
  by: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO nominations (id, campaign, award, movement, group_code, nominee_unit, data, filed_at, filed_by, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
               MAX(?8, COALESCE((SELECT MAX(filed_at) FROM nominations WHERE campaign = ?2), 0)), ?9, ?8)`,
    )
    .bind(id, campaign, ...columns(n), now, by);
}

export function find(db: D1Database, campaign: string, id: string): Promise<NominationRow | null> {
  return db.prepare('SELECT * FROM nominations WHERE campaign = ?1 AND id = ?2').bind(campaign, id).first();
}

/** Replaces a nomination's fields; the filing time stays. */
export function update(db: D1Database, campaign: string, id: string, n: NominationInput, now: number) {
  return db
    .prepare(
      `UPDATE nominations SET award = ?3, movement = ?4, group_code = ?5, nominee_unit = ?6, data = ?7, updated_at = ?8
        WHERE campaign = ?1 AND id = ?2`,
    )
    .bind(campaign, id, ...columns(n), now);
}

export function remove(db: D1Database, campaign: string, id: string) {
  return db.prepare('DELETE FROM nominations WHERE campaign = ?1 AND id = ?2').bind(campaign, id);
}
