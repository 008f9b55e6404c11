/**
 * Snapshots for council meetings (contract: "… and snapshots"): what `POST` answers, the list, and a snapshot's
 * content — the campaign's rankings, consolidated sheets, votes, nominations, quotas and covenants, frozen.
 */
import * as z from 'zod';
import { instant, int } from './fields';
import { NominationView, QuotaRow } from './nominations';
import { Consolidated, GroupRanking } from './rankings';
import { VoteRound } from './votes';

/** `POST …/snapshots` → 201. `sha256` is over the content serialised canonically (RFC 8785). */
export const SnapshotHead = z.object({ id: z.string(), createdAt: instant, sha256: z.string() });

/** `GET …/snapshots`, oldest first. */
export const SnapshotList = z.object({
  snapshots: z.array(SnapshotHead.extend({ createdBy: z.string(), bytes: int })),
});

/** A group's covenant as frozen: the recorded one, or the plan's. */
const FrozenCovenant = z.object({
  group: z.string(),
  documentNo: z.string(),
  signedAt: z.string(),
  url: z.string().optional(),
});

/**
 * The campaign's audit chain head when the snapshot was frozen: its last entry's `seq` and SHA-256 chain
 * `hash` (seq 0 and 64 zeros for an empty chain). `GET …/audit/verify` checks the chain still agrees.
 */
export const AuditHead = z.object({ seq: int, hash: z.string().regex(/^[0-9a-f]{64}$/) });

/** What a snapshot freezes (the part its `sha256` covers). */
export const SnapshotContent = z.object({
  campaign: z.string(),
  /** Added with the audit chain: absent from snapshots frozen before it. */
  auditHead: AuditHead.optional(),
  /** The plan version frozen (decision 0027); absent from snapshots frozen before versions existed. */
  planVersion: int.optional(),
  rankings: z.array(GroupRanking),
  consolidated: z.array(Consolidated),
  votes: z.array(z.object({ group: z.string(), rounds: z.array(VoteRound) })),
  nominations: z.array(NominationView),
  quotas: z.array(QuotaRow),
  covenants: z.array(FrozenCovenant),
});

/** `GET …/snapshots/{id}`: exactly what was frozen, with its head. */
export const Snapshot = SnapshotHead.extend(SnapshotContent.shape);

export type SnapshotHead = z.output<typeof SnapshotHead>;
export type AuditHead = z.output<typeof AuditHead>;
export type SnapshotList = z.output<typeof SnapshotList>;
export type SnapshotContent = z.output<typeof SnapshotContent>;
export type Snapshot = z.output<typeof Snapshot>;
