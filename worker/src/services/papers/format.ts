/**
 * How the papers write dates and shares (Nghị định 30/2020/NĐ-CP, Phụ lục I): days under 10 and the months
 * 1 and 2 with a leading zero; a share in hundredths of a percent with a decimal comma.
 */
import { wmsg } from '../../messages';

interface Day {
  day: string;
  month: string;
  year: number;
}

/** "2023-12-05" (or an ISO instant, read at its own wall clock) → the parts as the decree writes them. */
export function dayParts(iso: string): Day {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return {
    day: String(d).padStart(2, '0'),
    month: m <= 2 ? String(m).padStart(2, '0') : String(m),
    year: y,
  };
}

/** "Bà Rịa, ngày 05 tháng 12 năm 2023". */
export function placeDate(place: string, iso: string): string {
  const p = dayParts(iso);
  return wmsg.paper.placeDate(place, p.day, p.month, p.year);
}

/** "ngày 05 tháng 12 năm 2023". */
export function longDate(iso: string): string {
  const p = dayParts(iso);
  return wmsg.paper.dateLong(p.day, p.month, p.year);
}

/** 8333 → "83,33 %"; 10000 → "100 %". */
export function shareText(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const rest = Math.abs(hundredths % 100);
  return rest === 0 ? `${whole} %` : `${whole},${String(rest).padStart(2, '0')} %`;
}

/** A threshold percent as given in the plan (80 → "80 %", 66.67 → "66,67 %"). */
export function percentText(percent: number): string {
  return `${String(percent).replace('.', ',')} %`;
}

/** Votes in favour over the base, in hundredths of a percent, rounded down (exact integer arithmetic). */
export function shareOf(inFavour: number, base: number): number {
  if (base <= 0) return 0;
  const a = inFavour * 10_000;
  return (a - (a % base)) / base;
}

/** Text made NFC (the papers carry names as typed; a decomposed letter would print apart in some fonts). */
export const nfc = (s: string): string => s.normalize('NFC');
