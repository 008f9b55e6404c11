/**
 * A plan's 2D block of cells written in row blocks, each within a sync's budget (Excel on the web refuses a
 * request over 5 MB; the budget leaves room for the batch's other operations): number formats first, so a
 * text-formatted cell keeps "1.1" or "- QĐ 12" as typed. Most sheets are one block; a nominations sheet of a
 * thousand long summaries is several, with a sync between them.
 */
import { area } from '../sheets/a1';
import { DEFAULT_BUDGET, jsonBytes, OP_BYTES } from '../tables/payload';

export type Flush = () => Promise<void>;

export interface CellBlock {
  /** Top row of the block on the sheet (1-based) and its first column (0-based). */
  row: number;
  col: number;
  cells: readonly (readonly unknown[])[];
  numberFormats: readonly (readonly string[])[];
  /** `formulas` (the sheet plans: "=SUM(…)" stays a formula) or `values` (answers written back). */
  as: 'formulas' | 'values';
}

/** Queues the block, calling `flush` (a sync) before a row that would take the batch over `budget`. */
export async function writeCells(
  ws: Excel.Worksheet,
  block: CellBlock,
  flush: Flush,
  budget = DEFAULT_BUDGET,
): Promise<number> {
  const { cells, numberFormats } = block;
  const width = cells[0]?.length ?? 0;
  if (cells.length === 0 || width === 0) return 0;
  const queue = (from: number, to: number) => {
    const range = ws.getRange(area(block.row + from, block.col, block.row + to - 1, block.col + width - 1));
    range.numberFormat = numberFormats.slice(from, to) as string[][];
    range[block.as] = cells.slice(from, to) as unknown[][];
  };
  let blocks = 1;
  let start = 0;
  let bytes = OP_BYTES * 2;
  for (let i = 0; i < cells.length; i++) {
    const size = jsonBytes(cells[i]) + jsonBytes(numberFormats[i]) + 2;
    if (bytes + size > budget && i > start) {
      queue(start, i);
      await flush();
      blocks++;
      start = i;
      bytes = OP_BYTES * 2;
    }
    bytes += size;
  }
  queue(start, cells.length);
  return blocks;
}
