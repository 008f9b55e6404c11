import { describe, expect, it } from 'vitest';
import { createExcelMock, type RangeRecord } from '../../test/excel-mock';
import { consolidatedOf, quotaRows, rankingsOf, snapshotHead } from '../../test/secretariat-fixtures';
import { consolidatedTable } from '../tables/consolidated';
import { DEFAULT_BUDGET, jsonBytes, planBytes, REQUEST_LIMIT, rowBytes } from '../tables/payload';
import { quotasTable } from '../tables/quotas';
import { rankingsTable } from '../tables/rankings';
import { tableKey } from './table-identity';
import { writeTables } from './tables';

const AT = '2023-12-01T08:00:00+07:00';
const ranking2000 = rankingsTable({ campaign: 'C', title: 'Kế hoạch', groups: rankingsOf(50, 40) });
const quotas = quotasTable({ campaign: 'C', title: 'Kế hoạch', rules: quotaRows, at: AT });
const matrix = consolidatedTable({ campaign: 'C', snapshot: snapshotHead, group: consolidatedOf(60, 120) });

/** Bytes of values and number formats each sync carried, from what the mock recorded (sync n = index n-1). */
function dataBytesPerSync(ranges: readonly RangeRecord[]): number[] {
  const per: number[] = [];
  for (const r of ranges) {
    const v = r.range.values;
    if (!Array.isArray(v) || v.length === 0 || r.address === '*') continue;
    const f = r.range.numberFormat;
    if (!Array.isArray(f)) continue;
    per[r.sync] = (per[r.sync] ?? 0) + jsonBytes(v) + jsonBytes(f);
  }
  return Array.from(per, (b) => b ?? 0);
}

const dataRanges = (ranges: readonly RangeRecord[]) =>
  ranges.filter((r) => Array.isArray(r.range.numberFormat) && r.address !== '*');

describe('table writer with office-addin-mock: sync counts at scale', () => {
  it('writes a 2,000-row ranking and the quotas in 3 syncs, each sheet’s data as one 2D block', async () => {
    const excel = createExcelMock();
    const result = await writeTables(excel.run, [ranking2000, quotas], excel.caps);
    expect(excel.syncs).toBe(3);
    expect(result).toMatchObject({ syncs: 3, batches: 1 });
    console.info(
      `2,000-row ranking + quotas: ${excel.syncs} syncs, ~${Math.round(result.bytes / 1024)} KB estimated`,
    );
    const blocks = dataRanges(excel.ranges);
    expect(blocks.map((b) => b.address)).toEqual([`A1:N2004`, 'A1:E7']);
    expect(blocks[0]!.range.values).toHaveLength(2004);
    expect(result.tables.map((t) => t.worksheetId)).toEqual(['new-1', 'new-2']);
    expect(JSON.parse(excel.settings.get(tableKey(ranking2000.identity))!)).toMatchObject({
      kind: 'rankings',
      campaign: 'C',
      worksheetId: 'new-1',
    });
  });

  it('writes a 60 × 120 consolidated matrix in 3 syncs, protected read-only, set up to print', async () => {
    const excel = createExcelMock();
    const result = await writeTables(excel.run, [matrix], excel.caps);
    expect(excel.syncs).toBe(3);
    expect(result.batches).toBe(1);
    console.info(`60 × 120 matrix: ${excel.syncs} syncs, ~${Math.round(result.bytes / 1024)} KB estimated`);
    const block = dataRanges(excel.ranges)[0]!;
    expect(block.range.values).toHaveLength(66);
    expect(block.range.values[0]).toHaveLength(365);
    expect(excel.log).toContain('titleRows:$5:$6');
    expect(excel.log.filter((l) => l.startsWith('protect:new-1'))).toHaveLength(1);
    expect(block.address).toBe('A1:NA66');
  });

  it('writes the consolidated sheets of 12 groups of a snapshot in 3 syncs too', async () => {
    const excel = createExcelMock();
    const plans = Array.from({ length: 12 }, (_, i) =>
      consolidatedTable({ campaign: 'C', snapshot: snapshotHead, group: consolidatedOf(20, 60, `K${i}`) }),
    );
    await writeTables(excel.run, plans, excel.caps);
    expect(excel.syncs).toBe(3);
    expect(excel.log.filter((l) => l.startsWith('add:'))).toHaveLength(12);
  });

  it('splits a pull over the budget into several syncs, none carrying more than the budget', async () => {
    const budget = 64 * 1024;
    const excel = createExcelMock();
    const result = await writeTables(excel.run, [ranking2000], excel.caps, { budget });
    // The data alone needs ⌈data / budget⌉ batches; with the other writes (widths, styles, 40 charts) and a
    // block cut between rows, at most ⌈all / (budget − largest row)⌉.
    const largest = Math.max(...rowBytes(ranking2000));
    expect(result.bytes).toBeGreaterThanOrEqual(planBytes(ranking2000));
    expect(result.batches).toBeGreaterThanOrEqual(Math.ceil(planBytes(ranking2000) / budget));
    expect(result.batches).toBeLessThanOrEqual(Math.ceil(result.bytes / (budget - largest)));
    expect(excel.syncs).toBe(2 + result.batches);
    console.info(`2,000 rows at a 64 KB budget: ${excel.syncs} syncs (${result.batches} batches)`);
    const per = dataBytesPerSync(excel.ranges);
    // Data in most batches; the last ones may carry only styles and the charts.
    expect(per.filter((b) => b > 0).length).toBeGreaterThan(result.batches / 2);
    for (const b of per) expect(b).toBeLessThanOrEqual(budget);
    // What the strict layer measured on the wire, the envelope included: no request over the budget + margin.
    for (const b of excel.strict.payloads) expect(b).toBeLessThan(budget * 1.25);
    // Every row written once, in order, with nothing lost between blocks.
    const rows = dataRanges(excel.ranges).flatMap((r) => r.range.values as unknown[][]);
    expect(rows).toEqual(ranking2000.values);
  });

  it('packs several tables into the same budget: every row of each written once, no sync over budget', async () => {
    const budget = 48 * 1024;
    const excel = createExcelMock();
    const plans = [ranking2000, quotas, matrix];
    const result = await writeTables(excel.run, plans, excel.caps, { budget });
    expect(excel.syncs).toBe(2 + result.batches);
    for (const b of dataBytesPerSync(excel.ranges)) expect(b).toBeLessThanOrEqual(budget);
    for (const [i, plan] of plans.entries()) {
      const sheet = `new-${i + 1}`;
      const rows = dataRanges(excel.ranges)
        .filter((r) => r.sheet === sheet)
        .flatMap((r) => r.range.values as unknown[][]);
      expect(rows).toEqual(plan.values);
    }
  });

  it('splits a pull larger than 4 MB at the default budget, each request under the 5 MB limit', async () => {
    const huge = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(250, 100) });
    expect(planBytes(huge)).toBeGreaterThan(DEFAULT_BUDGET);
    const excel = createExcelMock();
    const result = await writeTables(excel.run, [huge], excel.caps);
    console.info(
      `25,000 rows (~${Math.round(planBytes(huge) / 1024 / 1024)} MB): ${excel.syncs} syncs (${result.batches} batches)`,
    );
    expect(result.batches).toBeGreaterThanOrEqual(2);
    expect(excel.syncs).toBe(2 + result.batches);
    for (const b of dataBytesPerSync(excel.ranges)) expect(b).toBeLessThan(REQUEST_LIMIT);
  });
});

describe('table writer: pulling again swaps a new worksheet into the old one’s tab', () => {
  it('finds the old worksheet by its stored id, writes a new one, records it, then deletes the old', async () => {
    const small = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(1, 5) });
    const stored = { kind: 'rankings', campaign: 'C', worksheetId: 'ws-9', source: '' };
    const excel = createExcelMock({
      sheets: [
        { id: 'ws-1', name: 'Bảng xếp hạng' },
        { id: 'ws-9', name: 'Đổi tên', protected: true, charts: ['thidua-chart-K1', 'thidua-chart-K2'] },
      ],
      settings: { [tableKey(small.identity)]: JSON.stringify(stored) },
    });
    const result = await writeTables(excel.run, [small], excel.caps);
    expect(excel.syncs).toBe(3);
    expect(result.tables[0]!.worksheetId).toBe('new-1');
    expect(JSON.parse(excel.settings.get(tableKey(small.identity))!).worksheetId).toBe('new-1');
    // Written under a scratch name, never cleared in place; the old tab (with its charts) deleted after the
    // record, the new one renamed to the name the user gave the tab.
    expect(excel.log.filter((l) => l.startsWith('add:'))).toEqual(['add:~Đổi tên']);
    expect(excel.ranges.some((r) => r.sheet === 'ws-9')).toBe(false);
    expect(excel.log.indexOf('delete:ws-9')).toBeGreaterThan(
      excel.log.indexOf(`setting:${tableKey(small.identity)}`),
    );
    expect(excel.names).toEqual(['Bảng xếp hạng', 'Đổi tên']);
    // Its protection was read and lifted first (a password would refuse here, before anything changed).
    expect(excel.log[0]).toBe('unprotect:ws-9');
    const added = excel.charts.filter((c) => c.sheet === 'new-1' && !c.deleted);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      type: 'BarClustered',
      source: 'E5:F8',
      title: { text: 'Tổng điểm — Khối 1' },
    });
    // The user's own "Bảng xếp hạng" (ws-1) is not the add-in's: untouched.
    expect(excel.ranges.some((r) => r.sheet === 'ws-1')).toBe(false);
    expect(excel.log.some((l) => l.endsWith(':ws-1'))).toBe(false);
  });

  it('adds a new sheet under a free name when a sheet of that name is not the add-in’s', async () => {
    const excel = createExcelMock({ sheets: [{ id: 'ws-1', name: 'Bảng xếp hạng' }] });
    await writeTables(excel.run, [ranking2000], excel.caps);
    expect(excel.log).toContain('add:Bảng xếp hạng (2)');
  });

  it('adds conditional formats where ExcelApi 1.6 is there, plain fills of the matching rows where not', async () => {
    const withCf = createExcelMock();
    await writeTables(withCf.run, [quotas], withCf.caps);
    expect(withCf.conditionalFormats).toEqual([
      {
        sheet: 'new-1',
        address: 'A5:E7',
        type: 'Custom',
        custom: { rule: { formula: '=$E5>0' }, format: { fill: { color: '#FFC7CE' }, font: {} } },
      },
    ]);
    const without = createExcelMock();
    await writeTables(without.run, [quotas], {
      ...without.caps,
      conditionalFormats: false,
      pageLayout: false,
    });
    expect(without.conditionalFormats).toEqual([]);
    expect(without.ranges.find((r) => r.address === 'A5:E5')!.range.format.fill.color).toBe('#FFC7CE');
    expect(without.log.some((l) => l.startsWith('printArea'))).toBe(false);
    expect(without.syncs).toBe(3);
  });
});
