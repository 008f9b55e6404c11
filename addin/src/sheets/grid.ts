/**
 * A mutable rows × cols block of cell contents and number formats, filled by the layout then frozen; and the
 * canvas a layout draws on: the grid with its style blocks and merged areas.
 */
import { area } from './a1';
import type { CellContent, StyleBlock } from './types';

export class Grid {
  readonly cells: CellContent[][];
  readonly formats: string[][];

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.cells = Array.from({ length: rows }, () => Array<CellContent>(cols).fill(''));
    this.formats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  }

  /** Puts a constant or formula at (1-based row, 0-based col). Text constants get the text format "@". */
  set(row: number, col: number, value: CellContent, format?: string): void {
    this.cells[row - 1]![col] = value;
    const isText = typeof value === 'string' && !value.startsWith('=') && value !== '';
    this.formats[row - 1]![col] = format ?? (isText ? '@' : 'General');
  }

  /** Sets only the number format (for cells the user fills in). */
  format(row: number, col: number, format: string): void {
    this.formats[row - 1]![col] = format;
  }
}

/** The grid of a sheet being laid out, with the style blocks and merged areas laid out so far. */
export class Canvas {
  readonly g: Grid;
  readonly styles: StyleBlock[] = [];
  readonly merges: string[] = [];

  constructor(rows: number, cols: number) {
    this.g = new Grid(rows, cols);
  }

  /** Writes a text into (row, c1), merged across to c2, with a style over the whole run. */
  mergeText(row: number, c1: number, c2: number, text: string, style: Omit<StyleBlock, 'address'>): void {
    this.g.set(row, c1, text);
    if (c2 > c1) this.merges.push(area(row, c1, row, c2));
    this.styles.push({ address: area(row, c1, row, c2), ...style });
  }
}
