/**
 * What the strict layer revealed, fixed: every operation leaves the workbook as before or fully done, reads
 * protection before changing it, refuses a user's password plainly, stays under 5 MB a sync, and keeps one
 * campaign's sheet apart from another's (decision 0031).
 */
import { describe, expect, it } from 'vitest';
import { createExcelMock } from '../../test/excel-mock';
import { campaign, group, template, unit } from '../../test/fixtures';
import { awardsPlan, item } from '../../test/nomination-fixtures';
import { excelRefusal } from '../messages/excel';
import { buildSheetPlan } from '../sheets/layout';
import { buildNominationsPlan } from '../sheets/nominations/layout';
import { writeBackColumns } from '../sheets/nominations/write-back';
import { settingKey } from './identity-store';
import { nominationsKey, writeBackNominations, writeNominations } from './nominations';
import { applyFixes, markCells, writeSheet } from './workbook';

const plan = buildSheetPlan({
  campaign,
  group,
  unit,
  template,
  mode: 'unit',
  sheet: { revision: 1, status: 'draft', entries: [] },
});
const self = plan.layout.criteria.map((c) => `D${c.row}`);
const storedAt = (worksheetId: string) => ({
  [settingKey(plan.identity)]: JSON.stringify({ ...plan.identity, worksheetId }),
});

describe('adapter on the strict layer: as before or fully done', () => {
  it('refuses a sheet the user protected with a password, in Vietnamese, changing nothing', async () => {
    const excel = createExcelMock({
      sheets: [{ id: 'ws-1', name: plan.name, protected: true, password: 'riêng' }],
      settings: storedAt('ws-1'),
    });
    const message = excelRefusal.passwordProtected(plan.name);
    await expect(writeSheet(excel.run, plan, excel.caps)).rejects.toThrow(message);
    await expect(markCells(excel.run, plan, 'ws-1', { problems: [] })).rejects.toThrow(message);
    expect(excel.log).toEqual([]);
    expect(excel.names).toEqual([plan.name]);
    expect(excel.strict.sheets.get('ws-1')!.protected).toBe(true);
  });

  it('a rewrite failing part-way leaves the old sheet as it was and protected, and no half-written one', async () => {
    const excel = createExcelMock();
    const first = await writeSheet(excel.run, plan, excel.caps);
    const before = excel.settings.get(settingKey(plan.identity));
    excel.strict.failAt = 'DataValidation.errorAlert';
    await expect(writeSheet(excel.run, plan, excel.caps)).rejects.toMatchObject({
      name: 'ExcelOperationError',
    });
    expect(excel.names).toEqual([plan.name]);
    expect(excel.strict.sheets.get(first.worksheetId)!.protected).toBe(true);
    expect(excel.settings.get(settingKey(plan.identity))).toBe(before);
  });

  it('marks failing part-way put the protection back', async () => {
    const excel = createExcelMock();
    const { worksheetId } = await writeSheet(excel.run, plan, excel.caps);
    excel.strict.failAt = 'RangeFill.color';
    const problems = [{ address: self[0]!, code: 'x', message: 'x' }];
    await expect(markCells(excel.run, plan, worksheetId, { problems })).rejects.toBeTruthy();
    expect(excel.strict.sheets.get(worksheetId)!.protected).toBe(true);
  });

  it('fixes a text score on the protected sheet in 1 sync: a value in an unlocked cell, no format', async () => {
    const excel = createExcelMock();
    const { worksheetId } = await writeSheet(excel.run, plan, excel.caps);
    excel.resetSyncs();
    await applyFixes(excel.run, worksheetId, [{ address: self[0]!, value: 18.5 }]);
    expect(excel.syncs).toBe(1);
    expect(excel.strict.sheets.get(worksheetId)!.protected).toBe(true);
    expect(excel.log.filter((l) => l.startsWith('unprotect'))).toEqual([]);
  });

  it('never unprotects a sheet that is not protected', async () => {
    const excel = createExcelMock({ sheets: [{ id: 'ws-1', name: plan.name }], settings: storedAt('ws-1') });
    await writeSheet(excel.run, plan, excel.caps);
    await markCells(excel.run, plan, 'new-1', { problems: [] });
    expect(excel.log.filter((l) => l === 'unprotect:ws-1')).toEqual([]);
  });
});

describe('nominations on the strict layer', () => {
  const nominations = (code: string, n: number, summary = '') =>
    buildNominationsPlan({
      plan: { ...awardsPlan, campaign: { ...awardsPlan.campaign, code } },
      unit: 'U2',
      owner: 'U2',
      items: Array.from({ length: n }, (_, i) => ({
        ...item(`N-${i}`, `Người ${i}`, 'within_quota'),
        summary,
      })),
    });

  it('a second campaign gets its own sheet and never takes over the first one’s', async () => {
    const excel = createExcelMock();
    const a = await writeNominations(excel.run, nominations('C-2023', 2), excel.caps);
    const b = await writeNominations(excel.run, nominations('c-2024', 2), excel.caps);
    expect(b.worksheetId).not.toBe(a.worksheetId);
    expect(excel.names).toHaveLength(2);
    expect(new Set(excel.names.map((n) => n.toLowerCase())).size).toBe(2);
    expect(JSON.parse(excel.settings.get(nominationsKey('C-2023', 'U2'))!).worksheetId).toBe(a.worksheetId);
  });

  it('writes 1,000 rows of 3,000-character summaries in several syncs, each under 5 MB, and back again', async () => {
    const excel = createExcelMock();
    const big = nominations('C-2023', 1000, 'Thành tích '.repeat(273));
    const stored = await writeNominations(excel.run, big, excel.caps);
    const limit = 5 * 1024 * 1024;
    expect(Math.max(...excel.strict.payloads)).toBeLessThan(limit);
    const blocks = excel.ranges.filter((r) => r.range.formulas !== undefined).length;
    expect(blocks).toBeGreaterThan(1);
    // Find (1), one sync per block (the last one with the rest of the sheet), the record (1).
    expect(excel.syncs).toBe(1 + blocks + 1);
    excel.resetSyncs();
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      row: big.layout.firstRow + i,
      id: `N-${i}`,
      sent: 'x'.repeat(3000),
      status: 'Trong chỉ tiêu',
      reasons: 'r'.repeat(2000),
    }));
    await writeBackNominations(excel.run, big, stored.worksheetId, {
      columns: writeBackColumns(big, rows),
      fills: [],
      problems: [],
    });
    expect(excel.syncs).toBeGreaterThan(2);
    expect(Math.max(...excel.strict.payloads)).toBeLessThan(limit);
    expect(excel.strict.sheets.get(stored.worksheetId)!.protected).toBe(true);
  });
});
