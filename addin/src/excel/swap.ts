/**
 * Rewriting a worksheet without ever clearing it in place (decision 0031): the new content goes into a new
 * worksheet under a scratch name; once it is complete and recorded in the settings, the old worksheet is
 * deleted and the new one takes its name and tab position. A failure before the record deletes the
 * half-written worksheets and protects the old ones again, so the workbook is as before. Used for one sheet
 * (stored-sheet.ts: scoring, nominations) and for every table of a pull at once (tables.ts).
 */
import { queueProtect } from './apply-plan';
import { freeName } from './table-identity';

export interface SwapNames {
  /** The name the worksheet has once swapped in. */
  name: string;
  /** The name it is written under while the old one still exists (`name` when there is no old one). */
  scratch: string;
}

/**
 * Names for a rewrite, both added to `taken` (every worksheet name, old ones included, and the names given
 * so far). The new worksheet gets `wanted` (a free variant of it beside a sheet the add-in did not record),
 * or with `keepOld` the old worksheet's own name, so a tab the user renamed keeps its name.
 */
export function swapNames(
  wanted: string,
  oldName: string | undefined,
  taken: Set<string>,
  keepOld = false,
): SwapNames {
  const others = new Set([...taken].filter((n) => n !== oldName));
  const name = keepOld && oldName !== undefined ? oldName : freeName(wanted, others);
  const scratch =
    oldName === undefined ? name : freeName(`~${name}`.slice(0, 31), new Set([...others, oldName]));
  taken.add(name);
  taken.add(scratch);
  return { name, scratch };
}

/**
 * Queues the swap, after the record: the old worksheet deleted, the new one renamed into its name and moved
 * to its tab position. Several swaps in one batch go in ascending old position, so each position is counted
 * among worksheets already in place.
 */
export function queueSwap(old: Excel.Worksheet | undefined, ws: Excel.Worksheet, name: string): void {
  if (!old) return;
  const position = old.position;
  old.delete();
  ws.name = name;
  ws.position = position;
}

/**
 * After a failed write: deletes the half-written worksheets (by scratch name; those the failure dropped are
 * not there) and protects again each old worksheet whose protection the batch lifted. Returns, for each of
 * `reprotect`, whether it was still protected (the first such one refused a password); errors here hide
 * nothing, the write's own failure is the one to report.
 */
export async function discard(
  context: Excel.RequestContext,
  scratches: readonly string[],
  reprotect: readonly Excel.Worksheet[],
): Promise<boolean[]> {
  try {
    const halves = scratches.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    for (const h of halves) h.load('id');
    for (const ws of reprotect) ws.protection.load('protected');
    await context.sync();
    for (const h of halves) if (!h.isNullObject) h.delete();
    const still = reprotect.map((ws) => ws.protection.protected);
    for (const [i, ws] of reprotect.entries()) if (!still[i]) queueProtect(ws);
    await context.sync();
    return still;
  } catch {
    return [];
  }
}
