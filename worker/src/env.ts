/** The Worker's bindings (see wrangler.toml) and the Hono environment every route shares. */
import type { Actor } from './access/actor';

export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  /** Bootstrap admin token: a secret in production, `.dev.vars` in development. */
  ADMIN_TOKEN: string;
  /** Public HTTPS origin the manifest points to; empty = the request's own origin. */
  PUBLIC_ORIGIN: string;
  /** Extra origins allowed by CORS, comma-separated; empty = no CORS at all. */
  CORS_ORIGINS: string;
  /** Largest accepted request body in bytes; 1 MB when unset. */
  BODY_LIMIT?: string;
}

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
