/**
 * Bench-only Worker entry (`wrangler dev scripts/bench/worker-entry.ts`): the product's app, unchanged, with
 * `env.DB` wrapped per request in a counting proxy. Each response carries `X-Bench-D1: <round trips>;<statements>`
 * — a `batch` is one round trip of n statements, a `first`/`all`/`run`/`raw` one of one. Calls made after the
 * response (waitUntil) are not in the header. Never deployed: production runs worker/src/index.ts itself.
 */

import type { Env } from '../../worker/src/env';
import app from '../../worker/src/index';

interface Counter {
  trips: number;
  statements: number;
}

const RAW = Symbol('raw statement');
const RUNS = new Set(['first', 'all', 'run', 'raw']);

function statement(s: D1PreparedStatement, c: Counter): D1PreparedStatement {
  return new Proxy(s, {
    get(target, prop) {
      if (prop === RAW) return target;
      const value = Reflect.get(target, prop, target);
      if (prop === 'bind')
        return (...args: unknown[]) =>
          statement((value as D1PreparedStatement['bind']).apply(target, args), c);
      if (typeof value !== 'function') return value;
      if (typeof prop === 'string' && RUNS.has(prop))
        return (...args: unknown[]) => {
          c.trips++;
          c.statements++;
          return value.apply(target, args);
        };
      return value.bind(target);
    },
  });
}

const raw = (s: D1PreparedStatement) =>
  ((s as unknown as Record<symbol, D1PreparedStatement>)[RAW] ?? s) as D1PreparedStatement;

function database(db: D1Database, c: Counter): D1Database {
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop === 'prepare') return (sql: string) => statement(target.prepare(sql), c);
      if (prop === 'batch')
        return (list: D1PreparedStatement[]) => {
          c.trips++;
          c.statements += list.length;
          return target.batch(list.map(raw));
        };
      if (prop === 'exec')
        return (sql: string) => {
          c.trips++;
          c.statements++;
          return target.exec(sql);
        };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const counter: Counter = { trips: 0, statements: 0 };
    const res = await app.fetch(request, { ...env, DB: database(env.DB, counter) }, ctx);
    const out = new Response(res.body, res);
    out.headers.set('X-Bench-D1', `${counter.trips};${counter.statements}`);
    return out;
  },
};
