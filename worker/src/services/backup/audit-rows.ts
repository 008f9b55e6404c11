/**
 * The audit rows of a backup, checked before a restore writes anything (docs/decisions/0030). The log is
 * append-only (triggers of 0005_audit_chain.sql refuse DELETE and UPDATE), so once an audit row is in, no
 * failure can take it back: every refusal its INSERT could meet, and every value SQLite would store as
 * something else (so the read-back comparison would fail), must be found here, while refusing still leaves
 * the database as it was. What the triggers ask (chain and seq), the keys (id; chain and seq), the declared
 * types and NOT NULLs (`PRAGMA table_info`), the `json_valid` checks of the table's SQL, and ids already
 * taken by another chain's rows here.
 */
import type { Backup, BackupRow } from '../../../../shared/contract/backup';
import { tableInfo } from '../../db/backup-tables';
import { conflict, invalid } from '../../errors';
import { wmsg } from '../../messages';

export const AUDIT_TABLE = 'audit_log';

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

/** SQLite's affinity of a declared type (sqlite.org/datatype3.html, 3.1), as far as these checks need it. */
function affinity(type: string): 'integer' | 'text' | 'real' | 'other' {
  const t = type.toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'text';
  if (/REAL|FLOA|DOUB/.test(t)) return 'real';
  return 'other';
}

/** A lone surrogate: D1 would store U+FFFD instead (in `u` mode a pair is one code point, not matched). */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why this value would be refused or read back differently; null when it is stored as it is. */
function valueProblem(c: ColumnInfo, v: BackupRow[string] | undefined, json: boolean): string | null {
  if (v === undefined) return c.notnull && c.dflt_value === null && !c.pk ? 'missing' : null;
  if (v === null) return c.notnull || c.pk ? 'null' : null;
  const a = affinity(c.type);
  if (typeof v === 'string') {
    if (LONE_SURROGATE.test(v)) return 'surrogate';
    if (a !== 'text' && a !== 'other') return 'type';
    if (json) {
      try {
        JSON.parse(v);
      } catch {
        return 'json';
      }
    }
    return null;
  }
  if (a === 'text' || (a === 'integer' && !Number.isSafeInteger(v))) return 'type';
  return null;
}

const refuse = (path: string, code: string, message: string) => invalid([{ path, code, message }]);

/** Step 1 (no write yet): every audit row of the document can be inserted, and reads back the same. */
export async function checkAuditRows(db: D1Database, doc: Backup): Promise<void> {
  const rows = doc.tables[AUDIT_TABLE] ?? [];
  if (!rows.length) return;
  const [info, schema] = await db.batch([
    tableInfo(db, AUDIT_TABLE),
    db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1").bind(AUDIT_TABLE),
  ]);
  const columns = info!.results as unknown as ColumnInfo[];
  const createSql = String((schema!.results[0] as { sql?: string } | undefined)?.sql ?? '');
  const jsonColumns = new Set([...createSql.matchAll(/json_valid\(\s*"?(\w+)"?\s*\)/g)].map((m) => m[1]!));
  const ids = new Set<unknown>();
  const seqs = new Set<unknown>();
  rows.forEach((row, i) => {
    const at = `/tables/${AUDIT_TABLE}/${i}`;
    for (const c of columns) {
      const why = valueProblem(c, row[c.name], jsonColumns.has(c.name));
      if (why) throw refuse(`${at}/${c.name}`, why, wmsg.restoreAuditValue(i, c.name));
    }
    // The trigger audit_log_chained: a row of the campaign's chain, with its seq; UNIQUE (chain, seq).
    const seq = row.seq;
    if (row.chain !== doc.campaign || typeof seq !== 'number' || seq < 1 || seqs.has(seq))
      throw refuse(`${at}/seq`, 'chain', wmsg.restoreAuditValue(i, 'seq'));
    if (ids.has(row.id)) throw refuse(`${at}/id`, 'key', wmsg.restoreAuditValue(i, 'id'));
    seqs.add(seq);
    ids.add(row.id);
  });
  // An id another chain holds here: the database is not the empty one a restore is for.
  const taken = await db
    .prepare(
      `SELECT id FROM ${AUDIT_TABLE} WHERE chain IS NOT ?1 AND id IN (SELECT value FROM json_each(?2)) LIMIT 1`,
    )
    .bind(doc.campaign, JSON.stringify([...ids]))
    .first<{ id: number }>();
  if (taken) throw conflict(wmsg.restoreAuditIdTaken(taken.id));
}
