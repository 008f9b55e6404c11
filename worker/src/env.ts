/** The Worker's bindings (see wrangler.toml). */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
  ADMIN_TOKEN: string;
  PUBLIC_ORIGIN: string;
  CORS_ORIGINS: string;
}
