/**
 * The token settings of wrangler.toml [vars] (decision 0029), read with their defaults: an empty or malformed
 * value is the default, never zero (a zero lifetime or limit would lock everyone out).
 */

/** How long a token lives unless POST /tokens asks for less: a campaign year and its slack. */
export const DEFAULT_TOKEN_DAYS = 400;
/** Failed authentications a client may make in one window before it gets 429. */
export const DEFAULT_FAILURE_LIMIT = 10;
/** The window of that count, in seconds. */
export const DEFAULT_FAILURE_WINDOW_S = 60;

const DAY_MS = 86_400_000;

export interface TokenVars {
  TOKEN_DAYS?: string;
  AUTH_FAILURE_LIMIT?: string;
  AUTH_FAILURE_WINDOW?: string;
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number((value ?? '').trim() || Number.NaN);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/** The longest lifetime of a token, in milliseconds. */
export const tokenLifetimeMs = (env: TokenVars) => positive(env.TOKEN_DAYS, DEFAULT_TOKEN_DAYS) * DAY_MS;

export interface FailureLimit {
  limit: number;
  windowMs: number;
}

export const failureLimit = (env: TokenVars): FailureLimit => ({
  limit: positive(env.AUTH_FAILURE_LIMIT, DEFAULT_FAILURE_LIMIT),
  windowMs: positive(env.AUTH_FAILURE_WINDOW, DEFAULT_FAILURE_WINDOW_S) * 1000,
});
