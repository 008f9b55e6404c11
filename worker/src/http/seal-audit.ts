/**
 * Seals the audit rows a successful write appended, before its answer leaves (decision 0028): the hash is
 * set within milliseconds of the row, so an edit of the database has no quiet window to slip into. A failure
 * here never fails the write: the rows stay unsealed and the next seal (any write, a read of the log, a
 * verification, a snapshot) covers them.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import { sealPending } from '../services/audit-chain';

export const sealAfterWrites = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.res.status >= 400) return;
  try {
    await sealPending(c.env.DB);
  } catch (error) {
    console.error('audit seal', error);
  }
});
