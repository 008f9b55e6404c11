/** HTTP side of the benchmarks: one timed call, bursts of concurrent calls, percentiles. */

export interface Reply {
  status: number;
  ms: number;
  bytes: number;
  /** D1 round trips and statements, from the bench entry's X-Bench-D1 header. */
  trips: number;
  statements: number;
  body: string;
  /** How many times the request was sent again after a 503 with Retry-After (see `call`). */
  retries: number;
  /** The first refusal that was retried (`503 …`), if any. */
  retried?: string;
}

/** Retries of a 503 with Retry-After at most (wrangler dev's proxy, see `call`). */
export const MAX_RETRIES = 2;
/** The longest Retry-After honoured, in seconds. */
const MAX_RETRY_AFTER_S = 5;

/**
 * One request, timed from the first send to the last answer. A 503 carrying `Retry-After` (wrangler dev's
 * ProxyWorker answers "Your worker restarted mid-request" with `Retry-After: 0` under bursts of non-GET
 * requests and does not forward the request: cloudflare/workers-sdk#14641, #15252) is sent again, at most
 * `MAX_RETRIES` times, after the delay it names. Safe for every request the bench makes: a PUT of a sheet
 * carries its revision, so a retry applies once or answers 409. `headers` are added to the request's own.
 */
export async function call(
  base: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const t0 = performance.now();
  let retries = 0;
  let retried: string | undefined;
  for (;;) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: payload,
      signal: AbortSignal.timeout(180_000),
    });
    const text = await res.text();
    const after = retryAfter(res);
    if (res.status === 503 && after !== null && retries < MAX_RETRIES) {
      retried ??= `${res.status} ${text.slice(0, 300)}`;
      retries++;
      if (after > 0) await new Promise((r) => setTimeout(r, after * 1000));
      continue;
    }
    const ms = performance.now() - t0;
    const [trips, statements] = (res.headers.get('X-Bench-D1') ?? '0;0').split(';').map(Number);
    return {
      status: res.status,
      ms,
      bytes: Buffer.byteLength(text),
      trips: trips!,
      statements: statements!,
      body: text,
      retries,
      ...(retried ? { retried } : {}),
    };
  }
}

/** Retry-After in seconds (delta-seconds form), null when absent, malformed or above the bound. */
function retryAfter(res: Response): number | null {
  const v = res.headers.get('Retry-After')?.trim();
  if (!v || !/^\d+$/.test(v)) return null;
  const s = Number(v);
  return s <= MAX_RETRY_AFTER_S ? s : null;
}

export function must(r: Reply, what: string, ok = [200, 201]): Reply {
  if (!ok.includes(r.status)) throw new Error(`${what}: HTTP ${r.status} ${r.body.slice(0, 400)}`);
  return r;
}

export const percentile = (xs: readonly number[], p: number) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
export const median = (xs: readonly number[]) => percentile(xs, 50);

/** Burst sizes between 50 and 200 (deterministic), covering `total` requests. */
export function burstPlan(total: number): number[] {
  const sizes = [50, 100, 200, 150, 75, 125, 200, 50, 175, 100];
  const out: number[] = [];
  for (let left = total, i = 0; left > 0; i++) {
    const n = Math.min(left, sizes[i % sizes.length]!);
    out.push(n);
    left -= n;
  }
  return out;
}

export interface BurstResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Final answers outside `ok` (after retries). */
  errors: number;
  /** Sends again after a 503 with Retry-After, and the requests that needed one. */
  retries: number;
  retried: number;
  statuses: Record<string, number>;
  replies: Reply[];
}

/** Fires each burst's requests at once and waits for all of them before the next burst. */
export async function bursts(
  plan: readonly number[],
  request: (i: number) => Promise<Reply>,
  ok = [200],
): Promise<BurstResult> {
  const replies: Reply[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const t0 = performance.now();
  for (const size of plan) {
    const batch = await Promise.all(
      Array.from({ length: size }, () => {
        const i = next++;
        return request(i).catch(
          (e: Error): Reply => ({
            status: 0,
            ms: 0,
            bytes: 0,
            trips: 0,
            statements: 0,
            body: String(e),
            retries: 0,
          }),
        );
      }),
    );
    replies.push(...batch);
  }
  const seconds = (performance.now() - t0) / 1000;
  for (const r of replies) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const ms = replies.map((r) => r.ms);
  return {
    requests: replies.length,
    seconds,
    perSecond: replies.length / seconds,
    p50: median(ms),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    errors: replies.filter((r) => !ok.includes(r.status)).length,
    retries: replies.reduce((n, r) => n + r.retries, 0),
    retried: replies.filter((r) => r.retries > 0).length,
    statuses,
    replies,
  };
}

/** Runs `n` requests with at most `c` in flight (for seeding). */
export async function pool<T>(n: number, c: number, f: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(c, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await f(i);
      }
    }),
  );
  return out;
}

/** Repeats a call `n` times sequentially (after one warm-up) and summarises it. */
export async function repeat(n: number, f: () => Promise<Reply>) {
  const warm = await f();
  const replies: Reply[] = [];
  for (let i = 0; i < n; i++) replies.push(await f());
  const ms = replies.map((r) => r.ms);
  return {
    n,
    p50: median(ms),
    p95: percentile(ms, 95),
    min: Math.min(...ms),
    bytes: warm.bytes,
    trips: warm.trips,
    statements: warm.statements,
    status: warm.status,
    body: warm.body,
  };
}
