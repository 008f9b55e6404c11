/**
 * The `Excel.Range` slice of the preview that the adapter uses: values, formulas and number formats read
 * and written as 2D arrays (a single value spread over the range, as Excel does), merging, clearing,
 * selecting, hiding columns, and the range's formats (./range-format.ts) and rules (./range-rules.ts).
 */
import { key, parseAddress, type Rect } from './address';
import { formatProxy } from './range-format';
import { conditionalFormatsProxy, validationProxy } from './range-rules';
import { blank, type Cell, type CellValue, type PreviewSheet } from './sheet';
import type { ActiveSheet } from './worksheet-proxy';

export function rangeProxy(book: ActiveSheet, s: PreviewSheet, address?: string) {
  const rect: Rect = address ? parseAddress(address) : { r1: 1, c1: 0, r2: null, c2: null };
  const matrix = <T>(f: (cell: Cell) => T): T[][] => {
    const out: T[][] = [];
    for (const [r, c] of s.positions(rect)) {
      const row = r - rect.r1;
      out[row] ??= [];
      out[row].push(f(s.cells.get(key(r, c)) ?? blank()));
    }
    return out;
  };
  /** A 2D write; a single value is spread over the whole range, as Excel does. */
  const write = (data: unknown[][], f: (cell: Cell, v: unknown) => void) => {
    const single = data.length === 1 && data[0]!.length === 1;
    s.eachCell(rect, (cell, r, c) => {
      const v = single ? data[0]![0] : data[r - rect.r1]?.[c - rect.c1];
      if (v !== undefined) f(cell, v);
    });
  };
  const range = {
    address,
    load: () => range,
    get values() {
      return matrix((c) => c.value);
    },
    set values(data: unknown[][]) {
      write(data, (cell, v) => {
        delete cell.formula;
        cell.value = unprefixed(v as CellValue);
      });
    },
    get formulas() {
      return matrix((c) => c.formula ?? c.value);
    },
    set formulas(data: unknown[][]) {
      write(data, (cell, v) => {
        if (typeof v === 'string' && v.startsWith('=')) {
          cell.formula = v;
          cell.value = '';
        } else {
          delete cell.formula;
          cell.value = unprefixed(v as CellValue);
        }
      });
    },
    get numberFormat() {
      return matrix((c) => c.format);
    },
    set numberFormat(data: unknown[][]) {
      write(data, (cell, v) => {
        cell.format = String(v);
      });
    },
    merge: (across?: boolean) => {
      s.merge(rect, across === true);
    },
    unmerge: () => {
      s.unmerge(rect);
    },
    /** Cells go whole (the only `applyTo` the adapter uses); clearing formats unmerges, as in Excel. */
    clear: (applyTo: string = 'All') => {
      for (const [r, c] of [...s.positions(rect)]) s.cells.delete(key(r, c));
      if (applyTo === 'All' || applyTo === 'Formats') s.unmerge(rect);
    },
    select: () => {
      s.selection = address ?? 'A1';
      book.activeId = s.id;
    },
    set columnHidden(v: boolean) {
      for (let c = rect.c1; c <= (rect.c2 ?? rect.c1); c++)
        if (v) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
    },
    dataValidation: validationProxy(s, rect),
    conditionalFormats: conditionalFormatsProxy(s, rect, address),
    format: formatProxy(s, rect),
  };
  return range;
}

/** Excel's text prefix: a written "'=A1" is the text =A1, shown and returned without the apostrophe. */
function unprefixed(v: CellValue): CellValue {
  return typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
}
