/**
 * The audit log's hash chains (docs/decisions/0028-audit-chain.md): a row's hash is SHA-256 of the previous
 * row's hash followed by the row's canonical text (RFC 8785 JSON of every stored column but the id), the
 * first row's "previous" being GENESIS. The Worker seals rows with it and verifies its chains; the script
 * `scripts/verify-audit.ts` verifies an export with the very same code, so the two cannot disagree.
 */
import canonicalize from 'canonicalize';
import { sha256Hex } from './sha256';

/** The "previous hash" of a chain's first row, and the head of an empty chain. */
export const GENESIS = '0'.repeat(64);

/** The global chain's key (tokens, units, anything outside a campaign): no campaign code is empty. */
export const GLOBAL_CHAIN = '';

/** An audit row as stored (audit_log's columns). */
export interface ChainRow {
  id: number;
  chain: string;
  seq: number;
  at: number;
  actor: string;
  role: string;
  token_id: string;
  action: string;
  target: string;
  campaign: string | null;
  revision_before: number | null;
  revision_after: number | null;
  /** The JSON text as stored, hashed as text (not re-serialised). */
  detail: string | null;
  /** Null until sealed. */
  hash: string | null;
}

/** Where a chain ends: its last row's seq and hash (seq 0 and GENESIS when empty). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** A head recorded elsewhere (a snapshot's) that the chain must still agree with. */
export interface ChainAnchor extends ChainHead {
  /** What recorded it, e.g. the snapshot's id. */
  source: string;
}

/**
 * What broke first: `missing` (a seq is absent: a row was deleted), `inserted` (a row that was not written in
 * its place: a seq out of order or a row newer than the one after it), `edited` (the row no longer hashes to
 * its stored hash: a column or the hash itself was changed), `anchor` (a recorded head disagrees with the
 * chain: the history before it was rewritten or cut).
 */
export type BreakKind = 'missing' | 'inserted' | 'edited' | 'anchor';

export interface ChainBreak {
  kind: BreakKind;
  /** The seq where the chain breaks (for `missing`, the seq that should be there). */
  seq: number;
  /** The row found there (for `missing`, the first row after the gap), or null. */
  id: number | null;
  /** For `anchor`: what recorded the head. */
  source?: string;
}

export interface ChainVerification {
  ok: boolean;
  /** Rows read. */
  entries: number;
  /** The chain's last row: its seq and hash (null only for an unsealed row after a break). */
  head: { seq: number; hash: string | null };
  /** Recorded heads checked. */
  anchors: number;
  firstBroken?: ChainBreak;
}

/** The text a row's hash covers: every column but the id (ids may be renumbered by a restore). */
export function canonicalRow(r: ChainRow): string {
  return (
    canonicalize({
      chain: r.chain,
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      role: r.role,
      tokenId: r.token_id,
      action: r.action,
      target: r.target,
      campaign: r.campaign,
      revisionBefore: r.revision_before,
      revisionAfter: r.revision_after,
      detail: r.detail,
    }) ?? ''
  );
}

/** hash_n = SHA-256(hash_{n−1} ‖ canonical_n); the previous hash has a fixed length, so the join is unambiguous. */
export const linkHash = (prev: string, r: ChainRow): Promise<string> => sha256Hex(prev + canonicalRow(r));

/**
 * Verifies one chain's rows, read in seq order (an array or pages from a database), and the recorded heads.
 * Rows not sealed yet at the end of the chain are hashed on the fly; an unsealed row before a sealed one is a
 * break (the Worker seals in seq order). Reading goes on after a break only to count the rows.
 */
export async function verifyChain(
  rows: Iterable<ChainRow> | AsyncIterable<ChainRow>,
  anchors: readonly ChainAnchor[] = [],
): Promise<ChainVerification> {
  let entries = 0;
  let head: { seq: number; hash: string | null } = { seq: 0, hash: GENESIS };
  let broken: ChainBreak | undefined;
  /** A hash mismatch waits one row: when the next row is older (smaller id), the mismatching row was inserted. */
  let suspect: ChainRow | undefined;
  let unsealed: ChainRow | undefined;
  let prevId = -Infinity;
  /** The hashes at the anchors' seqs, as the chain has them. */
  const wanted = new Set(anchors.map((a) => a.seq));
  const atAnchor = new Map<number, string>([[0, GENESIS]]);

  for await (const r of rows) {
    entries++;
    if (suspect) {
      broken = { kind: r.id < suspect.id ? 'inserted' : 'edited', seq: suspect.seq, id: suspect.id };
      suspect = undefined;
    }
    if (!broken) broken = await check(r);
    if (broken) head = { seq: r.seq, hash: r.hash };
  }
  if (suspect) broken = { kind: 'edited', seq: suspect.seq, id: suspect.id };

  async function check(r: ChainRow): Promise<ChainBreak | undefined> {
    // A sealed row after an unsealed one: the Worker seals in seq order, so the unsealed one was put there.
    if (unsealed && r.hash !== null) return { kind: 'inserted', seq: unsealed.seq, id: unsealed.id };
    const expected = head.seq + 1;
    if (!Number.isInteger(r.seq) || r.seq < expected || r.id <= prevId)
      return { kind: 'inserted', seq: r.seq, id: r.id };
    if (r.seq > expected) return { kind: 'missing', seq: expected, id: r.id };
    const hash = await linkHash(head.hash as string, r);
    if (r.hash === null) unsealed = r;
    else if (r.hash !== hash) suspect = r;
    prevId = r.id;
    // Unsealed rows at the end are chained on the fly; `head` then carries the computed hash.
    head = { seq: r.seq, hash: r.hash ?? hash };
    if (wanted.has(r.seq)) atAnchor.set(r.seq, r.hash ?? hash);
    return undefined;
  }

  // A recorded head must still be in the chain with the same hash (as far as the chain verified).
  const limit = broken ? broken.seq : Number.POSITIVE_INFINITY;
  for (const a of [...anchors].sort((x, y) => x.seq - y.seq)) {
    if (a.seq >= limit) break;
    if (atAnchor.get(a.seq) !== a.hash) {
      broken = { kind: 'anchor', seq: a.seq, id: null, source: a.source };
      break;
    }
  }
  return { ok: !broken, entries, head, anchors: anchors.length, ...(broken ? { firstBroken: broken } : {}) };
}
