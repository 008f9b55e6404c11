import { describe, expect, it } from 'vitest';
import type { SheetEntry } from './contract/sheets';
import { Template } from './contract/template';
import {
  classify,
  computeTotals,
  maxTotal,
  mergeEntries,
  minTotal,
  missingForSubmit,
  toPointsTotals,
  validateEntries,
} from './scoring';
import { tcBv2023 } from './test-template';

const t = tcBv2023();

const entry = (criterion: string, self: number | null, appraised: number | null = null): SheetEntry => ({
  criterion,
  self,
  appraised,
  evidence: null,
  reason: null,
});

describe('validateEntries', () => {
  it('accepts scores in range and on step, and null (clears)', () => {
    const problems = validateEntries(
      t,
      [
        { criterion: '1.1', self: 18.5 },
        { criterion: '1.2', self: 79.99 },
        { criterion: 'T.1', self: 0 },
        { criterion: 'D.1', self: null },
        { criterion: 'D.2' },
      ],
      'self',
    );
    expect(problems).toEqual([]);
  });

  it('names the criterion, its title, the value and the limit, with a decimal comma', () => {
    const [p] = validateEntries(t, [{ criterion: '1.1', self: 21 }], 'self');
    expect(p).toEqual({
      path: '/entries/0/self',
      criterion: '1.1',
      code: 'above_max',
      message: 'Tiêu chí 1.1 (Hoàn thành chỉ tiêu khám chữa bệnh): điểm 21 vượt điểm chuẩn 20.',
    });
    const [q] = validateEntries(t, [{ criterion: '1.1', self: 18.3 }], 'self');
    expect(q?.code).toBe('off_step');
    expect(q?.message).toContain('18,3');
    expect(q?.message).toContain('0,5');
  });

  it('lists every problem with its pointer, not only the first', () => {
    const problems = validateEntries(
      t,
      [
        { criterion: '1.1', appraised: 20.5 },
        { criterion: '9.9', appraised: 1 },
        { criterion: '1.2', appraised: -1 },
        { criterion: 'T.1', appraised: '18,5' },
        { criterion: '1.2', appraised: 1.005 },
        { criterion: 'T.2', appraised: Number.NaN },
        { criterion: 'D.1', appraised: 20.255 },
      ],
      'appraised',
      '/body/entries',
    );
    expect(problems.map((p) => [p.path, p.criterion, p.code])).toEqual([
      ['/body/entries/0/appraised', '1.1', 'above_max'],
      ['/body/entries/1/criterion', '9.9', 'unknown_criterion'],
      ['/body/entries/2/appraised', '1.2', 'below_zero'],
      ['/body/entries/3/appraised', 'T.1', 'not_a_number'],
      ['/body/entries/4/criterion', '1.2', 'duplicate_criterion'],
      ['/body/entries/4/appraised', '1.2', 'off_step'],
      ['/body/entries/5/appraised', 'T.2', 'not_a_number'],
      ['/body/entries/6/appraised', 'D.1', 'above_max'],
      ['/body/entries/6/appraised', 'D.1', 'off_step'],
    ]);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
    expect(problems[1]?.message).toContain('TC-BV-2023');
  });

  it('checks only the field asked for', () => {
    expect(validateEntries(t, [{ criterion: '1.1', self: 99, appraised: 10 }], 'appraised')).toEqual([]);
    expect(validateEntries(t, [{ criterion: '1.1', self: 99, appraised: 10 }], 'self')).toHaveLength(1);
  });

  it('accepts two-place decimals as typed and refuses a value off the step by 1e-9, naming the criterion', () => {
    expect(validateEntries(t, [{ criterion: '1.2', self: 0.3 }], 'self')).toEqual([]);
    expect(validateEntries(t, [{ criterion: '1.2', self: 18.35 }], 'self')).toEqual([]);
    expect(validateEntries(t, [{ criterion: '1.2', self: 80 }], 'self')).toEqual([]);
    for (const off of [7.000000001, 7 + 1e-9, 7 - 1e-9, 0.1 + 0.2]) {
      const problems = validateEntries(t, [{ criterion: '1.2', self: off }], 'self');
      expect(problems, String(off)).toHaveLength(1);
      expect(problems[0]).toMatchObject({ path: '/entries/0/self', criterion: '1.2', code: 'off_step' });
    }
  });
});

describe('mergeEntries', () => {
  const current = [entry('1.1', 18.5), { ...entry('1.2', 70), evidence: 'QĐ 12/2023' }];

  it('changes listed criteria, keeps unlisted ones, clears with null, in template order', () => {
    const merged = mergeEntries(
      current,
      [
        { criterion: 'T.1', self: 2 },
        { criterion: '1.1', self: null },
      ],
      t,
    );
    expect(merged.map((e) => e.criterion)).toEqual(['1.1', '1.2', 'T.1', 'T.2', 'D.1', 'D.2']);
    expect(merged[0]).toEqual(entry('1.1', null));
    expect(merged[1]).toEqual({ ...entry('1.2', 70), evidence: 'QĐ 12/2023' });
    expect(merged[2]).toEqual(entry('T.1', 2));
    expect(merged[3]).toEqual(entry('T.2', null));
  });

  it('keeps a field the change leaves out and does not mutate its input', () => {
    const merged = mergeEntries(current, [{ criterion: '1.2', evidence: null, appraised: 60, reason: 'x' }]);
    expect(merged[1]).toEqual({ criterion: '1.2', self: 70, appraised: 60, evidence: null, reason: 'x' });
    expect(current[1]?.evidence).toBe('QĐ 12/2023');
    expect(current[1]?.appraised).toBeNull();
  });
});

describe('missingForSubmit', () => {
  it('lists each standard criterion without a self score, not bonus or deduction ones', () => {
    const problems = missingForSubmit(t, [entry('1.1', 0), entry('1.2', null, 50)]);
    expect(problems).toEqual([
      {
        path: '/entries',
        criterion: '1.2',
        code: 'missing_score',
        message: expect.stringContaining('Tiêu chí 1.2 (Chất lượng bệnh viện)'),
      },
    ]);
    expect(missingForSubmit(t, [entry('1.1', 20), entry('1.2', 80)])).toEqual([]);
    expect(missingForSubmit(t, []).map((p) => p.criterion)).toEqual(['1.1', '1.2']);
  });
});

describe('computeTotals', () => {
  it('sums sections, caps bonus and deduction, uses appraised where present', () => {
    const totals = computeTotals(t, [
      entry('1.1', 18.5, 17),
      entry('1.2', 70.1),
      entry('T.1', 3),
      entry('T.2', 4, 3.5),
      entry('D.1', 5),
      entry('D.2', 8),
    ]);
    expect(totals).toEqual({
      self: 1850 + 7010 + 500 - 1000,
      final: 1700 + 7010 + 500 - 1000,
      sections: { I: 8710, T: 500, D: 1000 },
      standard: 8710,
      bonus: 500,
      deduction: 1000,
    });
    expect(toPointsTotals(totals)).toEqual({ self: 83.6, final: 82.1, sections: { I: 87.1, T: 5, D: 10 } });
  });

  it('keeps sums below the cap as they are and counts missing scores as 0', () => {
    const totals = computeTotals(t, [entry('1.1', 0.5), entry('T.1', 1.5, null), entry('D.2', 2.25)]);
    expect(totals.sections).toEqual({ I: 50, T: 150, D: 225 });
    expect(totals.final).toBe(50 + 150 - 225);
    expect(totals.self).toBe(-25);
  });

  it('adds decimals exactly (0.1 + 0.2 = 0.3)', () => {
    const totals = computeTotals(t, [entry('1.2', 0.1), entry('T.1', 0.2)]);
    expect(totals.final).toBe(30);
    expect(toPointsTotals(totals).final).toBe(0.3);
  });

  it('caps a standard section that has a cap', () => {
    const capped = Template.parse({
      ...t,
      sections: t.sections.map((s) => (s.code === 'I' ? { ...s, cap: 90 } : s)),
    });
    expect(computeTotals(capped, [entry('1.1', 20), entry('1.2', 80)]).sections.I).toBe(9000);
    expect(maxTotal(capped)).toBe(9000 + 500);
  });
});

describe('classify', () => {
  const full = (over: Record<string, number>) =>
    ['1.1', '1.2', 'T.1', 'T.2', 'D.1', 'D.2'].map((c) => entry(c, over[c] ?? 0));

  it('gives the highest band reached, whatever the order of the bands', () => {
    const reversed = tcBv2023({ classification: [...t.classification].reverse() });
    for (const tmpl of [t, reversed]) {
      const at = (scores: Record<string, number>) => {
        const entries = full(scores);
        return classify(tmpl, computeTotals(tmpl, entries), entries);
      };
      expect(at({ '1.1': 20, '1.2': 75 })).toBe('Xuất sắc');
      expect(at({ '1.1': 20, '1.2': 74.99 })).toBe('Tốt');
      expect(at({ '1.1': 5, '1.2': 80 })).toBe('Tốt');
      expect(at({ '1.1': 5, '1.2': 79.99 })).toBe('Khá');
      expect(at({ '1.1': 1, '1.2': 1 })).toBe('Trung bình');
    }
  });

  it('skips a noZero band when a standard criterion is 0 or missing in the final scores', () => {
    const zero = [entry('1.1', 20, 0), entry('1.2', 80), entry('T.1', 3)];
    expect(computeTotals(t, zero).final).toBe(8300);
    expect(classify(t, { final: 9600 }, zero)).toBe('Tốt');
    const ok = [entry('1.1', 0, 0.5), entry('1.2', 80), entry('T.1', 3)];
    expect(classify(t, { final: 9600 }, ok)).toBe('Xuất sắc');
  });

  it('is null without bands, or when no band is reached', () => {
    const scored = full({ '1.1': 20, '1.2': 80 });
    expect(classify(tcBv2023({ classification: [] }), { final: 10000 }, scored)).toBeNull();
    const noFloor = tcBv2023({ classification: [{ label: 'Tốt', min: 85 }] });
    expect(classify(noFloor, { final: 8499 }, scored)).toBeNull();
    expect(classify(noFloor, { final: -500 }, scored)).toBeNull();
  });

  it('is null until every standard criterion is scored: nothing scored is not "Trung bình"', () => {
    expect(classify(t, { final: 0 }, [])).toBeNull();
    expect(classify(t, computeTotals(t, [entry('1.2', 80)]), [entry('1.2', 80)])).toBeNull();
    const blank = [{ criterion: '1.1', self: null }, entry('1.2', 80)];
    expect(classify(t, computeTotals(t, blank), blank)).toBeNull();
    // Scored, even 0 everywhere, it has the template's band; an appraised score completes a blank self one.
    expect(classify(t, { final: 0 }, full({}))).toBe('Trung bình');
    const appraised = [{ criterion: '1.1', self: null, appraised: 20 }, entry('1.2', 80)];
    expect(classify(t, computeTotals(t, appraised), appraised)).toBe('Xuất sắc');
  });
});

describe('bounds', () => {
  it('maxTotal = Σ standard maxima + bonus cap; minTotal = −deduction cap', () => {
    expect(maxTotal(t)).toBe(10000 + 500);
    expect(minTotal(t)).toBe(-1000);
    const smallBonus = tcBv2023({
      sections: t.sections.map((s) => (s.kind === 'bonus' ? { ...s, cap: 100 } : s)),
    });
    expect(maxTotal(smallBonus)).toBe(10000 + 700);
  });
});
