/**
 * Exact score arithmetic. A score travels as a JSON number (18.5) but is held as an integer number of
 * hundredths of a point (1850): every step the domain allows (0.01 and up) is a whole number there, so sums,
 * caps, comparisons and ranks are integer operations and cannot drift the way 0.1 + 0.2 does in binary floats.
 */

/** Hundredths of a point per point. */
export const SCALE = 100;

/**
 * Converts a point value to hundredths, or `null` when it is not a whole number of hundredths
 * (18.505 → null). Tolerates the binary noise of decimal literals (0.1 + 0.2 → 30).
 */
export function toHundredths(points: number): number | null {
  if (!Number.isFinite(points)) return null;
  const scaled = points * SCALE;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-6 ? rounded : null;
}

/** Converts hundredths back to a JSON number of points (1850 → 18.5). */
export function toPoints(hundredths: number): number {
  return hundredths / SCALE;
}

/** Formats hundredths the Vietnamese way, with a decimal comma and no trailing zeros (1850 → "18,5"). */
export function formatPointsVi(hundredths: number): string {
  return toPoints(hundredths).toLocaleString('vi-VN', { maximumFractionDigits: 2, useGrouping: false });
}
