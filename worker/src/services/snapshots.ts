/**
 * Snapshots for council meetings (contract `POST/GET …/snapshots`): the campaign's rankings, consolidated
 * sheets, votes, nominations with their statuses, quotas and covenants, frozen as RFC 8785 canonical JSON
 * with its SHA-256 (shared/snapshot-digest.ts, the digest the pane checks with). GET returns exactly that
 * content, whatever changed later.
 */
import { digestSnapshot } from '../../../shared/snapshot-digest';
import { isoVn } from '../../../shared/time';
import type { Actor } from '../access/actor';
import { isSecretariat } from '../access/actor';
import { campaignOr404 } from '../access/scope';
import { versionGuard } from '../db/amendments';
import * as audit from '../db/audit';
import { isGuardFailure } from '../db/plans';
import * as snaps from '../db/snapshots';
import { conflict, forbidden, notFound } from '../errors';
import { wmsg } from '../messages';
import { sealedHead } from './audit-chain';
import { consolidatedOf } from './consolidated';
import { campaignState, itemView } from './nominations/state';
import { roundView } from './votes';

/**
 * What a snapshot freezes, computed now. The audit chain's head is sealed and read first, so every write it
 * covers is already in the figures read after it.
 */
export async function snapshotContent(db: D1Database, campaign: string, now: number) {
  const auditHead = await sealedHead(db, campaign);
  const [state, covenantRows] = await Promise.all([
    campaignState(db, campaign, now),
    snaps.covenants(db, campaign),
  ]);
  const recorded = new Map(
    covenantRows.map((r) => [r.group_code, JSON.parse(r.data) as Record<string, unknown>]),
  );
  return {
    campaign,
    auditHead,
    /** The plan version frozen (decision 0027): part of the digested content. */
    planVersion: state.planVersion,
    rankings: state.ranked.map((g) => g.ranking),
    consolidated: state.ranked.map(consolidatedOf),
    votes: state.ranked.map((g) => ({
      group: g.group.code,
      rounds: g.rounds.map((v) => roundView(g.group, v)),
    })),
    nominations: state.rows.map((r) => itemView(r, state.byId.get(r.id))),
    quotas: state.result.rules,
    covenants: state.plan.groups.flatMap((g) => {
      const c = recorded.get(g.code) ?? g.covenant;
      return c ? [{ group: g.code, ...c }] : [];
    }),
  };
}

const requireReader = (actor: Actor) => {
  if (actor.role === 'unit') throw forbidden(wmsg.staffOnlyReads);
};

export async function createSnapshot(db: D1Database, actor: Actor, campaign: string, now: number) {
  await campaignOr404(db, campaign);
  if (!isSecretariat(actor)) throw forbidden(wmsg.onlySecretariat);
  const frozen = await snapshotContent(db, campaign, now);
  const { canonical: content, sha256 } = await digestSnapshot(frozen);
  const id = `S-${crypto.randomUUID()}`;
  const bytes = new TextEncoder().encode(content).length;
  const row = {
    ...{ id, campaign, created_at: now, created_by: actor.label, sha256, chunks: 0, bytes },
    ...{ audit_seq: frozen.auditHead.seq, audit_hash: frozen.auditHead.hash },
  };
  const batch = [
    // An amendment between reading and writing would make the named version a lie: 409, nothing written.
    versionGuard(db, campaign, frozen.planVersion),
    ...snaps.insertStatements(db, row, content),
    audit.record(db, {
      at: now,
      actor,
      action: 'snapshot.create',
      target: id,
      campaign,
      detail: { sha256, bytes, auditHead: frozen.auditHead, planVersion: frozen.planVersion },
    }),
  ];
  try {
    await db.batch(batch);
  } catch (error) {
    if (isGuardFailure(error)) throw conflict(wmsg.concurrentChange(campaign));
    throw error;
  }
  return { id, createdAt: isoVn(now), sha256 };
}

export async function listSnapshots(db: D1Database, actor: Actor, campaign: string) {
  await campaignOr404(db, campaign);
  requireReader(actor);
  const rows = await snaps.list(db, campaign);
  return {
    snapshots: rows.map((r) => ({
      id: r.id,
      createdAt: isoVn(r.created_at),
      createdBy: r.created_by,
      sha256: r.sha256,
      bytes: r.bytes,
    })),
  };
}

export async function readSnapshot(db: D1Database, actor: Actor, campaign: string, id: string) {
  await campaignOr404(db, campaign);
  const found = await snaps.find(db, campaign, id);
  if (!found) throw notFound(wmsg.unknownSnapshot(id));
  requireReader(actor);
  const content = JSON.parse(found.content) as Record<string, unknown>;
  return { id, createdAt: isoVn(found.row.created_at), sha256: found.row.sha256, ...content };
}
