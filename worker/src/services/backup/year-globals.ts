/**
 * The global rows a restore writes (step 3 of restore.ts): units, then the staff lists of the campaign's
 * year (db/backup-tables.ts YEAR_GLOBALS), in registry order whatever the document's key order. A row that
 * exists is left as it is; a staff list that exists here (its header) is kept whole: none of the document's
 * people of that unit and year are added to it, so a list is never half one and half the other.
 */
import type { BackupRow } from '../../../../shared/contract/backup';
import * as sql from '../../db/backup';
import { REFERENCED_GLOBALS, YEAR_GLOBALS } from '../../db/backup-tables';

const ORDER = [...REFERENCED_GLOBALS.map((g) => g.name), ...YEAR_GLOBALS.map((g) => g.name)];

/** Whether a table may appear in a backup's `globals`. */
export const isGlobalTable = (table: string) => ORDER.includes(table);

const listKey = (r: BackupRow) => `${String(r.year)}\u0000${String(r.unit)}`;

export async function globalInserts(
  db: D1Database,
  globals: Record<string, BackupRow[]>,
  columns: Record<string, string[]>,
): Promise<sql.Sized[]> {
  const heads = globals.staff_lists ?? [];
  const here = new Set<string>();
  if (heads.length) {
    const keys = JSON.stringify(heads.map((h) => [h.year, h.unit]));
    const { results } = await db
      .prepare(
        `SELECT year, unit FROM staff_lists
          WHERE (year, unit) IN (SELECT value ->> '$[0]', value ->> '$[1]' FROM json_each(?1))`,
      )
      .bind(keys)
      .all<BackupRow>();
    for (const r of results) here.add(listKey(r));
  }
  return Object.entries(globals)
    .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
    .flatMap(([table, rows]) => {
      const kept = YEAR_GLOBALS.some((g) => g.name === table)
        ? rows.filter((r) => !here.has(listKey(r)))
        : rows;
      return kept.length ? sql.insertStatements(db, table, columns[table]!, kept, true) : [];
    });
}
