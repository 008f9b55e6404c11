/**
 * What the grid draws, without the DOM: the visible columns, and per row the cells to draw with their
 * spans. A merged area is one cell spanning its rows and visible columns, anchored at its top row and first
 * visible column and showing its top-left cell; the cells under it are not drawn.
 */
import { cell as a1 } from '../sheets/a1';
import type { Cell, PreviewSheet } from './workbook';

export interface GridCell {
  row: number;
  col: number;
  /** The address a click selects: the merged area's top-left cell, or the cell's own. */
  address: string;
  /** The cell whose value and format are shown (the top-left cell of a merged area); undefined when blank. */
  cell: Cell | undefined;
  rowSpan: number;
  colSpan: number;
}

export interface GridModel {
  /** Visible columns, 0-based. */
  cols: number[];
  rows: { row: number; cells: GridCell[] }[];
}

export function gridModel(ws: PreviewSheet): GridModel {
  const rowCount = ws.rowCount;
  const cols = Array.from({ length: ws.colCount }, (_, i) => i).filter((c) => !ws.hiddenColumns.has(c));
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const r = i + 1;
    const cells: GridCell[] = [];
    for (const c of cols) {
      const m = ws.mergeAt(r, c);
      if (!m) {
        cells.push({
          row: r,
          col: c,
          address: a1(r, c),
          cell: ws.cells.get(`${r},${c}`),
          rowSpan: 1,
          colSpan: 1,
        });
        continue;
      }
      const spanned = cols.filter((x) => x >= m.c1 && x <= m.c2);
      // Only the area's top row and first visible column draw it; the rest is covered.
      if (r !== m.r1 || c !== spanned[0]) continue;
      cells.push({
        row: r,
        col: c,
        address: a1(m.r1, m.c1),
        cell: ws.cells.get(`${m.r1},${m.c1}`),
        rowSpan: Math.min(m.r2, rowCount) - m.r1 + 1,
        colSpan: spanned.length,
      });
    }
    return { row: r, cells };
  });
  return { cols, rows };
}
