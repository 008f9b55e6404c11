/**
 * Sealing and verifying the audit chains (docs/decisions/0028-audit-chain.md). A write's batch appends its
 * row with the next seq; sealing then sets each unsealed row's hash from the row before it, in seq order, by
 * `UPDATE … WHERE hash IS NULL`: concurrent sealers compute the same values, so whoever writes first wins
 * and the others change nothing. Sealing stops at a gap: a missing row is for verification to report.
 */
import {
  type ChainHead,
  type ChainVerification,
  GENESIS,
  linkHash,
  verifyChain,
} from '../../../shared/audit-chain';
import * as audit from '../db/audit';
import * as snaps from '../db/snapshots';

const BATCH = 200;

/** Seals a chain's rows written since its last seal; returns how many it sealed. */
export async function sealChain(db: D1Database, chain: string): Promise<number> {
  let sealed = 0;
  for (;;) {
    const { last, rows } = await audit.toSeal(db, chain, BATCH);
    let prev: ChainHead = last ?? { seq: 0, hash: GENESIS };
    const updates: D1PreparedStatement[] = [];
    for (const r of rows) {
      if (r.seq !== prev.seq + 1) break;
      const hash = await linkHash(prev.hash, r);
      updates.push(audit.seal(db, chain, r.seq, hash));
      prev = { seq: r.seq, hash };
    }
    if (updates.length > 0) await db.batch(updates);
    sealed += updates.length;
    if (updates.length < BATCH) return sealed;
  }
}

/** Seals every chain that has unsealed rows (after a write: the window an edit could slip in stays short). */
export async function sealPending(db: D1Database): Promise<void> {
  for (const chain of await audit.unsealedChains(db)) await sealChain(db, chain);
}

/** A chain's sealed head: what a snapshot records. */
export async function sealedHead(db: D1Database, chain: string): Promise<ChainHead> {
  await sealChain(db, chain);
  const h = await audit.head(db, chain);
  // A head that stayed unsealed (a gap stopped the sealer) is not a hash anyone could check: record the
  // last sealed one instead.
  if (h && h.hash === null) {
    const { last } = await audit.toSeal(db, chain, 0);
    return last ?? { seq: 0, hash: GENESIS };
  }
  return h ? { seq: h.seq, hash: h.hash as string } : { seq: 0, hash: GENESIS };
}

/** Seals, then verifies a chain against the heads its campaign's snapshots recorded. */
export async function verifyStored(db: D1Database, chain: string): Promise<ChainVerification> {
  await sealChain(db, chain);
  return verifyChain(audit.pages(db, chain), await snaps.anchors(db, chain));
}
