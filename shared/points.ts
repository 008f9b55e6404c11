/**
 * Exact score arithmetic. A score travels as a JSON number (18.5) but is held as an integer number of
 * hundredths of a point (1850): every step the domain allows (0.01 and up) is a whole number there, so sums,
 * caps, comparisons and ranks are integer operations and cannot drift the way 0.1 + 0.2 does in binary floats.
 */

/** Hundredths of a point per point. */
export const SCALE = 100;

/**
 * Converts a point value to hundredths, or `null` when it is not exactly a whole number of hundredths
 * (18.505 → null, 7.000000001 → null). "Exactly" means the number is the one the decimal with at most two
 * places denotes (18.35 as JSON parses to the double nearest 18.35, and 1835 / 100 is that same double), so a
 * value off by 1e-9 is refused rather than rounded, and what is stored is what the totals count
 * (docs/decisions/0025-text-policy-and-limits.md). Computed noise (0.1 + 0.2 = 0.30000000000000004) is not a
 * score anyone typed and is refused too.
 */
export function toHundredths(points: number): number | null {
  if (!Number.isFinite(points)) return null;
  const rounded = Math.round(points * SCALE);
  return Number.isSafeInteger(rounded) && rounded / SCALE === points ? rounded : null;
}

/** Converts hundredths back to a JSON number of points (1850 → 18.5). */
export function toPoints(hundredths: number): number {
  return hundredths / SCALE;
}

/** Formats hundredths the Vietnamese way, with a decimal comma and no trailing zeros (1850 → "18,5"). */
export function formatPointsVi(hundredths: number): string {
  return toPoints(hundredths).toLocaleString('vi-VN', { maximumFractionDigits: 2, useGrouping: false });
}
