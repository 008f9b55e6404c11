/**
 * A D1 that fails for real in the middle of a batch: `failingAt(db, n)` replaces the n-th statement of the
 * next batch long enough to have one (`times` batches) by a statement SQLite refuses while running it, so the
 * statements before it have executed inside D1's transaction when it aborts. What a Worker given this
 * database writes is what a real mid-batch failure leaves.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import app from '../src/index';

/** Fails at runtime (malformed JSON), not at prepare time: the statements before it have run. */
const FAILING_SQL = "SELECT json('injected failure: not JSON')";

export function failingAt(db: D1Database, n: number, times = 1): D1Database & { failures: () => number } {
  let left = times;
  let failed = 0;
  const batch = async (statements: D1PreparedStatement[]) => {
    if (left > 0 && statements.length > n) {
      left--;
      failed++;
      const copy = [...statements];
      copy[n] = db.prepare(FAILING_SQL);
      return db.batch(copy);
    }
    return db.batch(statements);
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'batch') return batch;
      if (prop === 'failures') return () => failed;
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as D1Database & { failures: () => number };
}

/** A fetch of the real Worker (the same app SELF runs) with another D1 binding. */
export function fetchWith(db: D1Database): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request(input, init), { ...env, DB: db }, ctx);
    await waitOnExecutionContext(ctx);
    return res;
  }) as typeof fetch;
}
