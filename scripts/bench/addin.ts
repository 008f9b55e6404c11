/**
 * The add-in side: syncs, and bytes per sync, of the adapter's operations on the office-addin-mock workbook
 * (addin/test/excel-mock.ts). Bytes per sync = the JSON size of the cell payload (values, formulas, number
 * formats) that crossed between two syncs, written or loaded — what Office serialises between the task pane
 * and Excel for those ranges; formatting calls and settings are not counted. The table writer also reports
 * its own estimate of every write's bytes (addin/src/tables/payload.ts), formats included.
 */

import { writeTables } from '../../addin/src/excel/tables';
import { readSheet, writeSheet } from '../../addin/src/excel/workbook';
import { buildSheetPlan } from '../../addin/src/sheets/layout';
import { readRange } from '../../addin/src/sheets/read-back';
import { consolidatedTable } from '../../addin/src/tables/consolidated';
import { rankingsTable } from '../../addin/src/tables/rankings';
import { createExcelMock } from '../../addin/test/excel-mock';
import { consolidatedOf, rankingsOf, snapshotHead } from '../../addin/test/secretariat-fixtures';
import type { Campaign, Group, Unit } from '../../shared/contract/plan';
import { BENCH_TITLE, CRITERIA, entriesOf, planOf, SECTOR, TEMPLATE } from '../../shared/demo/bench';

type Mock = ReturnType<typeof createExcelMock>;

/** Cumulative payload bytes over every range the adapter touched. */
function payload(excel: Mock): number {
  let n = 0;
  for (const r of excel.ranges) {
    for (const key of ['values', 'formulas', 'numberFormat'] as const) {
      try {
        const v = r.range[key];
        if (v !== undefined && !(key === 'values' && JSON.stringify(v) === '[[""]]'))
          n += JSON.stringify(v).length;
      } catch {}
    }
  }
  return n;
}

/** Runs one adapter operation and returns its syncs and the payload bytes of each sync. */
async function measure<T>(excel: Mock, op: (run: Mock['run']) => Promise<T>) {
  const perSync: number[] = [];
  let last = payload(excel);
  const run: Mock['run'] = (batch) =>
    excel.run((context) => {
      const sync = context.sync.bind(context);
      const counted = new Proxy(context, {
        get(t, p) {
          if (p === 'sync')
            return async () => {
              const now = payload(excel);
              perSync.push(now - last);
              last = now;
              await sync();
              const after = payload(excel);
              // What the sync brought back (loaded values) counts in that sync.
              perSync[perSync.length - 1]! += after - last;
              last = after;
            };
          return Reflect.get(t, p);
        },
      });
      return batch(counted as Excel.RequestContext);
    });
  const before = excel.syncs;
  await op(run);
  return { syncs: excel.syncs - before, bytes: perSync };
}

export async function addinSide() {
  const plan = planOf(SECTOR);
  const campaign = plan.campaign as Campaign;
  const unit = plan.units![0] as Unit;
  const group = { ...plan.groups![0]!, members: plan.groups![0]!.members } as Group;
  const entries = entriesOf(0).map((e) => ({
    criterion: e.criterion,
    self: e.self ?? null,
    appraised: null,
    evidence: e.evidence ?? null,
    reason: null,
  }));
  const sheetPlan = buildSheetPlan({
    campaign,
    group,
    unit,
    template: TEMPLATE,
    mode: 'unit',
    sheet: { revision: 1, status: 'submitted', entries },
  });
  const out: Record<string, unknown> = { criteria: CRITERIA.length, rows: sheetPlan.rows };

  // What Excel would return when the read-back loads its range: the cells the write put there.
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const read = (_sheet: string, address: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(address.split('!').pop() ?? '');
    if (!m || address !== readRange(sheetPlan)) return undefined;
    return sheetPlan.cells
      .slice(Number(m[2]) - 1, Number(m[4]))
      .map((row) =>
        row
          .slice(col(m[1]!), col(m[3]!) + 1)
          .map((v) =>
            typeof v !== 'string' ? v : v.startsWith('=') ? 0 : v.startsWith("'") ? v.slice(1) : v,
          ),
      );
  };
  const excel = createExcelMock({ read });
  out['sheet write (new)'] = await measure(excel, (run) => writeSheet(run, sheetPlan, excel.caps));
  out['sheet write (again)'] = await measure(excel, (run) => writeSheet(run, sheetPlan, excel.caps));
  const id = excel.settings.size ? JSON.parse([...excel.settings.values()][0]!).worksheetId : 'new-1';
  out['sheet read-back'] = await measure(excel, (run) => readSheet(run, sheetPlan, id));

  // The secretariat's pulls through the table writer (addin/src/excel/tables.ts), on the add-in's own
  // fixtures: 40 groups × 50 units, and one group of 60 units × 120 criteria.
  const ranking = rankingsTable({ campaign: 'BENCH', title: BENCH_TITLE, groups: rankingsOf(50, 40) });
  const matrix = consolidatedTable({
    campaign: 'BENCH',
    snapshot: snapshotHead,
    group: consolidatedOf(60, 120),
  });
  for (const [name, plan] of [
    ['ranking pull (2,000 rows)', ranking],
    ['consolidated matrix (60 × 120)', matrix],
  ] as const) {
    const mock = createExcelMock();
    let estimated = 0;
    const m = await measure(mock, async (run) => {
      estimated = (await writeTables(run, [plan], mock.caps)).bytes;
    });
    out[name] = { ...m, estimated };
  }
  return out;
}
