import { describe, expect, it } from 'vitest';
import { campaign, group, template, unit } from '../../test/fixtures';
import { parseCell } from './a1';
import { buildSheetPlan } from './layout';
import { readBack, readRange } from './read-back';
import { readScore } from './score-text';

const base = buildSheetPlan({
  campaign,
  group,
  unit,
  template,
  mode: 'unit',
  sheet: {
    revision: 1,
    status: 'draft',
    entries: [
      { criterion: '1.1', self: 18.5, appraised: null, evidence: 'QĐ 12', reason: null },
      { criterion: 'T.1', self: 3, appraised: null, evidence: '- Sáng kiến', reason: null },
    ],
  },
});

/** The values Excel would return: constants as written (text without its "'" prefix), formulas as some number. */
const valuesOf = (edits: Record<string, unknown> = {}) => {
  const values: unknown[][] = base.cells.map((r) =>
    r.map((v) => (typeof v !== 'string' ? v : v.startsWith('=') ? 0 : v.startsWith("'") ? v.slice(1) : v)),
  );
  for (const [address, v] of Object.entries(edits)) {
    const { row, col } = parseCell(address)!;
    values[row - 1]![col] = v;
  }
  return values;
};
const rowOf = (code: string) => base.layout.criteria.find((c) => c.code === code)!.row;

describe('readScore', () => {
  it.each([
    [18.5, { kind: 'number', value: 18.5 }],
    ['', { kind: 'empty' }],
    ['  ', { kind: 'empty' }],
    [null, { kind: 'empty' }],
    ['18,5', { kind: 'text-number', value: 18.5, typed: '18,5' }],
    [' 18.25 ', { kind: 'text-number', value: 18.25, typed: '18.25' }],
    ['7', { kind: 'text-number', value: 7, typed: '7' }],
    ['-1', { kind: 'text-number', value: -1, typed: '-1' }],
    ['mười', { kind: 'invalid', typed: 'mười' }],
    ['18,5,1', { kind: 'invalid', typed: '18,5,1' }],
    ['1.234,5', { kind: 'invalid', typed: '1.234,5' }],
    ['#VALUE!', { kind: 'invalid', typed: '#VALUE!' }],
    [true, { kind: 'invalid', typed: 'true' }],
  ])('%j → %j', (input, expected) => {
    expect(readScore(input)).toEqual(expected);
  });
});

describe('readBack', () => {
  it('reads every criterion back: numbers, empties as null, evidence as text', () => {
    const r = readBack(base, valuesOf());
    expect(r.problems).toEqual([]);
    expect(r.notices).toEqual([]);
    expect(r.entries).toHaveLength(base.layout.criteria.length);
    expect(r.entries[0]).toEqual({ criterion: '1.1', self: 18.5, evidence: 'QĐ 12' });
    expect(r.entries[1]).toEqual({ criterion: '1.2', self: null, evidence: null });
    expect(r.entries.find((e) => e.criterion === 'T.1')).toEqual({
      criterion: 'T.1',
      self: 3,
      evidence: '- Sáng kiến',
    });
  });

  it('reads "18,5" typed as text as 18.5, tells the user, and asks to write the number back', () => {
    const address = `D${rowOf('1.2')}`;
    const r = readBack(base, valuesOf({ [address]: '18,5' }));
    expect(r.entries[1]).toEqual({ criterion: '1.2', self: 18.5, evidence: null });
    expect(r.notices).toEqual([
      {
        address,
        criterion: '1.2',
        field: 'self',
        code: 'text_number',
        message: `Ô ${address}: "18,5" được nhập dạng chữ, đã đọc thành số 18,5.`,
      },
    ]);
    expect(r.fixes).toEqual([{ address, value: 18.5 }]);
  });

  it('marks garbage as a problem on that cell and sends no score for it', () => {
    const address = `D${rowOf('2.1')}`;
    const r = readBack(base, valuesOf({ [address]: 'khoảng 20' }));
    expect(r.problems).toEqual([
      {
        address,
        criterion: '2.1',
        field: 'self',
        code: 'not_a_number',
        message: `Ô ${address}: "khoảng 20" không phải là một điểm số.`,
      },
    ]);
    const entry = r.entries.find((e) => e.criterion === '2.1')!;
    expect(entry).toEqual({ criterion: '2.1', evidence: null });
    expect('self' in entry).toBe(false);
  });

  it('notices when the table rows were moved', () => {
    const r = readBack(base, valuesOf({ [`A${rowOf('1.3')}`]: '1.4' }));
    expect(r.problems.map((p) => [p.code, p.criterion])).toEqual([['layout_changed', '1.3']]);
  });

  it('reads appraised scores and reasons in appraisal mode', () => {
    const p = buildSheetPlan({
      campaign,
      group,
      unit,
      template,
      mode: 'appraisal',
      sheet: { revision: 2, status: 'submitted', entries: [] },
    });
    const values = p.cells.map((r) => [...r] as unknown[]);
    const row = p.layout.criteria[0]!.row;
    values[row - 1]![4] = 17;
    values[row - 1]![6] = 'Thiếu minh chứng';
    const r = readBack(p, values);
    expect(r.entries[0]).toEqual({ criterion: '1.1', appraised: 17, reason: 'Thiếu minh chứng' });
    expect(r.entries[1]).toEqual({ criterion: '1.2', appraised: null, reason: null });
  });

  it('reads from A1 through the last column the user fills in', () => {
    expect(readRange(base)).toBe(`A1:F${base.layout.classificationRow}`);
  });
});
