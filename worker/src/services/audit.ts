/**
 * Reading the audit log with the contract's filters: a campaign's chain (secretariat, admin), the global
 * chain (admin: token issue and revoke, units), and verifying either chain (decision 0028).
 */
import { type ChainVerification, GLOBAL_CHAIN } from '../../../shared/audit-chain';
import { AuditQuery } from '../../../shared/contract/audit';
import { msg } from '../../../shared/messages';
import { instantMs, isoVn, startInstantMs } from '../../../shared/time';
import { type Actor, BOOTSTRAP_ADMIN } from '../access/actor';
import { requireRole } from '../access/guards';
import { campaignOr404 } from '../access/scope';
import * as audit from '../db/audit';
import { invalid } from '../errors';
import { wmsg } from '../messages';
import { parseWith } from '../validation';
import { sealChain, verifyStored } from './audit-chain';

/** GET /campaigns/{campaign}/audit. */
export async function readAudit(
  db: D1Database,
  actor: Actor,
  campaign: string,
  query: Record<string, string>,
) {
  await campaignOr404(db, campaign);
  requireRole(actor, 'admin', 'secretariat');
  return listChain(db, campaign, query);
}

/** GET /audit: the global chain, for the admin only. */
export async function readGlobalAudit(db: D1Database, actor: Actor, query: Record<string, string>) {
  requireRole(actor, 'admin');
  return listChain(db, GLOBAL_CHAIN, query);
}

async function listChain(db: D1Database, chain: string, query: Record<string, string>) {
  const q = parseWith(AuditQuery, query);
  // A bare date in `from` means the start of that day in Vietnam; in `to`, its end (as in the plan).
  const from = q.from ? startInstantMs(q.from) : undefined;
  const to = q.to ? instantMs(q.to) : undefined;
  if (from !== undefined && to !== undefined && from > to)
    throw invalid([{ path: '/to', code: 'range', message: wmsg.rangeReversed }]);
  await sealChain(db, chain);
  const rows = await audit.list(db, { chain, actor: q.actor, action: q.action, from, to, limit: q.limit });
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
      tokenId: r.token_id === BOOTSTRAP_ADMIN.tokenId ? null : r.token_id,
      seq: r.seq,
      hash: r.hash,
    })),
  };
}

/** GET /campaigns/{campaign}/audit/verify. */
export async function verifyCampaignAudit(db: D1Database, actor: Actor, campaign: string) {
  await campaignOr404(db, campaign);
  requireRole(actor, 'admin', 'secretariat');
  return verificationView(await verifyStored(db, campaign));
}

/** GET /audit/verify: the global chain, for the admin only. */
export async function verifyGlobalAudit(db: D1Database, actor: Actor) {
  requireRole(actor, 'admin');
  return verificationView(await verifyStored(db, GLOBAL_CHAIN));
}

/** The contract's view of a verification, with the sentence a person reads. */
export function verificationView(v: ChainVerification) {
  const b = v.firstBroken;
  return {
    ok: v.ok,
    entries: v.entries,
    head: v.head,
    anchors: v.anchors,
    ...(b
      ? {
          firstBroken: {
            kind: b.kind,
            seq: b.seq,
            id: b.id,
            ...(b.source ? { snapshot: b.source } : {}),
            message: msg.auditBreak(b),
          },
        }
      : {}),
    message: b ? msg.auditBreak(b) : msg.auditIntact(v.entries),
  };
}
