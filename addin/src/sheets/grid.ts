/** A mutable rows × cols block of cell contents and number formats, filled by the layout then frozen. */
import type { CellContent } from './types';

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
