/**
 * The audit view's logic, apart from the DOM: the filters checked and turned into the query of
 * `GET …/audit?actor&action&from&to&limit` (dates as the date inputs give them, YYYY-MM-DD; `to` inclusive on
 * the server), and each entry as one row of text.
 */
import type { AuditList } from '../api/unit-reads';
import { auditText as T } from '../messages/audit';

export interface AuditFilters {
  actor: string;
  action: string;
  from: string;
  to: string;
  limit: string;
}

export type AuditQueryResult = { ok: true; query: string; limit: number } | { ok: false; error: string };

export const DEFAULT_LIMIT = 200;

export function auditQuery(f: AuditFilters): AuditQueryResult {
  const limitText = f.limit.trim();
  const limit = limitText === '' ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 5000) return { ok: false, error: T.badLimit };
  if (f.from && f.to && f.from > f.to) return { ok: false, error: T.badRange };
  const q = new URLSearchParams();
  for (const key of ['actor', 'action', 'from', 'to'] as const) {
    const v = f[key].trim();
    if (v) q.set(key, v);
  }
  q.set('limit', String(limit));
  return { ok: true, query: q.toString(), limit };
}

/** One row per entry: when, who, role, action, target, revisions. */
export function auditRows(list: AuditList, when: (iso: string) => string): string[][] {
  return list.items.map((e) => [
    when(e.at),
    e.actor,
    T.role[e.role] ?? e.role,
    e.action,
    e.target,
    T.revisions(e.revisionBefore, e.revisionAfter),
  ]);
}
