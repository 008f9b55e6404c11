import { describe, expect, it } from 'vitest';
import { createExcelMock } from '../../test/excel-mock';
import { awardsPlan, item } from '../../test/nomination-fixtures';
import { NC, statusFills } from '../sheets/nominations/columns';
import { buildNominationsPlan } from '../sheets/nominations/layout';
import { writeBackColumns } from '../sheets/nominations/write-back';
import {
  findNominations,
  nominationsKey,
  readNominations,
  writeBackNominations,
  writeNominations,
} from './nominations';

const planOf = (n: number) =>
  buildNominationsPlan({
    plan: awardsPlan,
    unit: 'U2',
    owner: 'U2',
    items: Array.from({ length: n }, (_, i) =>
      item(`N-${i}`, `Người ${i}`, i === 0 ? 'within_quota' : 'over_quota', [
        'Phong trào M1: đã đủ 1 cá nhân',
      ]),
    ),
  });

describe('nominations adapter with office-addin-mock', () => {
  for (const n of [3, 1000]) {
    it(`writes ${n} nominations in 3 syncs, new sheet or rewrite, as one 2D block`, async () => {
      const plan = planOf(n);
      const excel = createExcelMock();
      const stored = await writeNominations(excel.run, plan, excel.caps);
      expect(excel.syncs).toBe(3);
      expect(stored).toMatchObject({ campaign: 'C-2023', owner: 'U2', worksheetId: 'new-1' });
      expect(stored.lastRow).toBe(plan.layout.lastRow);
      const blocks = excel.ranges.filter((r) => r.range.formulas !== undefined);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]!.range.formulas).toHaveLength(plan.rows);
      expect(JSON.parse(excel.settings.get(nominationsKey('C-2023', 'U2'))!)).toEqual(stored);
      const lists = excel.ranges.filter((r) => r.range.dataValidation.rule?.list);
      expect(lists.map((r) => r.address)).toEqual(plan.lists.map((l) => l.address));
      expect(lists[0]!.range.dataValidation.rule.list.source).toBe(plan.lists[0]!.source);
      expect(lists[0]!.range.dataValidation.errorAlert.style).toBe('Stop');
      expect(excel.log.filter((l) => l.startsWith('protect:'))).toHaveLength(1);

      const again = createExcelMock({
        sheets: [{ id: 'ws-9', name: plan.name, protected: true }],
        settings: { [nominationsKey('C-2023', 'U2')]: JSON.stringify({ ...stored, worksheetId: 'ws-9' }) },
      });
      await writeNominations(again.run, plan, again.caps);
      // A rewrite is a new worksheet swapped in once complete (its id is known a sync later): 3, not 2.
      expect(again.syncs).toBe(3);
      expect(again.log[0]).toBe('unprotect:ws-9');
      expect(again.log).toContain('delete:ws-9');
      expect(again.names).toEqual([plan.name]);
    });

    it(`reads ${n} rows in 1 sync and writes their answer back in 2 (protection first)`, async () => {
      const plan = planOf(n);
      const excel = createExcelMock({ sheets: [{ id: 'ws-1', name: plan.name, protected: true }] });
      await readNominations(excel.run, plan, 'ws-1');
      expect(excel.syncs).toBe(1);
      const rows = Array.from({ length: n }, (_, i) => ({
        row: plan.layout.firstRow + i,
        id: `N-${i}`,
        sent: '{}',
        status: 'Vượt chỉ tiêu',
        reasons: 'Phong trào M1: đã đủ 1 cá nhân',
      }));
      await writeBackNominations(excel.run, plan, 'ws-1', {
        columns: writeBackColumns(plan, rows),
        fills: rows.flatMap((r) => statusFills(r.row, 'over_quota')),
        problems: [{ address: `H${plan.layout.firstRow}`, code: 'x', message: 'x' }],
      });
      expect(excel.syncs).toBe(3);
      const block = excel.ranges.filter((r) => Array.isArray(r.range.values) && r.range.values.length > 1);
      expect(block).toHaveLength(1);
      expect(block[0]!.address).toBe(`N${plan.layout.firstRow}:Q${plan.layout.lastRow}`);
      expect(block[0]!.range.values[0]).toEqual([
        'Vượt chỉ tiêu',
        'Phong trào M1: đã đủ 1 cá nhân',
        'N-0',
        '{}',
      ]);
      expect(excel.log.filter((l) => l === 'unprotect:ws-1')).toHaveLength(1);
      expect(excel.log.filter((l) => l.startsWith('protect:ws-1'))).toHaveLength(1);
      const red = excel.ranges.filter((r) => r.range.format.fill.color === '#FFC7CE');
      expect(red.map((r) => r.address)).toEqual([`H${plan.layout.firstRow}`]);
      const over = excel.ranges.filter((r) => r.range.format.fill.color === '#FCE4D6');
      expect(over).toHaveLength(n);
      expect(NC.status).toBe(13);
    });
  }

  it('finds the stored sheet in 1 sync, and forgets one whose worksheet was deleted', async () => {
    const stored = { campaign: 'C', owner: 'U2', sheet: 'x', worksheetId: 'ws-1', firstRow: 6, lastRow: 35 };
    const key = nominationsKey('C', 'U2');
    const present = createExcelMock({
      sheets: [{ id: 'ws-1', name: 'x' }],
      settings: { [key]: JSON.stringify(stored) },
    });
    expect(await findNominations(present.run, 'C', 'U2')).toEqual(stored);
    expect(present.syncs).toBe(1);
    const gone = createExcelMock({ settings: { [key]: JSON.stringify(stored) } });
    expect(await findNominations(gone.run, 'C', 'U2')).toBeNull();
  });
});
