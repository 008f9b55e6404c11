/**
 * Bearer authentication: resolves `Authorization: Bearer <token>` to `c.get('actor')`, or answers 401.
 * The bootstrap ADMIN_TOKEN from the environment is compared by hash like every other token. A token's
 * `last_used_at` is refreshed at most once a minute, after the response (waitUntil), so reads stay reads.
 */
import { createMiddleware } from 'hono/factory';
import * as tokens from '../db/tokens';
import type { AppEnv } from '../env';
import { unauthorized } from '../http/problem';
import { wmsg } from '../messages';
import { type Actor, BOOTSTRAP_ADMIN } from './actor';
import { hashToken } from './hash';

/** The shortest ADMIN_TOKEN accepted: a shorter one (a typo, an empty secret) never authenticates. */
const MIN_ADMIN_TOKEN = 16;

export const auth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    c.header('WWW-Authenticate', 'Bearer');
    throw unauthorized(wmsg.noToken);
  }
  const actor = await resolve(c.env, match[1]!, (p) => waitUntil(c, p));
  if (!actor) {
    c.header('WWW-Authenticate', 'Bearer error="invalid_token"');
    throw unauthorized(wmsg.badToken);
  }
  c.set('actor', actor);
  await next();
});

/** The actor a token stands for, or null. */
export async function resolve(
  env: AppEnv['Bindings'],
  token: string,
  later: (p: Promise<unknown>) => void = () => {},
): Promise<Actor | null> {
  const hash = await hashToken(token);
  const admin = env.ADMIN_TOKEN?.trim();
  if (admin && admin.length >= MIN_ADMIN_TOKEN && hash === (await hashToken(admin)))
    return { ...BOOTSTRAP_ADMIN, role: 'admin', unit: null };
  const row = await tokens.findActiveByHash(env.DB, hash);
  if (!row) return null;
  const now = Date.now();
  if (row.last_used_at === null || row.last_used_at < now - tokens.TOUCH_INTERVAL_MS)
    later(tokens.touch(env.DB, row.id, now).run());
  return { tokenId: row.id, role: row.role, unit: row.unit, label: row.label };
}

function waitUntil(c: { executionCtx: ExecutionContext }, p: Promise<unknown>): void {
  const quiet = p.catch((error) => console.error('last_used_at', error));
  try {
    c.executionCtx.waitUntil(quiet);
  } catch {
    // No execution context (app.request in unit tests): the promise still runs.
  }
}
