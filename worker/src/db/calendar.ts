/**
 * Repository of registrations (đăng ký thi đua), group covenants (giao ước thi đua) and milestone reopens
 * (tables of migration 0002). Writes return statements, so a service batches them with their audit row.
 */

export interface RegistrationRow {
  unit: string;
  name: string;
  data: string;
  updated_at: number;
  updated_by: string;
}

export interface CovenantRow {
  group_code: string;
  data: string;
  recorded_at: number;
  recorded_by: string;
}

export interface ReopenRow {
  milestone: string;
  until_at: number;
  reason: string;
  reopened_at: number;
  reopened_by: string;
}

/** Inserts or replaces a unit's registration. */
export function upsertRegistration(
  db: D1Database,
  r: { campaign: string; unit: string; data: unknown; at: number; by: string },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO registrations (campaign, unit, data, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (campaign, unit) DO UPDATE
         SET data = excluded.data, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .bind(r.campaign, r.unit, JSON.stringify(r.data), r.at, r.by);
}

const REGISTRATION_SELECT = `SELECT r.unit, u.name, r.data, r.updated_at, r.updated_by
   FROM registrations r JOIN campaign_units u ON u.campaign = r.campaign AND u.unit = r.unit`;

export function findRegistration(
  db: D1Database,
  campaign: string,
  unit: string,
): Promise<RegistrationRow | null> {
  return db
    .prepare(`${REGISTRATION_SELECT} WHERE r.campaign = ?1 AND r.unit = ?2`)
    .bind(campaign, unit)
    .first<RegistrationRow>();
}

/** Every registration of a campaign, by unit code. */
export async function listRegistrations(db: D1Database, campaign: string): Promise<RegistrationRow[]> {
  const { results } = await db
    .prepare(`${REGISTRATION_SELECT} WHERE r.campaign = ?1 ORDER BY r.unit`)
    .bind(campaign)
    .all<RegistrationRow>();
  return results;
}

/** The unit's name when the campaign lists it, else null. */
export async function listedUnit(
  db: D1Database,
  campaign: string,
  unit: string,
): Promise<{ name: string } | null> {
  return db
    .prepare(`SELECT cu.name FROM campaign_units cu WHERE cu.campaign = ?1 AND cu.unit = ?2`)
    .bind(campaign, unit)
    .first<{ name: string }>();
}

/** Whether `lead` leads a group of the campaign that has `unit` among its members. */
export async function leadsGroupOf(
  db: D1Database,
  campaign: string,
  unit: string,
  lead: string,
): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 AS yes FROM group_members gm
         JOIN plan_groups g ON g.campaign = gm.campaign AND g.code = gm.group_code
        WHERE gm.campaign = ?1 AND gm.unit = ?2 AND g.lead = ?3 LIMIT 1`,
    )
    .bind(campaign, unit, lead)
    .first();
  return row !== null;
}

/** Inserts or replaces a group's covenant. */
export function upsertCovenant(
  db: D1Database,
  r: { campaign: string; group: string; data: unknown; at: number; by: string },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO covenants (campaign, group_code, data, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (campaign, group_code) DO UPDATE
         SET data = excluded.data, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
    )
    .bind(r.campaign, r.group, JSON.stringify(r.data), r.at, r.by);
}

export function findCovenant(db: D1Database, campaign: string, group: string): Promise<CovenantRow | null> {
  return db
    .prepare(
      'SELECT group_code, data, recorded_at, recorded_by FROM covenants WHERE campaign = ?1 AND group_code = ?2',
    )
    .bind(campaign, group)
    .first<CovenantRow>();
}

/** Records a milestone's reopening; the latest one replaces an earlier one. */
export function upsertReopen(
  db: D1Database,
  r: { campaign: string; milestone: string; until: number; reason: string; at: number; by: string },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO milestone_reopens (campaign, milestone, until_at, reason, reopened_at, reopened_by)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (campaign, milestone) DO UPDATE
         SET until_at = excluded.until_at, reason = excluded.reason,
             reopened_at = excluded.reopened_at, reopened_by = excluded.reopened_by`,
    )
    .bind(r.campaign, r.milestone, r.until, r.reason, r.at, r.by);
}

/** The plan document and every milestone reopen of a campaign: one batch. */
export async function planAndReopens(
  db: D1Database,
  campaign: string,
): Promise<{ document: string; reopens: ReopenRow[] } | null> {
  const [doc, reopens] = await db.batch([
    db.prepare('SELECT document FROM campaigns WHERE code = ?1').bind(campaign),
    db
      .prepare(
        'SELECT milestone, until_at, reason, reopened_at, reopened_by FROM milestone_reopens WHERE campaign = ?1',
      )
      .bind(campaign),
  ]);
  const row = doc!.results[0] as { document: string } | undefined;
  if (!row) return null;
  return { document: row.document, reopens: reopens!.results as ReopenRow[] };
}
