import { describe, expect, it } from 'vitest';
import { build } from '../../../test/nomination-fixtures';
import { patchOf } from './diff';
import { nominationProblemsToCells } from './problems';
import { sentKey } from './values';
import { writeBackColumns } from './write-back';

describe('after an answer', () => {
  it('patches only what changed, and never a priority the row did not change', () => {
    const before = {
      award: 'CSTD',
      nominee: { kind: 'individual' as const, unit: 'U2', name: 'A' },
      priority: 2,
    };
    expect(patchOf(sentKey(before), { ...before, summary: 'Thành tích' })).toEqual({ summary: 'Thành tích' });
    expect(patchOf(sentKey(before), { ...before, priority: undefined })).toEqual({ priority: null });
  });

  it('maps a 422’s item paths to the cells of the rows sent', () => {
    const rows = [7, 9];
    const mapped = nominationProblemsToCells(
      [
        { path: '/items/1/nominee/name', code: 'name_required', message: 'Cần họ tên.' },
        { path: '/items/0/group', code: 'group_required', message: 'Cần khối.' },
        { path: '', code: 'x', message: 'Chung.' },
      ],
      (path) => {
        const m = /^\/items\/(\d+)\/(.*)$/.exec(path);
        return m ? { row: rows[Number(m[1])]!, rest: m[2]! } : null;
      },
    );
    expect(mapped.cells.map((c) => [c.address, c.message])).toEqual([
      ['H9', 'Dòng 9: Cần họ tên.'],
      ['E7', 'Dòng 7: Cần khối.'],
    ]);
    expect(mapped.general).toEqual(['Chung.']);
  });

  it('writes back the four answer columns of every table row as one block', () => {
    const plan = build([]);
    const cols = writeBackColumns(plan, [
      { row: plan.layout.firstRow + 1, id: 'N-x', sent: '{}', status: 'Trong chỉ tiêu', reasons: '' },
    ]);
    expect(cols).toHaveLength(plan.layout.lastRow - plan.layout.firstRow + 1);
    expect(cols[0]).toEqual(['', '', '', '']);
    expect(cols[1]).toEqual(['Trong chỉ tiêu', '', 'N-x', '{}']);
  });
});
