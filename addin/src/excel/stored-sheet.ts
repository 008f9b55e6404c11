/**
 * A worksheet the add-in writes and finds again by an identity it stores in the workbook settings (the
 * scoring sheet, the nominations sheet), found by its stored worksheet id only: a sheet of the same name
 * that the add-in did not record (a user's own, another campaign's) is never taken over; the new sheet gets
 * a free name beside it (case-insensitive, as Excel compares names).
 *
 * A rewrite never clears the old worksheet in place: the new content is written completely into a new
 * worksheet, whose id is recorded in the settings, and only then is the old one deleted and the new one
 * renamed into its place. A failure before the swap deletes the half-written worksheet and leaves the old
 * one as it was; a failure after the record points to the complete new one. A protected old sheet is
 * unprotected as the batch's first operation (it is deleted anyway), so a password the user set refuses
 * before anything changed.
 *
 * Syncs: 1 (where the sheet is, what the workbook holds) + k (the writes, k ≥ 1 blocks within a sync's
 * budget) + 1 (the record, and for a rewrite the swap): three for every sheet the add-in writes today.
 */
import type { Flush } from './cells';
import { passwordProtected, refusedUnprotect } from './protection';
import { discard, queueSwap, swapNames } from './swap';

/** Sync 1: the stored identity under `key` (parsed; null when absent or unreadable) and the worksheets. */
export async function loadStored<S>(
  context: Excel.RequestContext,
  key: string,
  parse: (value: unknown) => S | null,
): Promise<{ stored: S | null; sheets: Excel.WorksheetCollection }> {
  const setting = context.workbook.settings.getItemOrNullObject(key);
  setting.load('value');
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name,items/position,items/protection/protected');
  await context.sync(); // 1: where the sheet was written before, and what the workbook holds
  return { stored: setting.isNullObject ? null : parse(setting.value), sheets };
}

export interface StoredSheetWrite<S> {
  /** The settings key of the identity. */
  key: string;
  /** The worksheet's name (a free variant when another worksheet has it). */
  name: string;
  parse(value: unknown): { worksheetId: string } | null;
  /** Queues the sheet's content on the new worksheet; `flush` syncs between blocks of a large write. */
  queue(ws: Excel.Worksheet, flush: Flush): Promise<void>;
  /** The identity to store for the worksheet's id and name. */
  record(worksheetId: string, name: string): S;
}

export async function writeStoredSheet<S>(context: Excel.RequestContext, w: StoredSheetWrite<S>): Promise<S> {
  const { stored, sheets } = await loadStored(context, w.key, w.parse);
  const old = stored ? sheets.items.find((s) => s.id === stored.worksheetId) : undefined;
  const { name, scratch } = swapNames(w.name, old?.name, new Set(sheets.items.map((s) => s.name)));
  const wasProtected = old?.protection.protected === true;
  if (old && wasProtected) old.protection.unprotect();
  const ws = sheets.add(scratch);
  ws.load('id');
  try {
    await w.queue(ws, () => context.sync());
    await context.sync(); // 2 (… k+1): the whole new sheet
  } catch (error) {
    if (refusedUnprotect(error)) throw passwordProtected(old!.name);
    await discard(context, [scratch], old && wasProtected ? [old] : []);
    throw error;
  }
  const identity = w.record(ws.id, name);
  // The record first: should the swap after it fail, it points to the complete new sheet.
  context.workbook.settings.add(w.key, JSON.stringify(identity));
  queueSwap(old, ws, name);
  ws.activate();
  await context.sync(); // k+2: the record, and the swap
  return identity;
}
