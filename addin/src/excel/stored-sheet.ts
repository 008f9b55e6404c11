/**
 * A worksheet the add-in writes and finds again by an identity it stores in the workbook settings (the
 * scoring sheet, the nominations sheet): found by its stored worksheet id, else by its name; cleared and
 * rewritten in place when present, added when missing.
 */
import { queueClear } from './apply-plan';

/** Sync 1: the stored identity under `key` (parsed; null when absent or unreadable) and the worksheets. */
export async function loadStored<S>(
  context: Excel.RequestContext,
  key: string,
  parse: (value: unknown) => S | null,
): Promise<{ stored: S | null; sheets: Excel.WorksheetCollection }> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load('value');
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name,items/protection/protected');
  await context.sync(); // 1: where the sheet was written before, and what the workbook holds
  return { stored: setting.isNullObject ? null : parse(setting.value), sheets };
}

export interface StoredSheetWrite<S> {
  /** The settings key of the identity. */
  key: string;
  /** The worksheet's name (a found worksheet is renamed to it). */
  name: string;
  parse(value: unknown): { worksheetId: string } | null;
  /** Queues the sheet's content on the (cleared or new) worksheet. */
  queue(ws: Excel.Worksheet): void;
  /** The identity to store for the worksheet's id. */
  record(worksheetId: string): S;
}

/**
 * Writes the sheet and stores its identity: two syncs for an existing worksheet, three for a new one (its id
 * is known only once it exists).
 */
export async function writeStoredSheet<S>(context: Excel.RequestContext, w: StoredSheetWrite<S>): Promise<S> {
  const { stored, sheets } = await loadStored(context, w.key, w.parse);
  const existing =
    sheets.items.find((s) => stored && s.id === stored.worksheetId) ??
    sheets.items.find((s) => s.name === w.name);
  let ws: Excel.Worksheet;
  if (existing) {
    ws = existing;
    queueClear(ws, existing.protection.protected);
    if (existing.name !== w.name) ws.name = w.name;
  } else {
    ws = sheets.add(w.name);
    ws.load('id');
  }
  w.queue(ws);
  ws.activate();
  const save = (worksheetId: string) => {
    const identity = w.record(worksheetId);
    context.workbook.settings.add(w.key, JSON.stringify(identity));
    return identity;
  };
  if (existing) {
    const identity = save(existing.id);
    await context.sync(); // 2: every write at once
    return identity;
  }
  await context.sync(); // 2: every write at once
  const identity = save(ws.id);
  await context.sync(); // 3: the new worksheet's identity
  return identity;
}
