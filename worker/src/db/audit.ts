/**
 * Repository of the audit log. A write adds its audit row in the SAME batch as the change:
 *
 *   await db.batch([changeStatement, audit.record(db, entry, { afterChange: true })]);
 *
 * With `afterChange` the row is inserted only when the statement just before it changed exactly one row
 * (`changes() = 1`), so a write refused by its SQL guard (a stale revision) leaves no audit row either.
 * The row joins its chain (the campaign's, or the global one) at the next `seq`, computed in the same
 * statement: a batch is one transaction, so two writers never take one seq, and UNIQUE (chain, seq) would
 * refuse it if they did. Its hash is set afterwards by the sealer (services/audit-chain.ts; decision 0028).
 */

import { type ChainRow, GLOBAL_CHAIN } from '../../../shared/audit-chain';
import type { Role } from '../../../shared/contract/enums';
import type { Actor } from '../access/actor';

export interface AuditEntry {
  at: number;
  actor: Actor;
  /** Dotted verb: `token.create`, `plan.create`, `sheet.submit`, `vote.record`, … */
  action: string;
  /** What was written: `KHOI-BV/BV-BR`, a token id, a nomination id, … */
  target: string;
  campaign: string | null;
  revisionBefore?: number | null;
  revisionAfter?: number | null;
  detail?: unknown;
}

export function record(
  db: D1Database,
  e: AuditEntry,
  opts: { afterChange?: boolean } = {},
): D1PreparedStatement {
  const sql = `INSERT INTO audit_log
      (chain, seq, at, actor, role, token_id, action, target, campaign, revision_before, revision_after, detail)
    SELECT ?11, COALESCE((SELECT MAX(seq) FROM audit_log WHERE chain = ?11), 0) + 1,
           ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10
    ${opts.afterChange ? 'WHERE changes() = 1' : ''}`;
  return db
    .prepare(sql)
    .bind(
      e.at,
      e.actor.label,
      e.actor.role,
      e.actor.tokenId,
      e.action,
      e.target,
      e.campaign,
      e.revisionBefore ?? null,
      e.revisionAfter ?? null,
      e.detail === undefined ? null : JSON.stringify(e.detail),
      e.campaign ?? GLOBAL_CHAIN,
    );
}

export interface AuditRow extends ChainRow {
  role: Role;
}

export interface AuditFilter {
  /** A campaign's code, or GLOBAL_CHAIN for the events outside any campaign. */
  chain: string;
  actor?: string;
  action?: string;
  from?: number;
  to?: number;
  limit: number;
}

const COLUMNS = `id, chain, seq, at, actor, role, token_id, action, target, campaign, revision_before,
  revision_after, detail, hash`;

/** A chain's audit rows, oldest first, filtered; `to` is inclusive. */
export async function list(db: D1Database, f: AuditFilter): Promise<AuditRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ${COLUMNS}
         FROM audit_log
        WHERE chain = ?1
          AND (?2 IS NULL OR actor = ?2)
          AND (?3 IS NULL OR action = ?3 OR action LIKE ?3 || '.%')
          AND (?4 IS NULL OR at >= ?4)
          AND (?5 IS NULL OR at <= ?5)
        ORDER BY seq
        LIMIT ?6`,
    )
    .bind(f.chain, f.actor ?? null, f.action ?? null, f.from ?? null, f.to ?? null, f.limit)
    .all<AuditRow>();
  return results;
}

/** A chain's rows in seq order, `size` at a time (verification reads a long chain without holding it all). */
export async function* pages(db: D1Database, chain: string, size = 1000): AsyncGenerator<ChainRow> {
  for (let after = 0; ; ) {
    const { results } = await db
      .prepare(`SELECT ${COLUMNS} FROM audit_log WHERE chain = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3`)
      .bind(chain, after, size)
      .all<ChainRow>();
    yield* results;
    if (results.length < size) return;
    after = results[results.length - 1]!.seq;
  }
}

/** The chains that have rows not sealed yet. */
export async function unsealedChains(db: D1Database): Promise<string[]> {
  const { results } = await db
    .prepare('SELECT DISTINCT chain FROM audit_log WHERE hash IS NULL')
    .all<{ chain: string }>();
  return results.map((r) => r.chain);
}

/** A chain's last sealed row (seq, hash), and up to `size` unsealed rows after it, in seq order. */
export async function toSeal(db: D1Database, chain: string, size: number) {
  const [last, rows] = await db.batch([
    db
      .prepare(
        'SELECT seq, hash FROM audit_log WHERE chain = ?1 AND hash IS NOT NULL ORDER BY seq DESC LIMIT 1',
      )
      .bind(chain),
    db
      .prepare(
        `SELECT ${COLUMNS} FROM audit_log
          WHERE chain = ?1 AND hash IS NULL
            AND seq > COALESCE((SELECT MAX(seq) FROM audit_log WHERE chain = ?1 AND hash IS NOT NULL), 0)
          ORDER BY seq LIMIT ?2`,
      )
      .bind(chain, size),
  ]);
  return {
    last: (last!.results[0] as { seq: number; hash: string } | undefined) ?? null,
    rows: rows!.results as ChainRow[],
  };
}

/** Sets a row's hash once: a concurrent sealer that got there first computed the same value. */
export const seal = (db: D1Database, chain: string, seq: number, hash: string) =>
  db
    .prepare('UPDATE audit_log SET hash = ?3 WHERE chain = ?1 AND seq = ?2 AND hash IS NULL')
    .bind(chain, seq, hash);

/** A chain's last row (seq, hash), or null for an empty chain. */
export async function head(db: D1Database, chain: string) {
  return db
    .prepare('SELECT seq, hash FROM audit_log WHERE chain = ?1 ORDER BY seq DESC LIMIT 1')
    .bind(chain)
    .first<{ seq: number; hash: string | null }>();
}
