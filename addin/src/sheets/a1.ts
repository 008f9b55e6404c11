/** A1-style addresses for the sheet plans: 1-based rows, 0-based column indexes. */

/** Column letter of a 0-based index: 0 → "A", 25 → "Z", 26 → "AA". */
export function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Address of one cell: (row 12, column 3) → "D12". */
export function cell(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** Address of a rectangle: (12, 3, 20, 3) → "D12:D20"; a single cell collapses to "D12". */
export function area(row1: number, col1: number, row2: number, col2: number): string {
  const a = cell(row1, col1);
  const b = cell(row2, col2);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "D12" into { row: 12, col: 3 }; `null` for anything else. */
export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}
