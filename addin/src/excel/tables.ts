/**
 * Writes table plans (../tables/) into their worksheets, in place: a worksheet is found by the identity
 * stored in the workbook settings (table-identity.ts), unprotected, unmerged and cleared whole — so a
 * shorter pull leaves no rows of the longer one behind — and its old charts deleted; a missing one is added
 * under a free name. Several plans go in one `Excel.run` (the rankings and quotas; every group of a snapshot).
 *
 * Syncs (decision 0014): `2 + k`, where k ≥ 1 is the number of budget-sized batches the writes are packed
 * into. Sync 1 reads the settings and the worksheets; the writes — values and number formats row block by
 * row block, then formats, conditional formats, print setup — are queued with their estimated bytes
 * (tables/payload.ts) and a sync is made whenever the next write would take the batch over the budget
 * (4 MB; Excel on the web refuses a request over 5 MB), and once at the end of them; the last sync replaces
 * the charts (their old ones are known only after a sync), protects, and stores the identities (a new
 * worksheet's id is known only after a sync). A row block is cut between rows, so
 * `k ≤ ⌈B / (budget − r)⌉` for B estimated bytes in all and r the largest row: a 2,000-row ranking
 * (≈ 0.5 MB estimated with the quotas) or a 60 × 120 consolidated matrix (≈ 0.9 MB, half of it the
 * column widths and the fills of changed scores) is k = 1: three syncs.
 */
import { excelOperation as OP } from '../messages/excel';
import { area, colLetter } from '../sheets/a1';
import { DEFAULT_BUDGET, OP_BYTES, rowBytes } from '../tables/payload';
import type { TablePlan } from '../tables/types';
import { EDGES, MM, POINTS_PER_CHAR, queueStyle } from './apply-plan';
import { freeName, parseStoredTable, type StoredTable, TABLE_PREFIX, tableKey } from './table-identity';
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

interface Target {
  plan: TablePlan;
  ws: Excel.Worksheet;
  charts: Excel.ChartCollection | null;
}

/** Writes every plan into its worksheet; see the file's comment for the syncs it takes. */
export function writeTables(
  run: ExcelRun,
  plans: readonly TablePlan[],
  caps: Capabilities,
  options: WriteTablesOptions = {},
): Promise<WriteTablesResult> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  return guarded(OP.writeTables, () =>
    run(async (context) => {
      let syncs = 0;
      let batches = 0;
      let batch = 0;
      let bytes = 0;
      const sync = async () => {
        await context.sync();
        syncs++;
      };
      const flush = async () => {
        await sync();
        batches++;
        batch = 0;
      };
      /** Counts an operation's bytes into the batch, syncing first if it would take the batch over budget. */
      const reserve = async (n: number) => {
        if (batch > 0 && batch + n > budget) await flush();
        batch += n;
        bytes += n;
      };

      const settings = context.workbook.settings;
      settings.load('items/key,items/value');
      const sheets = context.workbook.worksheets;
      sheets.load('items/id,items/name,items/protection/protected');
      await sync(); // 1: which worksheets hold the tables already
      const stored = new Map<string, StoredTable>();
      for (const s of settings.items) {
        if (!s.key.startsWith(TABLE_PREFIX)) continue;
        const t = parseStoredTable(s.value);
        if (t) stored.set(tableKey(t), t);
      }
      const names = new Set(sheets.items.map((w) => w.name));

      const targets: Target[] = plans.map((plan) => {
        const known = stored.get(tableKey(plan.identity));
        const existing = known && sheets.items.find((w) => w.id === known.worksheetId);
        if (existing) {
          if (existing.protection.protected) existing.protection.unprotect();
          const all = existing.getRange();
          all.unmerge();
          all.clear('All');
          all.format.protection.locked = true;
          if (caps.conditionalFormats) all.conditionalFormats.clearAll();
          existing.charts.load('items/name');
          batch += OP_BYTES * 6;
          return { plan, ws: existing, charts: existing.charts };
        }
        const name = freeName(plan.name, names);
        names.add(name);
        const ws = sheets.add(name);
        ws.load('id');
        return { plan, ws, charts: null };
      });

      for (const { plan, ws } of targets) {
        // Values and number formats, in row blocks cut where the batch would exceed the budget.
        const sizes = rowBytes(plan);
        let start = 1;
        let block = OP_BYTES;
        for (let r = 1; r <= plan.rows; r++) {
          const size = sizes[r - 1]!;
          if (batch + block + size > budget && r > start) {
            queueRows(ws, plan, start, r - 1);
            bytes += block;
            await flush();
            start = r;
            block = OP_BYTES;
          } else if (batch + block + size > budget && batch > 0) {
            await flush();
          }
          block += size;
        }
        queueRows(ws, plan, start, plan.rows);
        batch += block;
        bytes += block;

        for (const [i, width] of plan.widths.entries()) {
          await reserve(OP_BYTES);
          ws.getRange(`${colLetter(i)}:${colLetter(i)}`).format.columnWidth = Math.round(
            width * POINTS_PER_CHAR,
          );
        }
        for (const address of plan.merges) {
          await reserve(OP_BYTES);
          ws.getRange(address).merge(false);
        }
        for (const s of plan.styles) {
          await reserve(OP_BYTES * (s.grid ? EDGES.length : 1));
          queueStyle(ws, s);
        }
        for (const rule of plan.conditional) {
          if (caps.conditionalFormats) {
            await reserve(OP_BYTES * 2);
            const cf = ws.getRange(rule.address).conditionalFormats.add('Custom');
            cf.custom.rule.formula = rule.formula;
            cf.custom.format.fill.color = rule.fill;
          } else {
            for (const address of rule.matches) {
              await reserve(OP_BYTES);
              ws.getRange(address).format.fill.color = rule.fill;
            }
          }
        }
        await reserve(OP_BYTES * 12);
        if (caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
        if (caps.pageLayout && plan.print) queuePrint(ws, plan);
      }
      await flush(); // 2 … k+1: the last batch of writes (every write, for a pull within the budget)

      const tables: StoredTable[] = [];
      for (const { plan, ws, charts } of targets) {
        for (const old of charts?.items ?? []) old.delete();
        for (const spec of plan.charts) {
          const chart = ws.charts.add(spec.type, ws.getRange(spec.source), 'Columns');
          chart.name = spec.name;
          chart.title.text = spec.title;
          chart.legend.visible = false;
          chart.setPosition(spec.from, spec.to);
        }
        if (plan.readOnly)
          ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
        const table: StoredTable = { ...plan.identity, worksheetId: ws.id, source: plan.source };
        settings.add(tableKey(plan.identity), JSON.stringify(table));
        tables.push(table);
      }
      targets[0]?.ws.activate();
      await sync(); // k+2: charts, protection, identities
      return { tables, syncs, batches, bytes };
    }),
  );
}

function queueRows(ws: Excel.Worksheet, plan: TablePlan, r1: number, r2: number): void {
  if (r2 < r1) return;
  const range = ws.getRange(area(r1, 0, r2, plan.cols - 1));
  // Formats first: a text cell then keeps "=x" or "1.1" as typed, never a formula or a number.
  range.numberFormat = plan.numberFormats.slice(r1 - 1, r2);
  range.values = plan.values.slice(r1 - 1, r2);
}

function queuePrint(ws: Excel.Worksheet, plan: TablePlan): void {
  const print = plan.print!;
  const p = ws.pageLayout;
  p.orientation = print.orientation;
  p.paperSize = 'A4';
  // One page wide; the height allowance is generous so only the width decides the scale.
  p.zoom = { horizontalFitToPages: 1, verticalFitToPages: Math.max(1, Math.ceil(plan.rows / 25)) };
  p.setPrintArea(print.area);
  p.setPrintTitleRows(print.titleRows);
  p.leftMargin = 10 * MM;
  p.rightMargin = 10 * MM;
  p.topMargin = 15 * MM;
  p.bottomMargin = 15 * MM;
  p.headersFooters.defaultForAllPages.centerFooter = print.footer;
}
