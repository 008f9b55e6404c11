/**
 * The pulled tables on the strict layer (decision 0031): a pull leaves the workbook as before or fully
 * done, refuses a user's password plainly with nothing changed, and keeps every request under 5 MB however
 * many rows, in a number of syncs counted here.
 */
import { describe, expect, it } from 'vitest';
import { createExcelMock } from '../../test/excel-mock';
import { consolidatedOf, quotaRows, rankingsOf, snapshotHead } from '../../test/secretariat-fixtures';
import { excelRefusal } from '../messages/excel';
import { PreviewWorkbook } from '../preview/workbook';
import { consolidatedTable } from '../tables/consolidated';
import { DEFAULT_BUDGET, planBytes, REQUEST_LIMIT, rowBytes } from '../tables/payload';
import { quotasTable } from '../tables/quotas';
import { rankingsTable } from '../tables/rankings';
import { tableKey } from './table-identity';
import { writeTables } from './tables';

const AT = '2023-12-01T08:00:00+07:00';
const quotas = quotasTable({ campaign: 'C', title: 'T', rules: quotaRows, at: AT });
const council = (group: string) =>
  consolidatedTable({ campaign: 'C', snapshot: snapshotHead, group: consolidatedOf(20, 30, group) });

describe('pulled tables on the strict layer: as before or fully done', () => {
  it('a pull failing part-way, after several syncs, leaves the old tables as they were and protected', async () => {
    const excel = createExcelMock();
    const plans = [council('K1'), council('K2')];
    const first = await writeTables(excel.run, plans, excel.caps);
    const ids = first.tables.map((t) => t.worksheetId);
    const records = plans.map((p) => excel.settings.get(tableKey(p.identity)));
    const namesBefore = excel.names;
    const touched = excel.ranges.length;
    // A budget small enough that rows went out in earlier syncs before the failure (at the first chart).
    excel.strict.failAt = 'Chart.setPosition';
    const withChart = plans.map((p) => ({
      ...p,
      charts: [{ type: 'BarClustered', name: 'c', title: 't', source: 'A7:B9', from: 'X2', to: 'AD20' }],
    })) as typeof plans;
    excel.resetSyncs();
    await expect(writeTables(excel.run, withChart, excel.caps, { budget: 32 * 1024 })).rejects.toMatchObject({
      name: 'ExcelOperationError',
    });
    expect(excel.syncs).toBeGreaterThan(3);
    // No half-written worksheet left, the old ones there under their names, protected again, still recorded.
    expect(excel.names).toEqual(namesBefore);
    for (const id of ids) expect(excel.strict.sheets.get(id)!.protected).toBe(true);
    expect(plans.map((p) => excel.settings.get(tableKey(p.identity)))).toEqual(records);
    // Nothing of the failed pull touched them: it wrote only into its own new worksheets.
    expect(excel.ranges.slice(touched).some((r) => ids.includes(r.sheet))).toBe(false);
    expect(excel.ranges.length).toBeGreaterThan(touched);
  });

  it('keeps the old table’s cells in the preview when the new one fails, then the next pull swaps it', async () => {
    const book = new PreviewWorkbook();
    const before = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(3, 4) });
    const r1 = await writeTables(book.run, [before, quotas], book.strict.caps);
    const old = book.sheet(r1.tables[0]!.worksheetId);
    const cells = old.get('B5').value;
    book.strict.failAt = 'ConditionalRangeFill.color';
    const after = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(1, 5) });
    await expect(writeTables(book.run, [after, quotas], book.strict.caps)).rejects.toBeTruthy();
    expect(book.sheets.map((s) => s.id)).toEqual(r1.tables.map((t) => t.worksheetId));
    expect(old.rowCount).toBe(before.rows);
    expect(old.get('B5').value).toBe(cells);
    const r2 = await writeTables(book.run, [after, quotas], book.strict.caps);
    expect(book.sheets.map((s) => s.name)).toEqual(['Bảng xếp hạng', 'Chỉ tiêu']);
    expect(book.sheet(r2.tables[0]!.worksheetId).rowCount).toBe(after.rows);
  });

  it('refuses a table sheet the user protected with a password, in Vietnamese, changing nothing', async () => {
    const excel = createExcelMock();
    const plans = [council('K1'), council('K2')];
    const first = await writeTables(excel.run, plans, excel.caps);
    const [k1, k2] = first.tables.map((t) => t.worksheetId);
    // K1 stays the add-in's own protection; the user set a password on K2 (lifting K1's comes first).
    excel.strict.sheets.get(k2!)!.password = 'riêng';
    excel.log.length = 0;
    const message = excelRefusal.passwordProtected('TH K2');
    await expect(writeTables(excel.run, plans, excel.caps)).rejects.toThrow(message);
    expect(excel.names).toEqual(['TH K1', 'TH K2']);
    expect(excel.strict.sheets.get(k1!)!.protected).toBe(true);
    expect(excel.strict.sheets.get(k2!)).toMatchObject({ protected: true, password: 'riêng' });
    expect(excel.log.filter((l) => /^(add|delete|setting):/.test(l))).toEqual([]);
    expect(JSON.parse(excel.settings.get(tableKey(plans[1]!.identity))!).worksheetId).toBe(k2);
  });

  it('pulls 20,000 ranking rows twice: every request under 5 MB, 2 + k syncs, k bounded', async () => {
    const huge = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(500, 40) });
    expect(huge.rows).toBeGreaterThan(20_000);
    const excel = createExcelMock();
    for (const pull of [1, 2]) {
      excel.resetSyncs();
      const before = excel.strict.payloads.length;
      const result = await writeTables(excel.run, [huge], excel.caps);
      const payloads = excel.strict.payloads.slice(before);
      console.info(
        `20,000 rows, pull ${pull}: ${excel.syncs} syncs (${result.batches} batches), largest request ` +
          `${(Math.max(...payloads) / 1024 / 1024).toFixed(2)} MB`,
      );
      expect(payloads).toHaveLength(excel.syncs);
      expect(Math.max(...payloads)).toBeLessThan(REQUEST_LIMIT);
      expect(excel.syncs).toBe(2 + result.batches);
      expect(result.batches).toBeGreaterThanOrEqual(Math.ceil(planBytes(huge) / DEFAULT_BUDGET));
      expect(result.batches).toBeLessThanOrEqual(
        Math.ceil(result.bytes / (DEFAULT_BUDGET - Math.max(...rowBytes(huge)))),
      );
    }
    expect(excel.names).toEqual(['Bảng xếp hạng']);
  });
});
