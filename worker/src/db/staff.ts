/**
 * Repository of staff lists (migration 0007): a header per unit and year, a row per person in list order.
 * A PUT's statements replace the whole list; the caller appends its audit row and runs them as one batch.
 */
import type { StaffMember } from '../../../shared/contract/staff';
import { foldId } from '../../../shared/quotas/identity';
import { jsonChunks } from './json-chunks';

export interface StaffHeader {
  year: number;
  unit: string;
  people: number;
  updated_at: number;
  updated_by: string;
}

export interface StaffRow {
  year: number;
  unit: string;
  data: string;
}

/** The statements that replace the list of `unit` in `year` by `staff` (one batch with the audit row). */
export function replaceStatements(
  db: D1Database,
  w: { year: number; unit: string; staff: readonly StaffMember[]; at: number; by: string },
): D1PreparedStatement[] {
  const rows = w.staff.map((p) => [foldId(p.staffId) ?? p.staffId, p]);
  return [
    db.prepare('DELETE FROM staff WHERE year = ?1 AND unit = ?2').bind(w.year, w.unit),
    db
      .prepare(
        `INSERT INTO staff_lists (year, unit, people, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (year, unit) DO UPDATE
           SET people = excluded.people, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .bind(w.year, w.unit, w.staff.length, w.at, w.by),
    ...jsonChunks(rows).map((c) =>
      db
        .prepare(
          `INSERT INTO staff (year, unit, idx, staff_id, staff_key, name, data)
           SELECT ?1, ?2, ?3 + j.key, j.value ->> '$[1].staffId', j.value ->> '$[0]', j.value ->> '$[1].name',
                  j.value -> '$[1]'
             FROM json_each(?4) j`,
        )
        .bind(w.year, w.unit, c.offset, c.json),
    ),
    // The guard: the list as stored is the list as sent, every row of it (else the whole batch fails).
    db
      .prepare(
        `INSERT INTO write_guards (guard)
         SELECT NULL WHERE (SELECT count(*) FROM staff WHERE year = ?1 AND unit = ?2) IS NOT ?3`,
      )
      .bind(w.year, w.unit, w.staff.length),
  ];
}

/** The header and the people of one list, in list order: one batch. */
export async function readList(db: D1Database, year: number, unit: string) {
  const [head, rows] = await db.batch([
    db.prepare('SELECT * FROM staff_lists WHERE year = ?1 AND unit = ?2').bind(year, unit),
    db.prepare('SELECT data FROM staff WHERE year = ?1 AND unit = ?2 ORDER BY idx').bind(year, unit),
  ]);
  return {
    header: (head!.results[0] as StaffHeader | undefined) ?? null,
    staff: (rows!.results as { data: string }[]).map((r) => JSON.parse(r.data) as StaffMember),
  };
}

const CAMPAIGN_UNITS = 'SELECT unit FROM campaign_units WHERE campaign = ?1';
const CAMPAIGN_YEAR = '(SELECT year FROM campaigns WHERE code = ?1)';

/**
 * The headers and people of the campaign's units, for its year only (`earlier` false) or for its year and
 * every earlier one; `unit` narrows to one unit. Two statements for a caller's batch.
 */
export function campaignStaffStatements(
  db: D1Database,
  campaign: string,
  opts: { earlier: boolean; unit?: string },
): [D1PreparedStatement, D1PreparedStatement] {
  const years = opts.earlier ? `<= ${CAMPAIGN_YEAR}` : `= ${CAMPAIGN_YEAR}`;
  const units = opts.unit ? `= ?2 AND unit IN (${CAMPAIGN_UNITS})` : `IN (${CAMPAIGN_UNITS})`;
  const where = `WHERE year ${years} AND unit ${units}`;
  const bind = opts.unit ? [campaign, opts.unit] : [campaign];
  return [
    db.prepare(`SELECT * FROM staff_lists ${where} ORDER BY year, unit`).bind(...bind),
    db.prepare(`SELECT year, unit, data FROM staff ${where} ORDER BY year, unit, idx`).bind(...bind),
  ];
}

/** Lists from the rows of `campaignStaffStatements`, one per header, people in order. */
export function listsOf(headers: readonly StaffHeader[], rows: readonly StaffRow[]) {
  const people = new Map<string, StaffMember[]>();
  for (const r of rows) {
    const key = `${r.year}\u0000${r.unit}`;
    const list = people.get(key) ?? [];
    list.push(JSON.parse(r.data) as StaffMember);
    people.set(key, list);
  }
  return headers.map((h) => ({ header: h, staff: people.get(`${h.year}\u0000${h.unit}`) ?? [] }));
}

/**
 * For people named by unit and folded staff id in `year`: which of their units have a list (of at least one
 * person), and the listed people found. One batch of two statements.
 */
export async function peopleByIds(db: D1Database, year: number, ids: readonly [string, string][]) {
  const units = JSON.stringify([...new Set(ids.map(([u]) => u))]);
  const [lists, people] = await db.batch([
    db
      .prepare(
        'SELECT unit FROM staff_lists WHERE year = ?1 AND people > 0 AND unit IN (SELECT value FROM json_each(?2))',
      )
      .bind(year, units),
    db
      .prepare(
        `SELECT unit, staff_key, data FROM staff
          WHERE year = ?1 AND (unit, staff_key) IN (SELECT value ->> '$[0]', value ->> '$[1]' FROM json_each(?2))`,
      )
      .bind(year, JSON.stringify(ids)),
  ]);
  return {
    listed: new Set((lists!.results as { unit: string }[]).map((r) => r.unit)),
    people: new Map(
      (people!.results as { unit: string; staff_key: string; data: string }[]).map((r) => [
        `${r.unit}\u0000${r.staff_key}`,
        JSON.parse(r.data) as StaffMember,
      ]),
    ),
  };
}
