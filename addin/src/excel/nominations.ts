/**
 * The nominations sheet in Excel (plan: ../sheets/nominations.ts). Like the scoring sheet's adapter, each
 * operation is one `Excel.run` with a bounded number of syncs whatever the number of rows: find (1), write
 * (3, stored-sheet.ts; one more per extra block of a sheet over a sync's budget), read (1), write back the
 * server's answer (2: its protection, then the answer; more blocks only past the budget).
 */
import { excelOperation as OP } from '../messages/excel';
import { area } from '../sheets/a1';
import type { Fill } from '../sheets/nominations/columns';
import { NC, nominationsReadRange } from '../sheets/nominations/columns';
import type { NominationsPlan } from '../sheets/nominations/types';
import type { CellMessage } from '../sheets/read-back';
import { queueGrid, queueProtect } from './apply-plan';
import { type Flush, writeCells } from './cells';
import { queueList } from './form-table';
import { loadProtection, writeUnprotected } from './protection';
import { loadStored, writeStoredSheet } from './stored-sheet';
import type { Capabilities, ExcelRun } from './types';
import { guarded } from './types';
import { MARK } from './workbook';

export const NOMINATIONS_PREFIX = 'thidua.nominations:';

export interface StoredNominations {
  campaign: string;
  owner: string;
  sheet: string;
  worksheetId: string;
  /** Rows of the table as last written, so a read covers them without rebuilding the plan's size. */
  firstRow: number;
  lastRow: number;
}

export const nominationsKey = (campaign: string, owner: string) =>
  `${NOMINATIONS_PREFIX}${campaign}|${owner}`;

function parse(value: unknown): StoredNominations | null {
  try {
    const v = JSON.parse(String(value)) as StoredNominations;
    return typeof v.worksheetId === 'string' && typeof v.lastRow === 'number' ? v : null;
  } catch {
    return null;
  }
}

/** The stored nominations sheet of (campaign, owner) whose worksheet still exists, or null. One sync. */
export function findNominations(
  run: ExcelRun,
  campaign: string,
  owner: string,
): Promise<StoredNominations | null> {
  return guarded(OP.findNominations, () =>
    run(async (context) => {
      const { stored, sheets } = await loadStored(context, nominationsKey(campaign, owner), parse);
      return stored && sheets.items.some((w) => w.id === stored.worksheetId) ? stored : null;
    }),
  );
}

/** Writes the plan into a new worksheet (swapped for the one written before) and stores where it is. */
export function writeNominations(
  run: ExcelRun,
  plan: NominationsPlan,
  caps: Capabilities,
): Promise<StoredNominations> {
  const key = nominationsKey(plan.identity.campaign, plan.identity.owner);
  return guarded(OP.writeNominations, () =>
    run((context) =>
      writeStoredSheet(context, {
        key,
        name: plan.name,
        parse,
        queue: (ws, flush) => queueNominations(ws, plan, caps, flush),
        record: (worksheetId): StoredNominations => ({
          ...plan.identity,
          worksheetId,
          firstRow: plan.layout.firstRow,
          lastRow: plan.layout.lastRow,
        }),
      }),
    ),
  );
}

async function queueNominations(
  ws: Excel.Worksheet,
  plan: NominationsPlan,
  caps: Capabilities,
  flush: Flush,
): Promise<void> {
  await queueGrid(ws, plan, flush);
  for (const [row, height] of Object.entries(plan.rowHeights))
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const f of plan.fills) ws.getRange(f.address).format.fill.color = f.color;
  if (caps.dataValidation) {
    for (const v of plan.lists) queueList(ws, v, 'Stop');
  }
  if (caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
  for (const address of plan.unlocked) ws.getRange(address).format.protection.locked = false;
  queueProtect(ws);
}

/** The table's values (`nominationsReadRange`). One sync. */
export function readNominations(run: ExcelRun, plan: NominationsPlan, worksheetId: string) {
  return guarded(OP.readNominations, () =>
    run(async (context) => {
      const range = context.workbook.worksheets.getItem(worksheetId).getRange(nominationsReadRange(plan));
      range.load('values');
      await context.sync(); // 1
      return range.values as unknown[][];
    }),
  );
}

export interface WriteBack {
  /** Status, reasons, id, sent of every table row (`writeBackColumns`). */
  columns: string[][];
  /** Fills of the rows' statuses (`statusFills`). */
  fills: readonly Fill[];
  /** Cells the server or the read-back refused, filled red over everything else. */
  problems: readonly CellMessage[];
  /** Empty input cells given what the server stored for them (`defaultCells`: the kind, the unit). */
  filled?: readonly { address: string; value: string }[];
}

/**
 * Writes the server's answer beside the rows and marks them: the four answer columns as 2D row blocks
 * (`writeCells`, one for any sheet under a sync's budget), the empty kind and unit cells the server filled,
 * the table's fills cleared then set. Sync 1 reads the protection; it is lifted only if on, and put back
 * even when the write fails (protection.ts).
 */
export function writeBackNominations(
  run: ExcelRun,
  plan: NominationsPlan,
  worksheetId: string,
  back: WriteBack,
): Promise<void> {
  return guarded(OP.writeBackNominations, () =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(worksheetId);
      const sheet = await loadProtection(context, ws); // 1
      await writeUnprotected(context, ws, sheet, async () => {
        const { firstRow, lastRow } = plan.layout;
        await writeCells(
          ws,
          {
            row: firstRow,
            col: NC.status,
            cells: back.columns,
            numberFormats: back.columns.map((r) => r.map(() => '@')),
            as: 'values',
          },
          () => context.sync(),
        );
        for (const f of back.filled ?? []) ws.getRange(f.address).values = [[f.value]];
        ws.getRange(area(firstRow, NC.tt, lastRow, NC.reasons)).format.fill.clear();
        for (const f of back.fills) ws.getRange(f.address).format.fill.color = f.color;
        for (const p of back.problems) ws.getRange(p.address).format.fill.color = MARK.problem;
      }); // 2
    }),
  );
}
