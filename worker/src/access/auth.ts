/**
 * Bearer authentication: resolves `Authorization: Bearer <token>` to `c.get('actor')`, or answers 401.
 * The bootstrap ADMIN_TOKEN from the environment is compared by hash like every other token.
 *
 * Resolved tokens are kept per isolate for a few seconds (access/token-cache.ts, decision 0017): reads and the
 * writes that re-check the token in their own SQL batch (a unit's sheet and its appraisal) trust that cache;
 * every other write looks the token up afresh, so revocation stops every write at once. A token's
 * `last_used_at` is refreshed at most once a minute: by the guarded write's own batch, or after the response
 * (waitUntil) for everything else, so reads stay reads.
 */
import { createMiddleware } from 'hono/factory';
import * as tokens from '../db/tokens';
import type { AppEnv } from '../env';
import { unauthorized } from '../errors';
import { wmsg } from '../messages';
import { type Actor, BOOTSTRAP_ADMIN } from './actor';
import { hashToken } from './hash';
import { cachedToken, forgetHash, rememberToken } from './token-cache';

/** The shortest ADMIN_TOKEN accepted: a shorter one (a typo, an empty secret) never authenticates. */
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

export const auth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer');
    throw unauthorized(wmsg.noToken);
  }
  const mode = authMode(c.req.method, c.req.path);
  const actor = await resolve(c.env, match[1]!, mode, (p) => waitUntil(c, p));
  if (!actor) throw badToken(c);
  c.set('actor', actor);
  await next();
});

/** The 401 of an unknown or revoked token (also what a write refused by its token guard answers). */
function badToken(c: { header: (name: string, value: string) => void }) {
  c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
  return unauthorized(wmsg.badToken);
}

/** The bootstrap ADMIN_TOKEN's hash, computed once per isolate (and again only if the secret changes). */
let adminCache: { token: string; hash: Promise<string> } | null = null;
function adminHash(token: string): Promise<string> {
  if (adminCache?.token !== token) adminCache = { token, hash: hashToken(token) };
  return adminCache.hash;
}

/** The actor a token stands for, or null. */
export async function resolve(
  env: AppEnv['Bindings'],
  token: string,
  mode: AuthMode = 'write',
  later: (p: Promise<unknown>) => void = () => {},
): Promise<Actor | null> {
  const hash = await hashToken(token);
  const admin = env.ADMIN_TOKEN?.trim();
  if (admin && admin.length >= MIN_ADMIN_TOKEN && hash === (await adminHash(admin)))
    return { ...BOOTSTRAP_ADMIN, role: 'admin', unit: null };
  const now = Date.now();
  let entry = mode === 'write' ? null : cachedToken(hash, now);
  if (!entry) {
    const row = await tokens.findActiveByHash(env.DB, hash);
    if (!row) {
      forgetHash(hash);
      return null;
    }
    const actor: Actor = { tokenId: row.id, role: row.role, unit: row.unit, label: row.label };
    rememberToken(hash, actor, row.last_used_at, now);
    entry = cachedToken(hash, now)!;
  }
  if (entry.usedAt === null || entry.usedAt < now - tokens.TOUCH_INTERVAL_MS) {
    entry.usedAt = now;
    // A guarded write touches the token in its own batch (services/sheets/write.ts).
    if (mode !== 'guarded') later(tokens.touch(env.DB, entry.actor.tokenId, now).run());
  }
  return entry.actor;
}

function waitUntil(c: { executionCtx: ExecutionContext }, p: Promise<unknown>): void {
  const quiet = p.catch((error) => console.error('last_used_at', error));
  try {
    c.executionCtx.waitUntil(quiet);
  } catch {
    // No execution context (app.request in unit tests): the promise still runs.
  }
}
