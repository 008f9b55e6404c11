import { describe, expect, it } from 'vitest';
import type { Template } from '../../../shared/contract/template';
import { createExcelMock } from '../../test/excel-mock';
import { campaign, group, unit } from '../../test/fixtures';
import { buildSheetPlan } from '../sheets/layout';
import { readRange } from '../sheets/read-back';
import { settingKey } from './identity-store';
import { applyFixes, listSheets, markCells, readSheet, selectCell, writeSheet } from './workbook';

/** 120 criteria in four sections, steps varying every few rows. */
const big: Template = {
  code: 'BIG',
  title: 'Bảng lớn',
  sections: ['I', 'II', 'III'].map((code, s) => ({
    code,
    title: `Mục ${code}`,
    kind: 'standard' as const,
    criteria: Array.from({ length: 40 }, (_, i) => ({
      code: `${s + 1}.${i + 1}`,
      title: `Tiêu chí ${s + 1}.${i + 1}`,
      max: 1 + (i % 3),
      ...(i % 2 ? { step: 0.5 } : {}),
    })),
  })),
  classification: [{ label: 'Tốt', min: 85 }],
  tieBreak: [],
};
const plan = buildSheetPlan({
  campaign,
  group,
  unit,
  template: big,
  mode: 'unit',
  sheet: { revision: 2, status: 'draft', entries: [] },
});

describe('Excel adapter with office-addin-mock (120 criteria)', () => {
  it('writes a new sheet in 3 syncs: the whole block as one 2D array, then the identity', async () => {
    const excel = createExcelMock();
    const stored = await writeSheet(excel.run, plan, excel.caps);
    expect(excel.syncs).toBe(3);
    expect(stored).toMatchObject({
      campaign: 'BRVT-YT-2023',
      unit: 'BV-BR',
      revision: 2,
      worksheetId: 'new-1',
    });
    const block = excel.ranges.filter((r) => r.range.formulas !== undefined);
    expect(block).toHaveLength(1);
    expect(block[0]!.address).toBe(`A1:J${plan.rows}`);
    expect(block[0]!.range.formulas).toHaveLength(plan.rows);
    expect(block[0]!.range.numberFormat).toEqual(plan.numberFormats);
    expect(JSON.parse(excel.settings.get(settingKey(plan.identity))!)).toEqual({
      ...plan.identity,
      worksheetId: 'new-1',
    });
    expect(excel.log).toContain(`printArea:${plan.print.area}`);
    expect(excel.log).toContain('titleRows:$8:$8');
    expect(excel.log.filter((l) => l.startsWith('protect:'))).toHaveLength(1);
  });

  it('validates every score run and unlocks only the cells the unit fills in, before protecting', async () => {
    const excel = createExcelMock();
    await writeSheet(excel.run, plan, excel.caps);
    const validated = excel.ranges.filter((r) => r.range.dataValidation.rule !== undefined);
    expect(validated.map((r) => r.address)).toEqual(plan.validations.map((v) => v.address));
    expect(validated[0]!.range.dataValidation.rule).toEqual({
      decimal: { formula1: 0, formula2: 1, operator: 'Between' },
    });
    expect(validated[0]!.range.dataValidation.errorAlert.style).toBe('Warning');
    const unlocked = excel.ranges
      .filter((r) => r.range.format.protection.locked === false)
      .map((r) => r.address);
    expect(unlocked).toEqual(plan.unlocked);
    expect(unlocked.every((a) => /^[DF]/.test(a))).toBe(true);
  });

  it('skips validation and print setup where the host lacks ExcelApi 1.8/1.9', async () => {
    const excel = createExcelMock();
    await writeSheet(excel.run, plan, { dataValidation: false, pageLayout: false, freezePanes: false });
    expect(excel.ranges.some((r) => r.range.dataValidation.rule !== undefined)).toBe(false);
    expect(excel.log.some((l) => l.startsWith('printArea'))).toBe(false);
    expect(excel.syncs).toBe(3);
  });

  it('rewrites an existing protected sheet in 3 syncs: a complete new worksheet, recorded, then swapped in', async () => {
    const excel = createExcelMock({
      sheets: [
        { id: 'ws-0', name: 'Khác' },
        { id: 'ws-7', name: 'Đổi tên', protected: true },
      ],
      settings: { [settingKey(plan.identity)]: JSON.stringify({ ...plan.identity, worksheetId: 'ws-7' }) },
    });
    const stored = await writeSheet(excel.run, plan, excel.caps);
    // One sync more than an in-place rewrite: the new worksheet's id is known only after the sync that adds it.
    expect(excel.syncs).toBe(3);
    expect(stored.worksheetId).toBe('new-1');
    // Unprotected first (a user's password would refuse here, before anything changed), deleted only after
    // the new sheet is complete and recorded; nothing is ever cleared in place.
    expect(excel.log.indexOf('unprotect:ws-7')).toBe(0);
    expect(excel.log.indexOf(`setting:${settingKey(plan.identity)}`)).toBeLessThan(
      excel.log.indexOf('delete:ws-7'),
    );
    expect(excel.ranges.some((r) => r.sheet === 'ws-7' && r.address === '*')).toBe(false);
    expect(excel.names).toEqual(['Khác', plan.name]);
    expect(excel.strict.sheets.get('new-1')!.protected).toBe(true);
  });

  it('reads 120 entries back in 1 sync, text numbers included', async () => {
    const values = plan.cells.slice(0, plan.layout.lastRow).map((r) => r.slice(0, 6) as unknown[]);
    const first = plan.layout.criteria[0]!.row;
    values[first - 1]![3] = '0,5';
    values[first]![3] = 2;
    const excel = createExcelMock({
      sheets: [{ id: 'ws-1', name: plan.name, values: { [readRange(plan)]: values } }],
    });
    const result = await readSheet(excel.run, plan, 'ws-1');
    expect(excel.syncs).toBe(1);
    expect(result.entries).toHaveLength(120);
    expect(result.entries[0]).toEqual({ criterion: '1.1', self: 0.5, evidence: null });
    expect(result.entries[1]).toEqual({ criterion: '1.2', self: 2, evidence: null });
    expect(result.notices).toHaveLength(1);
  });

  it('marks cells in 2 syncs, unprotecting and protecting again, and clears earlier marks first', async () => {
    const excel = createExcelMock({ sheets: [{ id: 'ws-1', name: plan.name, protected: true }] });
    const problems = plan.layout.criteria.map((c) => ({ address: `D${c.row}`, code: 'x', message: 'x' }));
    await markCells(excel.run, plan, 'ws-1', {
      problems,
      notices: [{ address: 'D10', code: 'y', message: 'y' }],
    });
    expect(excel.syncs).toBe(2);
    const filled = excel.ranges.filter((r) => r.range.format.fill.color === '#FFC7CE');
    expect(filled).toHaveLength(120);
    expect(excel.ranges[0]!.calls).toContain('fill.clear');
    expect(excel.log).toEqual(['unprotect:ws-1', expect.stringMatching(/^protect:ws-1/)]);
  });

  it('writes fixes, selects a cell and lists stored sheets in one sync each', async () => {
    const key = settingKey(plan.identity);
    const excel = createExcelMock({
      sheets: [{ id: 'ws-1', name: plan.name }],
      settings: {
        [key]: JSON.stringify({ ...plan.identity, worksheetId: 'ws-1' }),
        'thidua.sheet:gone': JSON.stringify({ ...plan.identity, worksheetId: 'ws-9' }),
        other: 'x',
      },
    });
    await applyFixes(excel.run, 'ws-1', [{ address: 'D10', value: 18.5 }]);
    expect(excel.syncs).toBe(1);
    expect(excel.ranges.at(-1)!.range.values).toEqual([[18.5]]);
    await selectCell(excel.run, 'ws-1', 'D10');
    expect(excel.syncs).toBe(2);
    const listed = await listSheets(excel.run);
    expect(excel.syncs).toBe(3);
    expect(listed.map((s) => s.worksheetId)).toEqual(['ws-1']);
  });

  it('reports a failure with its debugInfo', async () => {
    const excel = createExcelMock();
    const failing = () =>
      excel.run(async () => {
        throw Object.assign(new Error('InvalidArgument'), { debugInfo: { errorLocation: 'Range.formulas' } });
      });
    await expect(readSheet(failing, plan, 'x')).rejects.toMatchObject({
      name: 'ExcelOperationError',
      operation: 'Đọc bảng điểm',
      debugInfo: { errorLocation: 'Range.formulas' },
    });
  });
});
