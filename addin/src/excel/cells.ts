/**
 * A plan's 2D block of cells written in row blocks, each within a sync's budget (Excel on the web refuses a
 * request over 5 MB; the budget leaves room for the batch's other operations): number formats first, so a
 * text-formatted cell keeps "1.1" or "- QĐ 12" as typed. Most sheets are one block; a nominations sheet of a
 * thousand long summaries is several, with a sync between them.
 */
import { area } from '../sheets/a1';
import { DEFAULT_BUDGET, jsonBytes, OP_BYTES } from '../tables/payload';

export type Flush = () => Promise<void>;

/**
 * What a batch of queued writes carries towards a sync's budget, shared by several writes (the pulled
 * tables pack every table of a pull into the same syncs): `reserve` syncs first when an operation would take
 * the batch over the budget.
 */
export class SyncBatch {
  /** Bytes queued since the last sync, bytes of every write, and the syncs made here. */
  used = 0;
  bytes = 0;
  flushes = 0;

  constructor(
    private readonly sync: Flush,
    readonly budget = DEFAULT_BUDGET,
  ) {}

  /** Counts bytes just queued. */
  add(n: number): void {
    this.used += n;
    this.bytes += n;
  }

  /** Counts an operation's bytes into the batch, syncing first if it would take the batch over the budget. */
  async reserve(n: number): Promise<void> {
    if (this.used > 0 && this.used + n > this.budget) await this.flush();
    this.add(n);
  }

  async flush(): Promise<void> {
    await this.sync();
    this.flushes++;
    this.used = 0;
  }
}

export interface CellBlock {
  /** Top row of the block on the sheet (1-based) and its first column (0-based). */
  row: number;
  col: number;
  cells: readonly (readonly unknown[])[];
  numberFormats: readonly (readonly string[])[];
  /** `formulas` (the sheet plans: "=SUM(…)" stays a formula) or `values` (answers written back). */
  as: 'formulas' | 'values';
}

/**
 * Queues the block, syncing (`flush`, or the shared batch's) before a row that would take the batch over the
 * budget; a block is cut between rows only. Returns the number of range writes it took.
 */
export async function writeCells(
  ws: Excel.Worksheet,
  block: CellBlock,
  flush: Flush | SyncBatch,
  budget = DEFAULT_BUDGET,
): Promise<number> {
  const { cells, numberFormats } = block;
  const width = cells[0]?.length ?? 0;
  if (cells.length === 0 || width === 0) return 0;
  const batch = flush instanceof SyncBatch ? flush : new SyncBatch(flush, budget);
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
    if (batch.used + bytes + size > batch.budget) {
      if (i > start) {
        queue(start, i);
        batch.add(bytes);
        await batch.flush();
        blocks++;
        start = i;
        bytes = OP_BYTES * 2;
      } else if (batch.used > 0) await batch.flush(); // the other writes already queued go first
    }
    bytes += size;
  }
  queue(start, cells.length);
  batch.add(bytes);
  return blocks;
}
