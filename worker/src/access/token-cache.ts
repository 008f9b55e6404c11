/**
 * Resolved tokens, per isolate, for a few seconds (decision 0017): a unit's repeated requests skip the token
 * lookup. What this cache may get wrong is bounded: reads by a token revoked in ANOTHER isolate go on for at
 * most `TOKEN_TTL_MS`; writes are exact anyway — the routes that trust a cached actor for a write carry the
 * token's liveness as an SQL guard in their write batch (`tokens.liveGuard`), every other write resolves the
 * token afresh (access/auth.ts). Unknown tokens are never cached, and an entry never outlives its token's
 * expiry (decision 0029): the next request after it asks the database, which answers "expired".
 */
import type { Actor } from './actor';

/** How long a resolved token is trusted without asking the database again. */
export const TOKEN_TTL_MS = 10_000;
/** At most this many tokens are kept; the oldest go first. */
const MAX_ENTRIES = 5_000;

interface Entry {
  actor: Actor;
  /** `last_used_at` as this isolate last knew or set it. */
  usedAt: number | null;
  /** When the entry stops being trusted. */
  until: number;
}

const entries = new Map<string, Entry>();

/** The cached entry of a token hash, if still fresh. */
export function cachedToken(hash: string, now: number): Entry | null {
  const e = entries.get(hash);
  if (!e) return null;
  if (e.until > now) return e;
  entries.delete(hash);
  return null;
}

/** Keeps a token just resolved from the database, trusted until the TTL ends or the token expires. */
export function rememberToken(
  hash: string,
  actor: Actor,
  usedAt: number | null,
  now: number,
  expiresAt: number,
): void {
  entries.delete(hash);
  entries.set(hash, { actor, usedAt, until: Math.min(now + TOKEN_TTL_MS, expiresAt) });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

/** Drops a token hash (the database no longer knows it as live). */
export function forgetHash(hash: string): void {
  entries.delete(hash);
}

/** Drops a token (revoked here, or refused by a write's guard) so its next request asks the database. */
export function forgetToken(tokenId: string): void {
  for (const [hash, e] of entries) if (e.actor.tokenId === tokenId) entries.delete(hash);
}
