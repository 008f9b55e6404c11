/**
 * A mutable rows × cols block of cell contents and number formats, filled by the layout then frozen; and the
 * canvas a layout draws on: the grid with its style blocks and merged areas.
 */
import { area } from './a1';
import type { CellContent, StyleBlock } from './types';

/** Excel's text prefix: "=A1" → "'=A1" (Excel shows and returns =A1, as text); other text unchanged. */
export const asText = (text: string): string => (/^[=+\-@']/.test(text) ? `'${text}` : text);

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

  /**
   * Puts a constant at (1-based row, 0-based col). Text gets the text format "@" and, when Excel would read it
   * as a formula (it begins with = + - @ or an apostrophe), Excel's text prefix: a unit's name, an authority
   * or an evidence written "=HYPERLINK(…)" stays the text it is.
   */
  set(row: number, col: number, value: CellContent, format?: string): void {
    const text = typeof value === 'string' && value !== '';
    this.cells[row - 1]![col] = typeof value === 'string' ? asText(value) : value;
    this.formats[row - 1]![col] = format ?? (text ? '@' : 'General');
  }

  /** Puts a formula the layout built (../sheets/formulas.ts), never a text of the plan's or the user's. */
  formula(row: number, col: number, formula: `=${string}`, format = 'General'): void {
    this.cells[row - 1]![col] = formula;
    this.formats[row - 1]![col] = format;
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
