/**
 * `POST /restore` (admin): a campaign backup written into a database that lacks the campaign, in several D1
 * batches when it is large (each batch is one transaction; a whole campaign may not fit one). So that a
 * failure between batches never leaves a campaign that is half one thing and half another:
 *
 * 1. check the whole document before writing: its seal (SHA-256), that the schema here has every table and
 *    column it holds and every migration it was made with, that every row belongs to the campaign, and that
 *    every audit row can be inserted and reads back the same (audit-rows.ts);
 * 2. if the campaign exists, every row of it already here must be a row of this document (a restore that
 *    stopped half-way: it is resumed, writing only what is missing); anything else is 409;
 * 3. write global rows missing (units; an existing one is never changed), then each table but the audit log,
 *    parents first, and read them back: the same rows as the document, else all of them are removed;
 * 4. only then the audit log's rows (append-only: no failure may need one taken back), and read back.
 *
 * A constraint a row breaks (an inconsistent document) or a failed comparison in 3 removes what was written
 * for the campaign (every row of it is then a row of the document) and answers 422; a D1 failure anywhere
 * answers 503 and the same POST resumes (audit rows already in are rows of the document, so present). A
 * completed restore sent again is 409. Audited in the global log.
 */
import { Backup, type BackupRow } from '../../../../shared/contract/backup';
import type { Actor } from '../../access/actor';
import { requireBackupRight } from '../../access/backup';
import * as audit from '../../db/audit';
import * as sql from '../../db/backup';
import { CAMPAIGN_TABLES, columnsOf, migrationsOf, type ScopedTable } from '../../db/backup-tables';
import { conflict, invalid } from '../../errors';
import { wmsg } from '../../messages';
import { parseWith, type RawBody } from '../../validation';
import { checkAuditRows } from './audit-rows';
import { type CampaignRows, readCampaign, rowKey, schemaOf, sealed } from './read';
import { globalInserts, isGlobalTable } from './year-globals';

const problem = (path: string, code: string, message: string) => invalid([{ path, code, message }]);

/** The columns of a table's rows in the document: the same for every row (else 422). */
function columnsOfRows(table: string, rows: BackupRow[], at: string): string[] {
  const first = Object.keys(rows[0] ?? {});
  const same = (r: BackupRow) => Object.keys(r).length === first.length && first.every((c) => c in r);
  if (!rows.every(same)) throw problem(at, 'columns', wmsg.restoreColumns(table));
  return first;
}

/** Step 1: the document fits this database and is all of one campaign; the columns of each table. */
async function check(db: D1Database, doc: Backup) {
  if ((await sealed(doc)) !== doc.sha256) throw problem('/sha256', 'digest', wmsg.restoreDigest);
  const applied = await migrationsOf(db);
  const newer = applied.length ? doc.migrations.find((m) => !applied.includes(m)) : undefined;
  if (newer) throw problem('/migrations', 'schema', wmsg.restoreNewerSchema(newer));
  const schema = await schemaOf(db);
  const columns: Record<string, string[]> = {};
  const fits = (group: 'tables' | 'globals', table: string, rows: BackupRow[], known: string[]) => {
    const at = `/${group}/${table}`;
    const cols = columnsOfRows(table, rows, at);
    const unknown = cols.find((c) => !known.includes(c));
    if (unknown) throw problem(at, 'column', wmsg.restoreUnknownColumn(table, unknown));
    return cols;
  };
  for (const [table, rows] of Object.entries(doc.tables)) {
    const known = schema.columns[table];
    if (!known) throw problem(`/tables/${table}`, 'table', wmsg.restoreUnknownTable(table));
    columns[table] = fits('tables', table, rows, known);
  }
  const globalColumns: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(doc.globals)) {
    if (!isGlobalTable(table) || !schema.present.has(table))
      throw problem(`/globals/${table}`, 'table', wmsg.restoreUnknownTable(table));
    const known = await columnsOf(db, table);
    globalColumns[table] = fits('globals', table, rows, known);
  }
  // Every row belongs to the campaign: by its campaign column, or by its parent's key in the document.
  for (const t of CAMPAIGN_TABLES) {
    const rows = doc.tables[t.name] ?? [];
    const s = t.scope;
    const owners =
      'parent' in s
        ? new Set((doc.tables[s.parent] ?? []).map((r) => r[s.parentKey]))
        : new Set([doc.campaign]);
    if (rows.some((r) => !owners.has(r[s.column] ?? null)))
      throw problem(`/tables/${t.name}`, 'campaign', wmsg.restoreForeignRow(t.name, doc.campaign));
  }
  return { columns, globalColumns, present: schema.present };
}

/** Rows of the document missing here, by table; null when a row here is not the document's (409). */
function missingRows(doc: Backup, columns: Record<string, string[]>, here: CampaignRows) {
  const missing: Record<string, BackupRow[]> = {};
  let extra = false;
  for (const [table, rows] of Object.entries(doc.tables)) {
    const cols = columns[table]!;
    const wanted = new Set(rows.map((r) => rowKey(r, cols)));
    const have = new Set((here.tables[table] ?? []).map((r) => rowKey(r, cols)));
    if ([...have].some((k) => !wanted.has(k))) extra = true;
    missing[table] = rows.filter((r) => !have.has(rowKey(r, cols)));
  }
  for (const [table, rows] of Object.entries(here.tables))
    if (!(table in doc.tables) && rows.length) extra = true;
  return extra ? null : missing;
}

/** Steps 3 and 4: the first of `tables` whose rows here differ from the document's, or null. */
function firstDifference(
  doc: Backup,
  columns: Record<string, string[]>,
  here: CampaignRows,
  tables: readonly ScopedTable[],
): string | null {
  for (const t of tables) {
    const cols = columns[t.name] ?? [];
    const want = (doc.tables[t.name] ?? []).map((r) => rowKey(r, cols)).sort();
    const have = (here.tables[t.name] ?? []).map((r) => rowKey(r, cols)).sort();
    if (want.length !== have.length || want.some((k, i) => k !== have[i])) return t.name;
  }
  return null;
}

const isConstraint = (error: unknown) =>
  /constraint|SQLITE_CONSTRAINT|datatype mismatch/i.test(String(error));

/** Parents first; the append-only tables (the audit log) last, once the others are in place and verified. */
const FIRST = CAMPAIGN_TABLES.filter((t) => !t.appendOnly);
const LAST = CAMPAIGN_TABLES.filter((t) => t.appendOnly);

export async function restoreCampaign(db: D1Database, actor: Actor, readBody: RawBody, now: number) {
  requireBackupRight(actor);
  const doc = parseWith(Backup, await readBody());
  const { columns, globalColumns, present } = await check(db, doc);
  const code = doc.campaign;
  const here = await readCampaign(db, code);
  const missing = missingRows(doc, columns, here);
  const started = Object.values(here.tables).some((rows) => rows.length);
  if (!missing || (started && Object.values(missing).every((rows) => !rows.length)))
    throw conflict(wmsg.restoreExists(code));
  await checkAuditRows(db, doc);

  const inserts = (tables: readonly ScopedTable[]) =>
    tables.flatMap((t) => {
      const rows = missing[t.name] ?? [];
      return rows.length ? sql.insertStatements(db, t.name, columns[t.name]!, rows) : [];
    });
  const globals = await globalInserts(db, doc.globals, globalColumns);
  const first = sql.batchesOf([...globals, ...inserts(FIRST)]);
  const last = sql.batchesOf(inserts(LAST));
  // Removes the campaign's rows but its audit log's (none of this restore's yet when it is called).
  const undo = () => db.batch(sql.deleteStatements(db, present, code));
  for (const batch of first) {
    try {
      await db.batch(batch.map((s) => s.statement));
    } catch (error) {
      if (!isConstraint(error)) throw error; // a D1 failure: 503, and the same POST resumes
      await undo();
      const tables = [...new Set(batch.map((s) => s.table))];
      throw problem('/tables', 'constraint', wmsg.restoreRejected(tables.join(', ')));
    }
  }
  const different = firstDifference(doc, columns, await readCampaign(db, code), FIRST);
  if (different) {
    await undo();
    throw problem(`/tables/${different}`, 'mismatch', wmsg.restoreMismatch(different));
  }
  // Checked in step 1, so neither refusal below is expected; an audit row in cannot be taken back, so only
  // while none is (the first batch, none here before) is the rest removed.
  const auditHere = LAST.some((t) => (here.tables[t.name] ?? []).length);
  for (const [i, batch] of last.entries()) {
    try {
      await db.batch(batch.map((s) => s.statement));
    } catch (error) {
      if (!isConstraint(error)) throw error;
      if (i > 0 || auditHere)
        throw problem('/tables', 'constraint', wmsg.restoreAuditRejected(batch[0]!.table));
      await undo();
      throw problem('/tables', 'constraint', wmsg.restoreRejected(batch[0]!.table));
    }
  }
  const auditDifferent = firstDifference(doc, columns, await readCampaign(db, code), LAST);
  if (auditDifferent)
    throw problem(`/tables/${auditDifferent}`, 'mismatch', wmsg.restoreAuditRejected(auditDifferent));
  const batches = first.length + last.length;
  const written = Object.fromEntries(Object.entries(missing).map(([t, rows]) => [t, rows.length]));
  await db.batch([
    audit.record(db, {
      at: now,
      actor,
      action: 'campaign.restore',
      target: code,
      campaign: null,
      detail: { sha256: doc.sha256, exportedAt: doc.exportedAt, written, batches },
    }),
  ]);
  return { campaign: code, sha256: doc.sha256, written, batches };
}
