/** A rows × cols block of constants and number formats that the table plans fill, plus small helpers. */
import type { TableValue } from './types';

export class Block {
  readonly values: TableValue[][];
  readonly formats: string[][];

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.values = Array.from({ length: rows }, () => Array<TableValue>(cols).fill(''));
    this.formats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  }

  /**
   * Puts a constant at (1-based row, 0-based col). Text always gets the text format "@", so a name that
   * begins with "=" stays text and never becomes a formula; null and undefined leave the cell empty.
   */
  set(row: number, col: number, value: TableValue | null | undefined, format?: string): void {
    if (value === null || value === undefined) return;
    this.values[row - 1]![col] = value;
    this.formats[row - 1]![col] = format ?? (typeof value === 'string' ? '@' : 'General');
  }
}

/** Worksheet name: Excel allows 31 characters and none of []:*?/\ . */
export const safeSheetName = (raw: string) => raw.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);

/** A text inside a formula's string literal ("Tốt" → "\"Tốt\"", quotes doubled). */
export const formulaText = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Fills of the classification labels, best first; later labels reuse the last. */
export const CLASS_FILLS = ['#C6EFCE', '#DDEBF7', '#FFEB9C', '#FCE4D6', '#FFC7CE'] as const;
/** Fill of an over-quota row. */
export const OVER_FILL = '#FFC7CE';
/** Fill of an appraised score that differs from the self score. */
export const CHANGED_FILL = '#FFEB9C';
/** Fill of header rows. */
export const HEADER_FILL = '#D9E1F2';
