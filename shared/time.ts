/**
 * Vietnam time, one implementation for the Worker and the add-in: instants are epoch milliseconds, written as
 * ISO 8601 at +07:00 in answers and as "17:00 ngày 30/11/2023" to users. Vietnam keeps UTC+7 all year (no
 * daylight saving), so fixed arithmetic is exact and neither side depends on its host's time zone data.
 */
import { msg } from './messages';

export const VN_OFFSET_MS = 7 * 3_600_000;
const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant shifted by +7 h, so that its UTC fields read Vietnam's wall clock. */
const wall = (ms: number) => new Date(ms + VN_OFFSET_MS);
const two = (n: number) => String(n).padStart(2, '0');

/** 1701338400000 → "2023-11-30T17:00:00+07:00" (milliseconds only when not zero); null stays null. */
export function isoVn(ms: number): string;
export function isoVn(ms: number | null | undefined): string | null;
export function isoVn(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined) return null;
  const local = wall(ms).toISOString(); // "2023-11-30T17:00:00.000Z", read as Vietnam's clock
  const millis = local.slice(19, 23) === '.000' ? '' : local.slice(19, 23);
  return `${local.slice(0, 19)}${millis}+07:00`;
}

/** Epoch ms of a clock time on a bare date in Vietnam, or null when the text is not a bare date. */
function onDay(value: string, h: number, m: number, s: number): number | null {
  const d = BARE_DATE.exec(value);
  return d ? Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), h, m, s) - VN_OFFSET_MS : null;
}

/**
 * The instant a plan date or date-time means, in ms: a bare date is 23:59:59 that day in Vietnam (a deadline
 * runs to the end of its day); a date-time carries its own offset. NaN when the text is neither.
 */
export function instantMs(value: string): number {
  return onDay(value, 23, 59, 59) ?? Date.parse(value);
}

/** As `instantMs`, for the lower bound of a range: a bare date is the start (00:00:00) of that day. */
export function startInstantMs(value: string): number {
  return onDay(value, 0, 0, 0) ?? Date.parse(value);
}

/** 1701338400000 → "17:00 ngày 30/11/2023", Vietnam's clock; null stays null. */
export function formatVn(ms: number): string;
export function formatVn(ms: number | null | undefined): string | null;
export function formatVn(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined) return null;
  const d = wall(ms);
  const clock = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return msg.clockOnDay(clock, `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`);
}

/** An instant as the API writes it, or a plan date → "17:00 ngày 30/11/2023"; unreadable text is shown as is. */
export function formatInstantVn(value: string): string {
  const ms = instantMs(value);
  return Number.isNaN(ms) ? value : formatVn(ms);
}
