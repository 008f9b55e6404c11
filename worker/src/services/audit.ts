/** Reading a campaign's audit log (secretariat, admin) with the contract's filters. */
import { AuditQuery } from '../../../shared/contract/audit';
import type { Actor } from '../access/actor';
import { requireRole } from '../access/guards';
import { campaignOr404 } from '../access/scope';
import * as audit from '../db/audit';
import { invalid } from '../errors';
import { wmsg } from '../messages';
import { instantMs, isoVn } from '../time';
import { parseWith } from '../validation';

/** A bare date in `from` means the start of that day in Vietnam; in `to`, its end (as in the plan). */
const startOf = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00+07:00`).getTime() : instantMs(v);

export async function readAudit(
  db: D1Database,
  actor: Actor,
  campaign: string,
  query: Record<string, string>,
) {
  await campaignOr404(db, campaign);
  requireRole(actor, 'admin', 'secretariat');
  const q = parseWith(AuditQuery, query);
  const from = q.from ? startOf(q.from) : undefined;
  const to = q.to ? instantMs(q.to) : undefined;
  if (from !== undefined && to !== undefined && from > to)
    throw invalid([{ path: '/to', code: 'range', message: wmsg.rangeReversed }]);
  const rows = await audit.list(db, { campaign, actor: q.actor, action: q.action, from, to, limit: q.limit });
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: isoVn(r.at),
      actor: r.actor,
      role: r.role,
      action: r.action,
      target: r.target,
      revisionBefore: r.revision_before,
      revisionAfter: r.revision_after,
      detail: r.detail === null ? null : JSON.parse(r.detail),
    })),
  };
}
