/**
 * Writing into a worksheet that may be protected: protection is read first (never lifted from a sheet that
 * has none), lifted as the batch's first operation — so a sheet the user protected with a password refuses
 * before anything changed — and put back after the writes, also when they fail part-way (Excel does not
 * roll a failed batch back, so the sheet would stay open to typing).
 */
import { excelRefusal } from '../messages/excel';
import { queueProtect } from './apply-plan';

/** Whether a failed sync failed at lifting the protection (a password the add-in does not know). */
export function refusedUnprotect(error: unknown): boolean {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return location === 'WorksheetProtection.unprotect';
}

/** The error an operation raises for a password-protected sheet: a plain Vietnamese explanation. */
export const passwordProtected = (sheet: string) => new Error(excelRefusal.passwordProtected(sheet));

/** Sync 1: the worksheet's protection and name. */
export async function loadProtection(context: Excel.RequestContext, ws: Excel.Worksheet) {
  ws.load('name');
  ws.protection.load('protected');
  await context.sync();
  return { name: ws.name, wasProtected: ws.protection.protected };
}

/**
 * Queues `write` between lifting and restoring the protection, then syncs (the writes may sync on their own
 * between blocks). On failure the protection is put back and the error rethrown.
 */
export async function writeUnprotected(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: { name: string; wasProtected: boolean },
  write: () => void | Promise<void>,
): Promise<void> {
  if (sheet.wasProtected) ws.protection.unprotect();
  try {
    await write();
    if (sheet.wasProtected) queueProtect(ws);
    await context.sync();
  } catch (error) {
    if (refusedUnprotect(error)) throw passwordProtected(sheet.name);
    if (sheet.wasProtected) await restoreProtection(context, ws);
    throw error;
  }
}

/** Protects the sheet again if a failed batch left it open; a failure here must not hide the first one. */
async function restoreProtection(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<void> {
  try {
    ws.protection.load('protected');
    await context.sync();
    if (!ws.protection.protected) {
      queueProtect(ws);
      await context.sync();
    }
  } catch {
    // The original failure is what the user needs to see.
  }
}
