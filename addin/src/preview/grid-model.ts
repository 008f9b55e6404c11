/**
 * What the grid draws, without the DOM: the visible columns, and per row the cells to draw with their
 * spans. A merged area is one cell spanning its rows and visible columns, anchored at its top row and first
 * visible column and showing its top-left cell; the cells under it are not drawn.
 */
import { cell as a1, parseCell } from '../sheets/a1';
import type { Cell, PreviewSheet } from './sheet';

export interface GridCell {
  row: number;
  col: number;
  /** The address a click selects: the merged area's top-left cell, or the cell's own. */
  address: string;
  /** The cell whose value and format are shown (the top-left cell of a merged area); undefined when blank. */
  cell: Cell | undefined;
  rowSpan: number;
  colSpan: number;
  /** The background: a conditional format's fill where its rule holds, else the cell's own fill. */
  fill: string | undefined;
  /**
   * The text runs over the cells to its right, as Excel draws a left-aligned text without wrap whose right
   * neighbour is blank (a title above a table), instead of wrapping in its own column.
   */
  overflow: boolean;
}

export interface GridModel {
  /** Visible columns, 0-based. */
  cols: number[];
  rows: { row: number; cells: GridCell[] }[];
}

/**
 * The grid of a sheet. Conditional formats are evaluated once for the whole grid
 * (`PreviewSheet.conditionalFills`), not once per drawn cell.
 */
export function gridModel(ws: PreviewSheet): GridModel {
  const extent = ws.extent();
  const rowCount = extent.rows;
  const fills = ws.conditionalFills(extent);
  const drawn = (
    row: number,
    col: number,
    r: number,
    c: number,
    rowSpan: number,
    colSpan: number,
  ): GridCell => {
    const cell = ws.cells.get(`${r},${c}`);
    // A blank cell (none stored) shows no fill.
    const fill = cell ? (fills.at(r, c) ?? cell.fill) : undefined;
    return { row, col, address: a1(r, c), cell, rowSpan, colSpan, fill, overflow: false };
  };
  const blank = (r: number, c: number) => {
    const v = ws.cells.get(`${r},${c}`)?.value;
    return (v === undefined || v === '') && !ws.mergeAt(r, c);
  };
  const cols = Array.from({ length: extent.cols }, (_, i) => i).filter((c) => !ws.hiddenColumns.has(c));
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const r = i + 1;
    const cells: GridCell[] = [];
    for (const c of cols) {
      const m = ws.mergeAt(r, c);
      if (!m) {
        const d = drawn(r, c, r, c, 1, 1);
        const next = cols[cols.indexOf(c) + 1];
        d.overflow =
          typeof d.cell?.value === 'string' &&
          d.cell.value !== '' &&
          !d.cell.wrap &&
          (!d.cell.hAlign || d.cell.hAlign === 'Left') &&
          next !== undefined &&
          blank(r, next);
        cells.push(d);
        continue;
      }
      const spanned = cols.filter((x) => x >= m.c1 && x <= m.c2);
      // Only the area's top row and first visible column draw it, with its top-left cell; the rest is covered.
      if (r !== m.r1 || c !== spanned[0]) continue;
      cells.push(drawn(r, c, m.r1, m.c1, Math.min(m.r2, rowCount) - m.r1 + 1, spanned.length));
    }
    return { row: r, cells };
  });
  return { cols, rows };
}

/**
 * The cell Tab, Enter or an arrow key moves to from `address` (a step of `dRow` rows or `dCol` columns), as
 * in Excel: out of a merged area from its far edge, over hidden columns, onto a merged area's top-left cell;
 * it stays put at the sheet's edge (the drawn grid's last row and column).
 */
export function moveFrom(ws: PreviewSheet, address: string, dRow: number, dCol: number): string {
  const p = parseCell(ws.anchorOf(address));
  if (!p) return address;
  const extent = ws.extent();
  const m = ws.mergeAt(p.row, p.col) ?? { r1: p.row, r2: p.row, c1: p.col, c2: p.col };
  let row = dRow > 0 ? m.r2 + dRow : dRow < 0 ? m.r1 + dRow : p.row;
  let col = dCol > 0 ? m.c2 + dCol : dCol < 0 ? m.c1 + dCol : p.col;
  while (ws.hiddenColumns.has(col) && col >= 0 && col < extent.cols) col += Math.sign(dCol) || 1;
  if (row < 1 || row > extent.rows) row = p.row;
  if (col < 0 || col >= extent.cols || ws.hiddenColumns.has(col)) col = p.col;
  return ws.anchorOf(a1(row, col));
}
