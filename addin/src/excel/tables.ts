/**
 * Writes table plans (../tables/) into the workbook, several in one `Excel.run` (the rankings and quotas;
 * every group of a snapshot), each as before or fully done (decision 0031): a table is written completely
 * into a new worksheet (table-content.ts), the new worksheets' ids are recorded in the settings
 * (table-identity.ts), and only then is each old worksheet deleted and its new one given its name and tab
 * position (swap.ts). A failure before the record deletes the half-written worksheets and protects the old
 * ones again; a sheet the user protected with a password refuses, in Vietnamese, before anything changed
 * (its protection is lifted as the batch's first operation, protection.ts). A table's old worksheet is
 * found by the stored id only; a same-named sheet the add-in did not record is left alone.
 *
 * Syncs (decision 0014): `2 + k`. Sync 1 reads the settings and the worksheets (with their protection); the
 * writes are queued with their estimated bytes (tables/payload.ts) into a batch shared by every table
 * (cells.ts `SyncBatch`), synced whenever the next write would take it over the budget (4 MB; Excel on the
 * web refuses a request over 5 MB), row blocks cut between rows, and once after the last write: k ≥ 1 such
 * batches, `k ≤ ⌈B / (budget − r)⌉` for B estimated bytes and r the largest row. The last sync stores the
 * identities (a new worksheet's id is known only after a sync) and makes the swaps. A 2,000-row ranking with
 * the quotas or a 60 × 120 consolidated matrix is k = 1: three syncs.
 */
import { excelOperation as OP } from '../messages/excel';
import { DEFAULT_BUDGET } from '../tables/payload';
import type { TablePlan } from '../tables/types';
import { SyncBatch } from './cells';
import { passwordProtected, refusedUnprotect } from './protection';
import { discard, queueSwap, type SwapNames, swapNames } from './swap';
import { queueTable } from './table-content';
import { parseStoredTable, type StoredTable, TABLE_PREFIX, tableKey } from './table-identity';
import { type Capabilities, type ExcelRun, guarded } from './types';

export interface WriteTablesOptions {
  /** Bytes one sync may carry (default 4 MB). */
  budget?: number;
}

export interface WriteTablesResult {
  tables: StoredTable[];
  /** `context.sync()` calls made: 2 + `batches`. */
  syncs: number;
  /** Budget-sized batches the writes were packed into (k ≥ 1). */
  batches: number;
  /** Estimated bytes of every write. */
  bytes: number;
}

interface Target extends SwapNames {
  plan: TablePlan;
  /** The worksheet written before, found by its stored id. */
  old: Excel.Worksheet | undefined;
  ws: Excel.Worksheet;
}

/** Writes every plan into a new worksheet swapped for its old one; see the file's comment for the syncs. */
export function writeTables(
  run: ExcelRun,
  plans: readonly TablePlan[],
  caps: Capabilities,
  options: WriteTablesOptions = {},
): Promise<WriteTablesResult> {
  return guarded(OP.writeTables, () =>
    run(async (context) => {
      let syncs = 0;
      const sync = async () => {
        await context.sync();
        syncs++;
      };
      const settings = context.workbook.settings;
      settings.load('items/key,items/value');
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name,items/position,items/protection/protected');
      await sync(); // 1: which worksheets hold the tables already, and their protection
      const stored = new Map<string, StoredTable>();
      for (const s of settings.items) {
        if (!s.key.startsWith(TABLE_PREFIX)) continue;
        const t = parseStoredTable(s.value);
        if (t) stored.set(tableKey(t), t);
      }
      const taken = new Set(sheets.items.map((w) => w.name));
      const found = plans.map((plan) => {
        const known = stored.get(tableKey(plan.identity));
        return known && sheets.items.find((w) => w.id === known.worksheetId);
      });
      // Lifted first, so a password refuses before anything else in the batch is applied.
      const lifted = found.filter((w): w is Excel.Worksheet => w?.protection.protected === true);
      for (const w of lifted) w.protection.unprotect();

      const batch = new SyncBatch(sync, options.budget ?? DEFAULT_BUDGET);
      const targets: Target[] = [];
      try {
        for (const [i, plan] of plans.entries()) {
          const old = found[i];
          // A table keeps the tab name its old worksheet has (the user may have renamed it).
          const names = swapNames(plan.name, old?.name, taken, true);
          const ws = sheets.add(names.scratch);
          ws.load('id');
          targets.push({ plan, old, ws, ...names });
          await queueTable(ws, plan, caps, batch);
        }
        await batch.flush(); // 2 … k+1: the last batch of writes (every write, for a pull within the budget)
      } catch (error) {
        const still = await discard(
          context,
          targets.map((t) => t.scratch),
          lifted,
        );
        if (refusedUnprotect(error)) {
          const refused = lifted[Math.max(0, still.indexOf(true))];
          throw passwordProtected(refused?.name ?? '');
        }
        throw error;
      }

      // The records first: should a swap after them fail, they point to the complete new worksheets.
      const tables = targets.map(({ plan, ws }): StoredTable => {
        const table: StoredTable = { ...plan.identity, worksheetId: ws.id, source: plan.source };
        settings.add(tableKey(plan.identity), JSON.stringify(table));
        return table;
      });
      const swaps = targets.filter((t) => t.old).sort((a, b) => a.old!.position - b.old!.position);
      for (const t of swaps) queueSwap(t.old, t.ws, t.name);
      targets[0]?.ws.activate();
      await sync(); // k+2: the identities, and the swaps
      return { tables, syncs, batches: batch.flushes, bytes: batch.bytes };
    }),
  );
}
