/**
 * Reading one score cell. Excel hands back a number for a number; a user of an English-locale Excel who
 * types "18,5" gets text instead. Such text is read as the number it means (and the user is told), never
 * stored as text nor dropped; anything that is not a number becomes a problem on that cell.
 */

export type ScoreRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text-number'; value: number; typed: string }
  | { kind: 'invalid'; typed: string };

/** Digits with at most one decimal separator, comma or point; an optional sign so "-1" reads as a number. */
const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

export function readScore(value: unknown): ScoreRead {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : invalid(value);
  if (typeof value !== 'string') return invalid(value);
  const typed = value.replace(/[\s\u00a0\u202f]+/g, '');
  if (typed === '') return { kind: 'empty' };
  if (!NUMBER_TEXT.test(typed)) return invalid(value);
  return { kind: 'text-number', value: Number(typed.replace(',', '.')), typed: value.trim() };
}

const invalid = (value: unknown): ScoreRead => ({ kind: 'invalid', typed: String(value).trim() });

/** Reads a free-text cell (evidence, reason): empty → null, numbers kept as their digits. */
export function readText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.trim() : String(value);
  return text === '' ? null : text;
}
