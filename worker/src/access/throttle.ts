/**
 * Throttling of failed authentications per client (decision 0029): after `limit` failures in a window the
 * client gets 429 with Retry-After until the window ends, for every token it sends, right or wrong (a right
 * one let through would tell a guesser it guessed). A D1 counter (db/auth-failures.ts) rather than the Rate
 * Limiting binding: the binding cannot be read without counting, so a blocked client could not be refused
 * before its token is judged, and its windows (10 or 60 s, per location) cannot be driven in tests.
 */
import * as failures from '../db/auth-failures';
import type { FailureLimit } from './limits';

/** Who is counted when the request names no client (local development, the tests). */
export const LOCAL_CLIENT = 'local';

/**
 * The client a request comes from: Cloudflare's CF-Connecting-IP (the client cannot set it through
 * Cloudflare); an IPv6 address by its /64, the block one subscriber gets, so rotating addresses within it
 * does not reset the count.
 */
export function clientOf(headers: Headers): string {
  const ip = headers.get('CF-Connecting-IP')?.trim().toLowerCase();
  if (!ip) return LOCAL_CLIENT;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.split('::', 2);
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Seconds until the window of `row` ends (at least 1), or null while the client may still try. */
export function blockedFor(
  row: failures.FailureRow | null,
  now: number,
  { limit, windowMs }: FailureLimit,
): number | null {
  if (!row || row.failures < limit) return null;
  return Math.max(1, Math.ceil((row.window_start + windowMs - now) / 1000));
}

/** Counts a failure; the first of a new window also clears the windows that ended (after the response). */
export async function countFailure(
  db: D1Database,
  client: string,
  now: number,
  l: FailureLimit,
  later: (p: Promise<unknown>) => void,
): Promise<failures.FailureRow> {
  const row = (await failures.count(db, client, now, l.windowMs).first<failures.FailureRow>())!;
  if (row.failures === 1) later(failures.prune(db, now, l.windowMs).run());
  return row;
}
