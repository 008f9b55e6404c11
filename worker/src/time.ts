/** Instants in the API: stored as epoch milliseconds, shown as ISO 8601 in Vietnam's time (UTC+7, no DST). */
import { resolveInstant } from '../../shared/plan';

const VN_OFFSET_MS = 7 * 3600_000;

/** 1701338400000 → "2023-11-30T17:00:00+07:00"; null stays null. */
export function isoVn(ms: number): string;
export function isoVn(ms: number | null | undefined): string | null;
export function isoVn(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined) return null;
  const local = new Date(ms + VN_OFFSET_MS).toISOString(); // "2023-11-30T17:00:00.000Z" shifted
  const millis = local.slice(19, 23) === '.000' ? '' : local.slice(19, 23);
  return `${local.slice(0, 19)}${millis}+07:00`;
}

/** The instant a plan date or date-time means, in ms (a bare date = 23:59:59 that day in Vietnam). */
export function instantMs(value: string): number {
  return resolveInstant(value).getTime();
}

/** 1701338400000 → "17:00 ngày 30/11/2023" (Vietnam's time), for messages. */
export function formatVn(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ngày ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
