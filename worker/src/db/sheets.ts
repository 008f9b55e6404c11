/**
 * Repository of scoring sheets. A write is guarded by the revision IN SQL: the statements returned by
 * `writeStatements` copy the current version to `sheet_versions` and update the row only `WHERE revision = n`
 * (revision 0: an upsert that updates only a row still at 0), and the caller's audit row follows with
 * `changes() = 1`. Of concurrent writes on one revision exactly one changes anything. The same WHERE checks
 * that the writer's token is still live (`tokens.liveGuard`): the route may have trusted a cached token.
 */

import type { Role, SheetStatus } from '../../../shared/contract/enums';
import { liveGuard } from './tokens';

/** The sheet's key. */
export interface SheetKey {
  campaign: string;
  group: string;
  unit: string;
}

/** A stored sheet row. Totals are integer hundredths; `entries` and `sections` are JSON text. */
export interface SheetRow {
  revision: number;
  status: SheetStatus;
  entries: string;
  total_self: number;
  total_final: number;
  sections: string;
  standard: number;
  bonus: number;
  deduction: number;
  classification: string | null;
  submitted_at: number | null;
  appraised_at: number | null;
  reopened_at: number | null;
  reopen_until: number | null;
  reopen_reason: string | null;
  updated_at: number;
  updated_by: string;
  updated_role: string;
  /** Who appraised each criterion, JSON {criterion: {label, unit, role, at}} (migration 0003). */
  appraisers: string;
}

/**
 * What a write sets (the revision is the expected one + 1); `appraisers` null keeps the stored ones (a
 * unit's write never changes who appraised).
 */
export type SheetWrite = Omit<
  SheetRow,
  'revision' | 'reopened_at' | 'reopen_until' | 'reopen_reason' | 'appraisers'
> & { appraisers: string | null };

const COLUMNS = `revision, status, entries, total_self, total_final, sections, standard, bonus, deduction,
  classification, submitted_at, appraised_at, reopened_at, reopen_until, reopen_reason, updated_at, updated_by,
  updated_role, appraisers`;

const KEY = 'campaign = ?1 AND group_code = ?2 AND unit = ?3';

export function find(db: D1Database, k: SheetKey): D1PreparedStatement {
  return db.prepare(`SELECT ${COLUMNS} FROM sheets WHERE ${KEY}`).bind(k.campaign, k.group, k.unit);
}

/** The sheet's revision (no row: never written, revision 0). */
export function revisionOf(db: D1Database, k: SheetKey): D1PreparedStatement {
  return db.prepare(`SELECT revision FROM sheets WHERE ${KEY}`).bind(k.campaign, k.group, k.unit);
}

/**
 * The guarded write from revision `expected` to `expected + 1`. Returns the statements and the index of the
 * one whose `meta.changes` says whether the write won (1) or found another revision (0).
 */
export function writeStatements(
  db: D1Database,
  k: SheetKey,
  expected: number,
  w: SheetWrite,
  /** The writer's token id, checked live in the same statements; null for the bootstrap admin. */
  token: string | null,
): { statements: D1PreparedStatement[]; guard: number } {
  const values = [
    k.campaign,
    k.group,
    k.unit,
    expected,
    w.status,
    w.entries,
    w.total_self,
    w.total_final,
    w.sections,
    w.standard,
    w.bonus,
    w.deduction,
    w.classification,
    w.submitted_at,
    w.appraised_at,
    w.updated_at,
    w.updated_by,
    w.updated_role,
    token,
    w.appraisers,
  ];
  const set = `revision = ?4 + 1, status = ?5, entries = ?6, total_self = ?7, total_final = ?8, sections = ?9,
    standard = ?10, bonus = ?11, deduction = ?12, classification = ?13, submitted_at = ?14, appraised_at = ?15,
    updated_at = ?16, updated_by = ?17, updated_role = ?18, appraisers = COALESCE(?20, appraisers)`;
  if (expected === 0) {
    // A sheet at revision 0 has no content worth keeping (never written, or only reopened).
    const upsert = db
      .prepare(
        `INSERT INTO sheets (campaign, group_code, unit, revision, status, entries, total_self, total_final,
                             sections, standard, bonus, deduction, classification, submitted_at, appraised_at,
                             updated_at, updated_by, updated_role, appraisers)
         SELECT ?1, ?2, ?3, ?4 + 1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                COALESCE(?20, '{}')
          WHERE ${liveGuard('?19')}
         ON CONFLICT (campaign, group_code, unit) DO UPDATE SET ${set} WHERE sheets.revision = ?4`,
      )
      .bind(...values);
    return { statements: [upsert], guard: 0 };
  }
  const keep = db
    .prepare(
      `INSERT INTO sheet_versions (campaign, group_code, unit, revision, status, entries, total_self, total_final,
                                   sections, classification, submitted_at, written_at, written_by, written_role)
       SELECT campaign, group_code, unit, revision, status, entries, total_self, total_final, sections,
              classification, submitted_at, updated_at, updated_by, updated_role
         FROM sheets WHERE ${KEY} AND revision = ?4 AND ${liveGuard('?5')}`,
    )
    .bind(k.campaign, k.group, k.unit, expected, token);
  const update = db
    .prepare(`UPDATE sheets SET ${set} WHERE ${KEY} AND revision = ?4 AND ${liveGuard('?19')}`)
    .bind(...values);
  return { statements: [keep, update], guard: 1 };
}

/**
 * Reopens one sheet for its unit until `until`: creates the row at revision 0 when the sheet was never
 * written; status, entries and revision stay as they are.
 */
export function reopen(
  db: D1Database,
  k: SheetKey,
  r: { at: number; until: number; reason: string; by: string; role: string; totals: SheetTotalsColumns },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO sheets (campaign, group_code, unit, revision, status, entries, total_self, total_final, sections,
                           standard, bonus, deduction, classification, reopened_at, reopen_until, reopen_reason,
                           updated_at, updated_by, updated_role)
       VALUES (?1, ?2, ?3, 0, 'draft', '[]', ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?4, ?5, ?6, ?4, ?7, ?8)
       ON CONFLICT (campaign, group_code, unit) DO UPDATE SET
         reopened_at = excluded.reopened_at, reopen_until = excluded.reopen_until,
         reopen_reason = excluded.reopen_reason
       RETURNING *`,
    )
    .bind(
      k.campaign,
      k.group,
      k.unit,
      r.at,
      r.until,
      r.reason,
      r.by,
      r.role,
      r.totals.total_self,
      r.totals.total_final,
      r.totals.sections,
      r.totals.standard,
      r.totals.bonus,
      r.totals.deduction,
      r.totals.classification,
    );
}

/** The totals columns of an empty sheet (what a reopen of a never-written sheet stores). */
export type SheetTotalsColumns = Pick<
  SheetRow,
  'total_self' | 'total_final' | 'sections' | 'standard' | 'bonus' | 'deduction' | 'classification'
>;

export interface VersionRow {
  revision: number;
  status: SheetStatus;
  entries: string;
  total_self: number;
  total_final: number;
  sections: string;
  classification: string | null;
  submitted_at: number | null;
  written_at: number;
  written_by: string;
  written_role: Role;
}

/** Every kept version of a sheet, newest first. */
export async function versions(db: D1Database, k: SheetKey): Promise<VersionRow[]> {
  const { results } = await db
    .prepare(
      `SELECT revision, status, entries, total_self, total_final, sections, classification, submitted_at,
              written_at, written_by, written_role
         FROM sheet_versions WHERE ${KEY} ORDER BY revision DESC`,
    )
    .bind(k.campaign, k.group, k.unit)
    .all<VersionRow>();
  return results;
}

export interface GroupSheetRow {
  unit: string;
  name: string;
  revision: number | null;
  status: SheetStatus | null;
  total_final: number | null;
  total_self: number | null;
  classification: string | null;
  submitted_at: number | null;
}

/** One row per member of a group, in plan order, with its sheet's status and total (null: never written). */
export async function listForGroup(
  db: D1Database,
  campaign: string,
  group: string,
): Promise<GroupSheetRow[]> {
  const { results } = await db
    .prepare(
      `SELECT m.unit, u.name, s.revision, s.status, s.total_final, s.total_self, s.classification, s.submitted_at
         FROM group_members m
         JOIN campaign_units u ON u.campaign = m.campaign AND u.unit = m.unit
         LEFT JOIN sheets s ON s.campaign = m.campaign AND s.group_code = m.group_code AND s.unit = m.unit
        WHERE m.campaign = ?1 AND m.group_code = ?2
        ORDER BY m.position`,
    )
    .bind(campaign, group)
    .all<GroupSheetRow>();
  return results;
}
