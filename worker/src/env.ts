/// <reference path="../../worker-configuration.d.ts" />
/**
 * The Hono environment every route shares. The bindings themselves (`Cloudflare.Env`: D1, assets, vars,
 * the ADMIN_TOKEN secret) are generated from wrangler.toml by `npm run types` into worker-configuration.d.ts
 * and checked by `npm run types:check` in `npm test`; the runtime's types stay @cloudflare/workers-types.
 */
import type { Actor } from './access/actor';

/** The Worker's bindings, as generated. */
export type Env = Cloudflare.Env;

/** Per-request values set by the middleware. */
export interface Variables {
  /** Who is calling: set by `auth` on every route but the health check. */
  actor: Actor;
}

/** The Hono environment: `new Hono<AppEnv>()` in every route file. */
export interface AppEnv {
  Bindings: Env;
  Variables: Variables;
}
