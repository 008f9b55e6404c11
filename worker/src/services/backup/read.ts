/**
 * Reading a campaign as a backup holds it: every registered table present in the schema, with the columns
 * the schema has now, rows in key order; the global rows it refers to; the digest that seals the document.
 */
import canonicalize from 'canonicalize';
import type { BackupRow } from '../../../../shared/contract/backup';
import { sha256Hex } from '../../../../shared/sha256';
import * as sql from '../../db/backup';
import { CAMPAIGN_TABLES, foreignKeyList, tableInfo, tablesOf } from '../../db/backup-tables';

export interface CampaignRows {
  present: Set<string>;
  /** Columns of each registered table present, in schema order. */
  columns: Record<string, string[]>;
  tables: Record<string, BackupRow[]>;
  globals: Record<string, BackupRow[]>;
}

/** The registered tables present and their columns (one batch of `pragma_table_info`). */
export async function schemaOf(db: D1Database) {
  const present = new Set(await tablesOf(db));
  const registered = CAMPAIGN_TABLES.filter((t) => present.has(t.name));
  const [cols, fks] = await Promise.all([
    db.batch<{ name: string }>(registered.map((t) => tableInfo(db, t.name))),
    db.batch<{ from: string; table: string; to: string | null }>(
      registered.map((t) => foreignKeyList(db, t.name)),
    ),
  ]);
  const columns = Object.fromEntries(registered.map((t, i) => [t.name, cols[i]!.results.map((r) => r.name)]));
  const foreignKeys: sql.ForeignKey[] = registered.flatMap((t, i) =>
    fks[i]!.results.map((f) => ({ table: t.name, from: f.from, parent: f.table, to: f.to })),
  );
  return { present, registered, columns, foreignKeys };
}

/** Every row of the campaign in the registered tables, and the global rows they refer to. */
export async function readCampaign(db: D1Database, campaign: string): Promise<CampaignRows> {
  const { present, registered, columns, foreignKeys } = await schemaOf(db);
  const results = await db.batch<BackupRow>(
    registered.map((t) => sql.rowsStatement(db, t, columns[t.name]!, campaign)),
  );
  const tables = Object.fromEntries(registered.map((t, i) => [t.name, results[i]!.results]));
  const globals = await sql.referencedGlobals(db, foreignKeys, campaign);
  return { present, columns, tables, globals };
}

/** What `sha256` covers: everything but the format, the version, the time and the digest itself. */
export function sealed(doc: {
  campaign: string;
  migrations: string[];
  globals: Record<string, BackupRow[]>;
  tables: Record<string, BackupRow[]>;
}): Promise<string> {
  const { campaign, migrations, globals, tables } = doc;
  return sha256Hex(canonicalize({ campaign, migrations, globals, tables }) ?? '');
}

/** A row as comparable text: canonical JSON of the listed columns. */
export const rowKey = (row: BackupRow, columns: string[]) =>
  canonicalize(Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))) ?? '';
