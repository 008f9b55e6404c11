/**
 * SQL of campaign backups (docs/decisions/0030): the rows of a registered table for a campaign, in key
 * order; the referenced global rows (found through the foreign keys of the registered tables); INSERTs
 * within D1's limits (at most 100 bound parameters and a few hundred kB of values per statement); the
 * DELETEs that remove a campaign's rows (but the audit log's), children first.
 */
import type { BackupRow } from '../../../shared/contract/backup';
import {
  CAMPAIGN_TABLES,
  ident as q,
  REFERENCED_GLOBALS,
  type ScopedTable,
  scopeWhere,
  YEAR_GLOBALS,
} from './backup-tables';

/** D1: "Maximum bound parameters per query: 100". */
export const MAX_PARAMS = 100;
/** Values per multi-row INSERT, in UTF-16 units (≤ 3 bytes each): one larger row goes alone. */
export const MAX_STATEMENT_CHARS = 300_000;

/** A table's rows for the campaign, columns as listed, in key order. */
export function rowsStatement(
  db: D1Database,
  t: ScopedTable,
  columns: string[],
  campaign: string,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT ${columns.map(q).join(', ')} FROM ${q(t.name)} WHERE ${scopeWhere(t)} ORDER BY ${t.key.map(q).join(', ')}`,
    )
    .bind(campaign);
}

/** A foreign key of a registered table: its column → the referenced table and column. */
export interface ForeignKey {
  table: string;
  from: string;
  parent: string;
  to: string | null;
}

/**
 * The global rows (units) the campaign's tables refer to, in key order: every column of a registered table
 * with a foreign key to the global table.
 */
export async function referencedGlobals(
  db: D1Database,
  foreignKeys: ForeignKey[],
  campaign: string,
): Promise<Record<string, BackupRow[]>> {
  const out: Record<string, BackupRow[]> = {};
  for (const g of REFERENCED_GLOBALS) {
    const refs = foreignKeys.filter((f) => f.parent === g.name && (f.to ?? g.key) === g.key);
    if (!refs.length) continue;
    const sources = refs.map((f) => {
      const t = CAMPAIGN_TABLES.find((x) => x.name === f.table)!;
      return `SELECT ${q(f.from)} FROM ${q(t.name)} WHERE ${scopeWhere(t)}`;
    });
    const { results } = await db
      .prepare(
        `SELECT * FROM ${q(g.name)} WHERE ${q(g.key)} IN (${sources.join(' UNION ')}) ORDER BY ${q(g.key)}`,
      )
      .bind(campaign)
      .all<BackupRow>();
    out[g.name] = results;
  }
  const years = await db.batch<BackupRow>(
    YEAR_GLOBALS.map((g) =>
      db
        .prepare(
          `SELECT * FROM ${q(g.name)} WHERE year = (SELECT year FROM campaigns WHERE code = ?1)
              AND unit IN (SELECT unit FROM campaign_units WHERE campaign = ?1) ORDER BY ${g.key.map(q).join(', ')}`,
        )
        .bind(campaign),
    ),
  );
  YEAR_GLOBALS.forEach((g, i) => {
    out[g.name] = years[i]!.results;
  });
  return out;
}

/**
 * INSERTs of rows (every row with `columns`), as many rows per statement as 100 parameters and
 * MAX_STATEMENT_CHARS allow. `keepExisting`: a row whose key exists is left as it is (global rows).
 */
export function insertStatements(
  db: D1Database,
  table: string,
  columns: string[],
  rows: BackupRow[],
  keepExisting = false,
): Sized[] {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const statements: Sized[] = [];
  let group: BackupRow[] = [];
  let chars = 0;
  const flush = () => {
    if (!group.length) return;
    const tuple = (i: number) => `(${columns.map((_, j) => `?${i * columns.length + j + 1}`).join(', ')})`;
    const sql = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${group.map((_, i) => tuple(i)).join(', ')}${keepExisting ? ' ON CONFLICT DO NOTHING' : ''}`;
    const values = group.flatMap((r) => columns.map((c) => r[c] ?? null));
    statements.push({ statement: db.prepare(sql).bind(...values), chars, table });
    group = [];
    chars = 0;
  };
  for (const row of rows) {
    const size = columns.reduce((n, c) => n + String(row[c] ?? '').length, 0);
    if (group.length >= perStatement || (group.length && chars + size > MAX_STATEMENT_CHARS)) flush();
    group.push(row);
    chars += size;
  }
  flush();
  return statements;
}

/**
 * DELETEs of every row of the campaign in the registered tables present, children first, but the append-only
 * ones (the audit log: a restore writes its rows only once every other row is in place and verified).
 */
export function deleteStatements(
  db: D1Database,
  present: Set<string>,
  campaign: string,
): D1PreparedStatement[] {
  return [...CAMPAIGN_TABLES]
    .reverse()
    .filter((t) => present.has(t.name) && !t.appendOnly)
    .map((t) => db.prepare(`DELETE FROM ${q(t.name)} WHERE ${scopeWhere(t)}`).bind(campaign));
}

/** A statement, the size of its values (UTF-16 units) and the table it writes. */
export interface Sized {
  statement: D1PreparedStatement;
  chars: number;
  table: string;
}

export const BATCH_STATEMENTS = 50;
export const BATCH_CHARS = 2_000_000;

/** Statements into D1 batches (each one transaction): at most BATCH_STATEMENTS and BATCH_CHARS each. */
export function batchesOf(statements: Sized[]): Sized[][] {
  const out: Sized[][] = [];
  let batch: Sized[] = [];
  let chars = 0;
  for (const s of statements) {
    if (batch.length && (batch.length >= BATCH_STATEMENTS || chars + s.chars > BATCH_CHARS)) {
      out.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(s);
    chars += s.chars;
  }
  if (batch.length) out.push(batch);
  return out;
}
