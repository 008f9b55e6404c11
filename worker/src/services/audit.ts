/** Reading a campaign's audit log (secretariat, admin) with the contract's filters. */
import { AuditQuery } from '../../../shared/contract/audit';
import { instantMs, isoVn, startInstantMs } from '../../../shared/time';
import type { Actor } from '../access/actor';
import { requireRole } from '../access/guards';
import { campaignOr404 } from '../access/scope';
import * as audit from '../db/audit';
import { invalid } from '../errors';
import { wmsg } from '../messages';
import { parseWith } from '../validation';

export async function readAudit(
  db: D1Database,
  actor: Actor,
  campaign: string,
  query: Record<string, string>,
) {
  await campaignOr404(db, campaign);
  requireRole(actor, 'admin', 'secretariat');
  const q = parseWith(AuditQuery, query);
  // A bare date in `from` means the start of that day in Vietnam; in `to`, its end (as in the plan).
  const from = q.from ? startInstantMs(q.from) : undefined;
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
