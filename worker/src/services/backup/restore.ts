/**
 * `POST /restore` (admin): a campaign backup written into a database that lacks the campaign, in several D1
 * batches when it is large (each batch is one transaction; a whole campaign may not fit one). So that a
 * failure between batches never leaves a campaign that is half one thing and half another:
 *
 * 1. check the whole document before writing: its seal (SHA-256), that the schema here has every table and
 *    column it holds and every migration it was made with, that every row belongs to the campaign;
 * 2. if the campaign exists, every row of it already here must be a row of this document (a restore that
 *    stopped half-way: it is resumed, writing only what is missing); anything else is 409;
 * 3. write global rows missing (units; an existing one is never changed), then each table, parents first;
 * 4. read the campaign back and compare it with the document, row for row.
 *
 * A constraint a row breaks (an inconsistent document) or a failed comparison removes what was written for
 * the campaign (every row of it is then a row of the document) and answers 422; a D1 failure in between
 * answers 503 and the same POST resumes. A completed restore sent again is 409. Audited in the global log.
 */
import { Backup, type BackupRow } from '../../../../shared/contract/backup';
import type { Actor } from '../../access/actor';
import { requireBackupRight } from '../../access/backup';
import * as audit from '../../db/audit';
import * as sql from '../../db/backup';
import { CAMPAIGN_TABLES, columnsOf, migrationsOf, REFERENCED_GLOBALS } from '../../db/backup-tables';
import { conflict, invalid } from '../../errors';
import { wmsg } from '../../messages';
import { parseWith, type RawBody } from '../../validation';
import { type CampaignRows, readCampaign, rowKey, schemaOf, sealed } from './read';

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
    if (!REFERENCED_GLOBALS.some((g) => g.name === table) || !schema.present.has(table))
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

/** Step 4: the first table whose rows here differ from the document's, or null. */
function firstDifference(doc: Backup, columns: Record<string, string[]>, here: CampaignRows): string | null {
  for (const t of CAMPAIGN_TABLES) {
    const cols = columns[t.name] ?? [];
    const want = (doc.tables[t.name] ?? []).map((r) => rowKey(r, cols)).sort();
    const have = (here.tables[t.name] ?? []).map((r) => rowKey(r, cols)).sort();
    if (want.length !== have.length || want.some((k, i) => k !== have[i])) return t.name;
  }
  return null;
}

const isConstraint = (error: unknown) =>
  /constraint|SQLITE_CONSTRAINT|datatype mismatch/i.test(String(error));

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

  const statements: sql.Sized[] = [];
  for (const [table, rows] of Object.entries(doc.globals))
    statements.push(...sql.insertStatements(db, table, globalColumns[table]!, rows, true));
  for (const t of CAMPAIGN_TABLES) {
    const rows = missing[t.name] ?? [];
    if (rows.length) statements.push(...sql.insertStatements(db, t.name, columns[t.name]!, rows));
  }
  const undo = () => db.batch(sql.deleteStatements(db, present, code));
  const batches = sql.batchesOf(statements);
  for (const batch of batches) {
    try {
      await db.batch(batch.map((s) => s.statement));
    } catch (error) {
      if (!isConstraint(error)) throw error; // a D1 failure: 503, and the same POST resumes
      await undo();
      const tables = [...new Set(batch.map((s) => s.table))];
      throw problem('/tables', 'constraint', wmsg.restoreRejected(tables.join(', ')));
    }
  }
  const different = firstDifference(doc, columns, await readCampaign(db, code));
  if (different) {
    await undo();
    throw problem(`/tables/${different}`, 'mismatch', wmsg.restoreMismatch(different));
  }
  const written = Object.fromEntries(Object.entries(missing).map(([t, rows]) => [t, rows.length]));
  await db.batch([
    audit.record(db, {
      at: now,
      actor,
      action: 'campaign.restore',
      target: code,
      campaign: null,
      detail: { sha256: doc.sha256, exportedAt: doc.exportedAt, written, batches: batches.length },
    }),
  ]);
  return { campaign: code, sha256: doc.sha256, written, batches: batches.length };
}
