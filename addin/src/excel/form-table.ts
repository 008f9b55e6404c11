/**
 * A form table in Excel (plan: ../sheets/form-table/): found by the identity it stores in the workbook
 * settings, written into a new worksheet swapped for the old one (stored-sheet.ts: 3 syncs), read in 1 sync,
 * and marked in 2 (its protection, then the fills and the "Kết quả kiểm tra" column as one 2D block).
 */
import { excelOperation as OP } from '../messages/excel';
import { area } from '../sheets/a1';
import { fieldCol } from '../sheets/form-table/layout';
import { formReadRange, messageColumn } from '../sheets/form-table/read';
import type { FormTableIdentity, FormTablePlan, ListValidation } from '../sheets/form-table/types';
import type { CellMessage } from '../sheets/read-back';
import { queueGrid, queueProtect } from './apply-plan';
import type { Flush } from './cells';
import { loadProtection, writeUnprotected } from './protection';
import { loadStored, writeStoredSheet } from './stored-sheet';
import { type Capabilities, type ExcelRun, guarded } from './types';
import { MARK } from './workbook';

export const FORM_PREFIX = 'thidua.form:';

export interface StoredForm extends FormTableIdentity {
  worksheetId: string;
  firstRow: number;
  lastRow: number;
  /** The digest of the records as written or last sent (../sheets/form-table/values.ts `digest`). */
  digest: string;
}

export const formKey = (id: FormTableIdentity) => `${FORM_PREFIX}${id.form}|${id.campaign}|${id.owner}`;

function parse(value: unknown): StoredForm | null {
  try {
    const v = JSON.parse(String(value)) as StoredForm;
    return typeof v.worksheetId === 'string' && typeof v.lastRow === 'number' ? v : null;
  } catch {
    return null;
  }
}

/** The stored form table of this identity whose worksheet still exists, or null. One sync. */
export function findForm(run: ExcelRun, id: FormTableIdentity): Promise<StoredForm | null> {
  return guarded(OP.findForm, () =>
    run(async (context) => {
      const { stored, sheets } = await loadStored(context, formKey(id), parse);
      return stored && sheets.items.some((w) => w.id === stored.worksheetId) ? stored : null;
    }),
  );
}

/** Writes the plan into a new worksheet (swapped for the one written before) and stores where it is. */
export function writeForm(
  run: ExcelRun,
  plan: FormTablePlan,
  caps: Capabilities,
  digest: string,
): Promise<StoredForm> {
  return guarded(OP.writeForm, () =>
    run((context) =>
      writeStoredSheet(context, {
        key: formKey(plan.identity),
        name: plan.name,
        parse,
        queue: (ws, flush) => queueForm(ws, plan, caps, flush),
        record: (worksheetId): StoredForm => ({
          ...plan.identity,
          worksheetId,
          firstRow: plan.layout.firstRow,
          lastRow: plan.layout.lastRow,
          digest,
        }),
      }),
    ),
  );
}

async function queueForm(ws: Excel.Worksheet, plan: FormTablePlan, caps: Capabilities, flush: Flush) {
  await queueGrid(ws, plan, flush);
  for (const [row, height] of Object.entries(plan.rowHeights))
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  if (caps.dataValidation) {
    // A warning, not a stop: a pasted or typed code is read as its word by the check.
    for (const v of plan.lists) queueList(ws, v, 'Warning');
    for (const v of plan.wholes) {
      const dv = ws.getRange(v.address).dataValidation;
      dv.clear();
      dv.ignoreBlanks = true;
      dv.rule = { wholeNumber: { formula1: v.min, formula2: v.max, operator: 'Between' } };
      dv.prompt = { showPrompt: true, title: v.title, message: v.prompt };
      dv.errorAlert = { showAlert: true, style: 'Warning', title: v.title, message: v.prompt };
    }
  }
  if (caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
  for (const address of plan.unlocked) ws.getRange(address).format.protection.locked = false;
  queueProtect(ws);
}

/** A drop-down list from a range of the sheet, with its prompt and its alert (the nominations sheet's too). */
export function queueList(ws: Excel.Worksheet, v: ListValidation, style: 'Stop' | 'Warning'): void {
  const dv = ws.getRange(v.address).dataValidation;
  dv.clear();
  dv.ignoreBlanks = true;
  dv.rule = { list: { inCellDropDown: true, source: v.source } };
  dv.prompt = { showPrompt: true, title: v.title, message: v.prompt };
  dv.errorAlert = { showAlert: true, style, title: v.title, message: v.alert };
}

/** The table's values (`formReadRange`). One sync. */
export function readForm(run: ExcelRun, plan: FormTablePlan, worksheetId: string): Promise<unknown[][]> {
  return guarded(OP.readForm, () =>
    run(async (context) => {
      const range = context.workbook.worksheets.getItem(worksheetId).getRange(formReadRange(plan));
      range.load('values');
      await context.sync(); // 1
      return range.values as unknown[][];
    }),
  );
}

/**
 * Marks the table: every earlier fill of the input cells cleared, each problem's cell filled red, and the
 * "Kết quả kiểm tra" column written (every row's messages, empty where none) as one block; with `digest`, the
 * stored identity records it (the sheet as just sent). Sync 1 reads the protection, sync 2 writes.
 */
export function markForm(
  run: ExcelRun,
  plan: FormTablePlan,
  stored: StoredForm,
  problems: readonly CellMessage[],
  digest?: string,
): Promise<void> {
  return guarded(OP.markForm, () =>
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem(stored.worksheetId);
      const sheet = await loadProtection(context, ws); // 1
      await writeUnprotected(context, ws, sheet, () => {
        const { firstRow, lastRow, messageCol } = plan.layout;
        ws.getRange(area(firstRow, fieldCol(0), lastRow, plan.fields.length)).format.fill.clear();
        for (const p of problems) ws.getRange(p.address).format.fill.color = MARK.problem;
        const column = messageColumn(plan, problems);
        ws.getRange(area(firstRow, messageCol, lastRow, messageCol)).values = column;
        if (digest !== undefined)
          context.workbook.settings.add(formKey(plan.identity), JSON.stringify({ ...stored, digest }));
      }); // 2
    }),
  );
}
