/**
 * Repository of the audit log. A write adds its audit row in the SAME batch as the change:
 *
 *   await db.batch([changeStatement, audit.record(db, entry, { afterChange: true })]);
 *
 * With `afterChange` the row is inserted only when the statement just before it changed exactly one row
 * (`changes() = 1`), so a write refused by its SQL guard (a stale revision) leaves no audit row either.
 */

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
  const values = `?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10`;
  const sql = opts.afterChange
    ? `INSERT INTO audit_log (at, actor, role, token_id, action, target, campaign, revision_before, revision_after, detail)
       SELECT ${values} WHERE changes() = 1`
    : `INSERT INTO audit_log (at, actor, role, token_id, action, target, campaign, revision_before, revision_after, detail)
       VALUES (${values})`;
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
    );
}

export interface AuditRow {
  id: number;
  at: number;
  actor: string;
  role: Role;
  token_id: string;
  action: string;
  target: string;
  campaign: string | null;
  revision_before: number | null;
  revision_after: number | null;
  detail: string | null;
}

export interface AuditFilter {
  campaign: string;
  actor?: string;
  action?: string;
  from?: number;
  to?: number;
  limit: number;
}

/** A campaign's audit rows, oldest first, filtered; `to` is inclusive. */
export async function list(db: D1Database, f: AuditFilter): Promise<AuditRow[]> {
  const { results } = await db
    .prepare(
      `SELECT id, at, actor, role, token_id, action, target, campaign, revision_before, revision_after, detail
         FROM audit_log
        WHERE campaign = ?1
          AND (?2 IS NULL OR actor = ?2)
          AND (?3 IS NULL OR action = ?3 OR action LIKE ?3 || '.%')
          AND (?4 IS NULL OR at >= ?4)
          AND (?5 IS NULL OR at <= ?5)
        ORDER BY at, id
        LIMIT ?6`,
    )
    .bind(f.campaign, f.actor ?? null, f.action ?? null, f.from ?? null, f.to ?? null, f.limit)
    .all<AuditRow>();
  return results;
}
