/**
 * The add-in's Excel operations. Each is one `Excel.run` with at most three `context.sync()` calls whatever
 * the number of criteria: load what it needs, queue every write as 2D arrays or ranges, sync. Each leaves
 * the workbook as before or fully done (stored-sheet.ts, protection.ts).
 */

import { excelOperation as OP } from '../messages/excel';
import { area } from '../sheets/a1';
import { type CellMessage, type ReadBackResult, readBack, readRange } from '../sheets/read-back';
import type { SheetIdentity, SheetPlan } from '../sheets/types';
import { queuePlan } from './apply-plan';
import { parseStored, SETTING_PREFIX, type StoredIdentity, settingKey } from './identity-store';
import { loadProtection, writeUnprotected } from './protection';
import { writeStoredSheet } from './stored-sheet';
import { type Capabilities, type ExcelRun, guarded } from './types';

/** Fill of a cell with a problem, and of a cell whose text was read as a number. */
export const MARK = { problem: '#FFC7CE', notice: '#FFEB9C' } as const;

/**
 * Writes a sheet plan into a new worksheet — in place of the one written before, swapped once complete — and
 * stores its identity in the workbook settings. Three syncs (stored-sheet.ts).
 */
export function writeSheet(run: ExcelRun, plan: SheetPlan, caps: Capabilities): Promise<StoredIdentity> {
  return guarded(OP.writeSheet, () =>
    run((context) =>
      writeStoredSheet(context, {
        key: settingKey(plan.identity),
        name: plan.name,
        parse: parseStored,
        queue: (ws, flush) => queuePlan(ws, plan, caps, flush),
        record: (worksheetId): StoredIdentity => ({ ...plan.identity, worksheetId }),
      }),
    ),
  );
}

/** Reads the sheet's cells back into entries (see `readBack`). */
export function readSheet(run: ExcelRun, plan: SheetPlan, worksheetId: string): Promise<ReadBackResult> {
  return guarded(OP.readSheet, () =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(worksheetId);
      const range = ws.getRange(readRange(plan));
      range.load('values');
      await context.sync(); // 1
      return readBack(plan, range.values);
    }),
  );
}

/** Clears earlier marks from the table body, then fills each listed cell (problems red, notices yellow). */
export function markCells(
  run: ExcelRun,
  plan: SheetPlan,
  worksheetId: string,
  marks: { problems: readonly CellMessage[]; notices?: readonly CellMessage[] },
): Promise<void> {
  return guarded(OP.markCells, () =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(worksheetId);
      const sheet = await loadProtection(context, ws); // 1
      // Fills are cell formats, which the add-in's protection does not allow: lifted around them.
      await writeUnprotected(context, ws, sheet, () => {
        const c = plan.layout.columns;
        const body = area(plan.layout.headerRow + 1, 0, plan.layout.lastRow, c.reason ?? c.evidence);
        ws.getRange(body).format.fill.clear();
        for (const n of marks.notices ?? []) ws.getRange(n.address).format.fill.color = MARK.notice;
        for (const p of marks.problems) ws.getRange(p.address).format.fill.color = MARK.problem;
      }); // 2
    }),
  );
}

/** Removes every mark from the table body. */
export function clearMarks(run: ExcelRun, plan: SheetPlan, worksheetId: string): Promise<void> {
  return markCells(run, plan, worksheetId, { problems: [] });
}

/**
 * Writes numbers over scores that were typed as text, so the sheet's own formulas count them. Values only:
 * the score cells are unlocked and 'General' (the plan's), so a protected sheet takes them, whereas a number
 * format would need the format permission the add-in's protection withholds (and a number written through
 * the API is a number whatever the cell's format).
 */
export function applyFixes(
  run: ExcelRun,
  worksheetId: string,
  fixes: ReadonlyArray<{ address: string; value: number }>,
): Promise<void> {
  return guarded(OP.applyFixes, () =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(worksheetId);
      for (const f of fixes) ws.getRange(f.address).values = [[f.value]];
      await context.sync(); // 1
    }),
  );
}

/** Brings a cell into view and selects it (from the pane's message list). */
export function selectCell(run: ExcelRun, worksheetId: string, address: string): Promise<void> {
  return guarded(OP.selectCell, () =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(worksheetId);
      ws.activate();
      ws.getRange(address).select();
      await context.sync(); // 1
    }),
  );
}

/** Every sheet this workbook holds, from the settings, keeping only those whose worksheet still exists. */
export function listSheets(run: ExcelRun): Promise<StoredIdentity[]> {
  return guarded(OP.listSheets, () =>
    run(async (context) => {
      const settings = context.workbook.settings;
      settings.load('items/key,items/value');
      const sheets = context.workbook.worksheets;
      sheets.load('items/id');
      await context.sync(); // 1
      const ids = new Set(sheets.items.map((w) => w.id));
      return settings.items
        .filter((s) => s.key.startsWith(SETTING_PREFIX))
        .map((s) => parseStored(s.value))
        .filter((s): s is StoredIdentity => s !== null && ids.has(s.worksheetId));
    }),
  );
}

/** Finds the stored identity of one sheet, or null. */
export function findSheet(run: ExcelRun, id: Pick<SheetIdentity, 'campaign' | 'group' | 'unit' | 'mode'>) {
  return listSheets(run).then((all) => all.find((s) => settingKey(s) === settingKey(id)) ?? null);
}
