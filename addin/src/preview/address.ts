/** Cell addresses of the preview workbook: A1 ranges parsed into rectangles, and the cell map's keys. */

import { previewText } from '../messages/preview';
import { parseCell } from '../sheets/a1';

/** A rectangle, 1-based rows, 0-based columns; `null` bounds mean "to the sheet's extent". */
export interface Rect {
  r1: number;
  c1: number;
  r2: number | null;
  c2: number | null;
}

/** A merged area: 1-based rows, 0-based columns, bounds included. */
export interface MergedArea {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export const overlaps = (a: MergedArea, b: MergedArea) =>
  a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;

export const key = (r: number, c: number) => `${r},${c}`;

/** Parses "A1", "A1:C3", "B:B", "5:5"; throws on anything else, as Excel would at sync. */
export function parseAddress(address: string): Rect {
  const [a, b = a] = address.replace(/^.*!/, '').split(':') as [string, string?];
  const col = /^\$?([A-Z]{1,3})$/i;
  const row = /^\$?(\d+)$/;
  if (col.test(a) && col.test(b!)) {
    const c1 = parseCell(`${a.replace('$', '')}1`)!.col;
    const c2 = parseCell(`${b!.replace('$', '')}1`)!.col;
    return { r1: 1, c1, r2: null, c2 };
  }
  if (row.test(a) && row.test(b!))
    return { r1: Number(a.replace('$', '')), c1: 0, r2: Number(b!.replace('$', '')), c2: null };
  const p = parseCell(a);
  const q = parseCell(b!);
  if (!p || !q) throw new Error(`InvalidArgument: ${previewText.badAddress(address)}`);
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}
