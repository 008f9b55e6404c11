/**
 * Bearer authentication: resolves `Authorization: Bearer <token>` to `c.get('actor')`, or answers 401 (an
 * unknown, revoked or expired token) or 429 (a client over its failure limit, decision 0029). The bootstrap
 * ADMIN_TOKEN, and ADMIN_TOKEN_NEXT during its rotation, are compared by hash like every other token.
 *
 * Resolved tokens are kept per isolate for a few seconds (access/token-cache.ts, decision 0017), never past
 * their expiry: reads and the writes that re-check the token in their own SQL batch (a unit's sheet and its
 * appraisal) trust that cache; every other write looks the token up afresh, so revocation stops every write
 * at once. A token's `last_used_at` is refreshed at most once a minute: by the guarded write's own batch, or
 * after the response (waitUntil) for everything else, so reads stay reads.
 *
 * Throttling: a request its cache does not answer reads the client's failure count in the same round trip
 * as the token, and a client over the limit gets 429 before its token is judged (the admin values included).
 */
import { createMiddleware } from 'hono/factory';
import { formatVn } from '../../../shared/time';
import * as failures from '../db/auth-failures';
import * as tokens from '../db/tokens';
import type { AppEnv } from '../env';
import { apiError, unauthorized } from '../errors';
import { wmsg } from '../messages';
import { type Actor, BOOTSTRAP_ADMIN } from './actor';
import { hashToken } from './hash';
import { failureLimit } from './limits';
import { blockedFor, clientOf, countFailure } from './throttle';
import { cachedToken, forgetHash, rememberToken } from './token-cache';

/** The shortest ADMIN_TOKEN accepted: a shorter one (a typo, an empty secret, `off`) never authenticates. */
const MIN_ADMIN_TOKEN = 16;

/**
 * How a request may resolve its token: `read` trusts the cache; `guarded` (a write whose batch checks the
 * token with `tokens.liveGuard` and touches it) trusts the cache and leaves the touch to the batch; `write`
 * asks the database.
 */
export type AuthMode = 'read' | 'guarded' | 'write';

/** The writes whose batch carries the token guard (services/sheets/write.ts): PUT …/sheet, …/sheet/appraisal. */
const GUARDED_WRITE = /\/campaigns\/[^/]+\/groups\/[^/]+\/units\/[^/]+\/sheet(?:\/appraisal)?$/;

export function authMode(method: string, path: string): AuthMode {
  if (method === 'GET' || method === 'HEAD') return 'read';
  return method === 'PUT' && GUARDED_WRITE.test(path) ? 'guarded' : 'write';
}

/** What a token resolves to. */
export type Resolution =
  | { actor: Actor }
  | { refused: 'unknown' }
  | { refused: 'expired'; expiredAt: number }
  | { throttled: number };

export const auth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer');
    throw unauthorized(wmsg.noToken);
  }
  const mode = authMode(c.req.method, c.req.path);
  const later = (p: Promise<unknown>) => waitUntil(c, p);
  const client = clientOf(c.req.raw.headers);
  const r = await resolve(c.env, match[1]!, mode, later, client, Date.now());
  if ('actor' in r) {
    c.set('actor', r.actor);
    return next();
  }
  if ('throttled' in r) {
    c.header('Retry-After', String(r.throttled));
    throw apiError(429, wmsg.tooManyFailures(r.throttled));
  }
  throw badToken(c, r.refused === 'expired' ? wmsg.expiredToken(formatVn(r.expiredAt)) : wmsg.badToken);
});

/** The 401 of an unknown, revoked or expired token (also what a write refused by its token guard answers). */
function badToken(c: { header: (name: string, value: string) => void }, detail: string = wmsg.badToken) {
  c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
  return unauthorized(detail);
}

/** The bootstrap admin values' hashes, computed once per isolate (and again only if a secret changes). */
const adminCache = new Map<string, Promise<string>>();
function adminHash(token: string): Promise<string> {
  let hash = adminCache.get(token);
  if (!hash) {
    if (adminCache.size > 4) adminCache.clear();
    hash = hashToken(token);
    adminCache.set(token, hash);
  }
  return hash;
}

/** Which admin secret `hash` is, if any: ADMIN_TOKEN, or ADMIN_TOKEN_NEXT during a rotation. */
async function adminOf(env: AppEnv['Bindings'], hash: string): Promise<Actor | null> {
  for (const [name, label] of [
    ['ADMIN_TOKEN', BOOTSTRAP_ADMIN.label],
    ['ADMIN_TOKEN_NEXT', wmsg.bootstrapAdminNextLabel],
  ] as const) {
    const value = env[name]?.trim();
    if (value && value.length >= MIN_ADMIN_TOKEN && hash === (await adminHash(value)))
      return { tokenId: BOOTSTRAP_ADMIN.tokenId, label, role: 'admin', unit: null };
  }
  return null;
}

/** What a token stands for, from `client` at `now`; a failure is counted against the client. */
export async function resolve(
  env: AppEnv['Bindings'],
  token: string,
  mode: AuthMode = 'write',
  later: (p: Promise<unknown>) => void = () => {},
  client = 'local',
  now = Date.now(),
): Promise<Resolution> {
  const hash = await hashToken(token);
  let entry = mode === 'write' ? null : cachedToken(hash, now);
  if (!entry) {
    const limit = failureLimit(env);
    const [count, found] = await env.DB.batch<unknown>([
      failures.current(env.DB, client, now, limit.windowMs),
      tokens.byHash(env.DB, hash),
    ]);
    const wait = blockedFor((count!.results[0] as failures.FailureRow | undefined) ?? null, now, limit);
    if (wait !== null) return { throttled: wait };
    const admin = await adminOf(env, hash);
    if (admin) return { actor: admin };
    const row = (found!.results[0] as tokens.TokenRow | undefined) ?? null;
    if (!row || row.expires_at === null || row.expires_at <= now) {
      forgetHash(hash);
      await countFailure(env.DB, client, now, limit, later);
      return row
        ? { refused: 'expired', expiredAt: row.expires_at ?? row.created_at }
        : { refused: 'unknown' };
    }
    const actor: Actor = { tokenId: row.id, role: row.role, unit: row.unit, label: row.label };
    rememberToken(hash, actor, row.last_used_at, now, row.expires_at);
    entry = cachedToken(hash, now)!;
  }
  if (entry.usedAt === null || entry.usedAt < now - tokens.TOUCH_INTERVAL_MS) {
    entry.usedAt = now;
    // A guarded write touches the token in its own batch (services/sheets/write.ts).
    if (mode !== 'guarded') later(tokens.touch(env.DB, entry.actor.tokenId, now).run());
  }
  return { actor: entry.actor };
}

function waitUntil(c: { executionCtx: ExecutionContext }, p: Promise<unknown>): void {
  const quiet = p.catch((error) => console.error('auth, after the response', error));
  try {
    c.executionCtx.waitUntil(quiet);
  } catch {
    // No execution context (app.request in unit tests): the promise still runs.
  }
}
