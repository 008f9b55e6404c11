import { describe, expect, it } from 'vitest';
import { campaign, group, template, unit } from '../../test/fixtures';
import { buildSheetPlan } from './layout';
import { problemsToCells } from './problems-to-cells';

const plan = buildSheetPlan({
  campaign,
  group,
  unit,
  template,
  mode: 'unit',
  sheet: { revision: 1, status: 'draft' },
});
const rowOf = (code: string) => plan.layout.criteria.find((c) => c.code === code)!.row;

describe('problemsToCells (422 → cells)', () => {
  it('puts each criterion error on its row, in the column its path names', () => {
    const mapped = problemsToCells(plan, [
      {
        path: '/entries/0/self',
        criterion: '1.1',
        code: 'above_max',
        message: 'Điểm 21 vượt điểm chuẩn 20.',
      },
      { path: '/entries/4/evidence', criterion: 'T.2', code: 'too_long', message: 'Minh chứng quá dài.' },
      { path: '/entries/5', criterion: 'D.1', code: 'unknown', message: 'Lỗi.' },
    ]);
    expect(mapped.cells).toEqual([
      {
        address: `D${rowOf('1.1')}`,
        criterion: '1.1',
        field: 'self',
        code: 'above_max',
        message: 'Điểm 21 vượt điểm chuẩn 20.',
      },
      {
        address: `F${rowOf('T.2')}`,
        criterion: 'T.2',
        field: 'evidence',
        code: 'too_long',
        message: 'Minh chứng quá dài.',
      },
      { address: `D${rowOf('D.1')}`, criterion: 'D.1', field: 'self', code: 'unknown', message: 'Lỗi.' },
    ]);
    expect(mapped.general).toEqual([]);
  });

  it('keeps problems about no cell of this sheet as general messages', () => {
    const mapped = problemsToCells(plan, [
      { path: '/revision', code: 'invalid_type', message: 'Thiếu phiên bản.' },
      { path: '/entries/9/self', criterion: '9.9', code: 'unknown_criterion', message: 'Không có tiêu chí.' },
    ]);
    expect(mapped.cells).toEqual([]);
    expect(mapped.general).toEqual(['Thiếu phiên bản.', '9.9: Không có tiêu chí.']);
  });
});
