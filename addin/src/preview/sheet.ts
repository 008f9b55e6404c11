/**
 * One worksheet of the preview workbook: its cells (values, formulas, formats, locking, list validation),
 * merged areas, column widths, protection, the conditional formats, charts and print setup the adapter set,
 * and the recalculation of its formulas (./formula.ts).
 */
import { cell as a1, parseCell } from '../sheets/a1';
import { key, type MergedArea, overlaps, type Rect } from './address';
import { type ConditionalFills, conditionalFill, conditionalFills } from './conditional-fill';
import { evaluate, type Scalar } from './formula';
import type { CellValidation } from './validation';

export type CellValue = string | number | boolean;

export interface Cell {
  value: CellValue;
  formula?: string;
  format: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  color?: string;
  hAlign?: string;
  /** Wrap text; without it a text runs over the empty cells to its right, as Excel draws it. */
  wrap?: boolean;
  locked: boolean;
  /** Data validation: a list or a number rule, and its error alert (./validation.ts). */
  validation?: CellValidation;
}

/** A custom conditional format: `formula` is written for the top-left cell of `rect`. */
export interface PreviewRule {
  address: string;
  rect: Rect;
  formula: string;
  fill: string | null;
}

/** A chart as the adapter described it. */
export interface PreviewChart {
  name: string;
  type: string;
  source: string;
  title: string;
  position: [string, string | undefined] | null;
}

export const blank = (): Cell => ({ value: '', format: 'General', locked: true });

export class PreviewSheet {
  readonly cells = new Map<string, Cell>();
  /** Merged areas, none overlapping another. */
  readonly merges: MergedArea[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  protected = false;
  frozenRows = 0;
  frozenColumns = 0;
  selection: string | null = null;
  readonly rules: PreviewRule[] = [];
  readonly charts: PreviewChart[] = [];
  readonly print: {
    orientation?: string;
    area?: string;
    titleRows?: string;
    titleColumns?: string;
    paper?: string;
    fitToWidth?: boolean;
  } = {};

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  get rowCount(): number {
    return this.extent().rows;
  }

  get colCount(): number {
    return this.extent().cols;
  }

  /** Rows and columns of the sheet (the last cell stored in each direction), in one pass over the cells. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of this.cells.keys()) {
      const comma = k.indexOf(',');
      rows = Math.max(rows, Number(k.slice(0, comma)));
      cols = Math.max(cols, Number(k.slice(comma + 1)) + 1);
    }
    return { rows, cols };
  }

  get(address: string): Cell {
    const p = parseCell(address);
    if (!p) throw new Error(`InvalidArgument: ${address}`);
    return this.cells.get(key(p.row, p.col)) ?? blank();
  }

  /** Every (row, col) of a rectangle, open bounds closed at the sheet's extent. */
  *positions(rect: Rect): Generator<[number, number]> {
    const r2 = rect.r2 ?? this.rowCount;
    const c2 = rect.c2 ?? this.colCount - 1;
    for (let r = rect.r1; r <= r2; r++) for (let c = rect.c1; c <= c2; c++) yield [r, c];
  }

  /** Calls `f` on every cell of a rectangle, making the blank ones (a write to a range). */
  eachCell(rect: Rect, f: (cell: Cell, r: number, c: number) => void): void {
    for (const [r, c] of this.positions(rect)) f(this.cellAt(r, c), r, c);
  }

  /** Recomputes every formula cell's value; a reference cycle shows "#REF!". */
  recalc(): void {
    const done = new Map<string, Scalar>();
    const busy = new Set<string>();
    const read = (r: number, c: number): Scalar => {
      const k = key(r, c);
      const cell = this.cells.get(k);
      if (!cell?.formula) return cell?.value ?? '';
      if (done.has(k)) return done.get(k)!;
      if (busy.has(k)) return '#REF!';
      busy.add(k);
      const v = evaluate(cell.formula, read);
      busy.delete(k);
      done.set(k, v);
      cell.value = v;
      return v;
    };
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      read(r, c);
    }
  }

  /** The fill each cell takes from the conditional formats, for a redraw (./conditional-fill.ts). */
  conditionalFills(extent = this.extent()): ConditionalFills {
    return conditionalFills(this, extent);
  }

  /** The fill of the last-added conditional format whose formula holds at (row, col), or null. */
  conditionalFill(r: number, c: number): string | null {
    return conditionalFill(this, r, c);
  }

  /** The merged area holding (row, col), or null. */
  mergeAt(r: number, c: number): MergedArea | null {
    return this.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2) ?? null;
  }

  /** The address a person's click or typing at `address` lands on: the top-left cell of its merged area. */
  anchorOf(address: string): string {
    const p = parseCell(address);
    const m = p && this.mergeAt(p.row, p.col);
    return m ? a1(m.r1, m.c1) : address;
  }

  /** A rectangle with its open bounds closed at the sheet's extent. */
  closed(rect: Rect): MergedArea {
    return {
      r1: rect.r1,
      c1: rect.c1,
      r2: rect.r2 ?? Math.max(rect.r1, this.rowCount),
      c2: rect.c2 ?? Math.max(rect.c1, this.colCount - 1),
    };
  }

  /**
   * Merges `rect` (each of its rows apart when `across`), as `Range.merge(across)` does: a merged area it
   * overlaps is replaced. A single cell is no merged area.
   */
  merge(rect: Rect, across = false): void {
    const whole = this.closed(rect);
    const areas = across
      ? Array.from({ length: whole.r2 - whole.r1 + 1 }, (_, i) => ({
          ...whole,
          r1: whole.r1 + i,
          r2: whole.r1 + i,
        }))
      : [whole];
    for (const area of areas) {
      if (area.r1 === area.r2 && area.c1 === area.c2) continue;
      this.unmerge(area);
      this.merges.push(area);
    }
  }

  /** Unmerges every merged area overlapping `rect` (`Range.unmerge()`, and `Range.clear()` of formats). */
  unmerge(rect: Rect): void {
    const r = this.closed(rect);
    const open = { ...r, r2: rect.r2 ?? Number.POSITIVE_INFINITY, c2: rect.c2 ?? Number.POSITIVE_INFINITY };
    const kept = this.merges.filter((m) => !overlaps(m, open));
    this.merges.splice(0, this.merges.length, ...kept);
  }

  cellAt(r: number, c: number): Cell {
    const k = key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = blank();
      this.cells.set(k, cell);
    }
    return cell;
  }
}
