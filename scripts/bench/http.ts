/** HTTP side of the benchmarks: one timed call, bursts of concurrent calls, percentiles. */

export interface Reply {
  status: number;
  ms: number;
  bytes: number;
  /** D1 round trips and statements, from the bench entry's X-Bench-D1 header. */
  trips: number;
  statements: number;
  body: string;
}

export async function call(
  base: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const t0 = performance.now();
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: payload,
    signal: AbortSignal.timeout(180_000),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  const [trips, statements] = (res.headers.get('X-Bench-D1') ?? '0;0').split(';').map(Number);
  return {
    status: res.status,
    ms,
    bytes: Buffer.byteLength(text),
    trips: trips!,
    statements: statements!,
    body: text,
  };
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
  errors: number;
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
          (e: Error): Reply => ({ status: 0, ms: 0, bytes: 0, trips: 0, statements: 0, body: String(e) }),
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
