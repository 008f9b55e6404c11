import { describe, expect, it } from 'vitest';
import { cell } from '../sheets/a1';
import { classify, effective, sectionSum, totalSum, whenAppraised } from '../sheets/formulas';
import { evaluate, type Scalar } from './formula';

/** A sheet as a map of A1 addresses. */
const reader =
  (cells: Record<string, Scalar>) =>
  (row: number, col: number): Scalar =>
    cells[cell(row, col)] ?? '';

describe('preview formulas: what the sheet plans write', () => {
  const cells = { D10: 18.5, D11: 9.5, D12: '', D13: 'abc', E10: 17, F1: 3 };
  const read = reader(cells);

  it('sums, caps and rounds a section as the layout writes it', () => {
    expect(evaluate(sectionSum({ kind: 'standard', first: 10, last: 13, row: 9 }, 3), read)).toBe(28);
    expect(evaluate(sectionSum({ kind: 'bonus', cap: 5, first: 10, last: 13, row: 9 }, 3), read)).toBe(5);
    expect(evaluate('=ROUND(0.125,2)', read)).toBe(0.13);
    expect(evaluate('=ROUND(-2.5,0)', read)).toBe(-3);
    expect(evaluate('=ROUND(0.1+0.2,2)', read)).toBe(0.3);
  });

  it('adds standard and bonus sections and subtracts deductions', () => {
    const totals = reader({ D5: 80, D6: 4, D7: 2.5 });
    const spans = [
      { kind: 'standard' as const, first: 1, last: 1, row: 5 },
      { kind: 'bonus' as const, first: 1, last: 1, row: 6 },
      { kind: 'deduction' as const, first: 1, last: 1, row: 7 },
    ];
    expect(evaluate(totalSum(spans, 3), totals)).toBe(81.5);
  });

  it('picks the appraised score, else the self score, else blank', () => {
    expect(evaluate(effective(10, 3, 4), read)).toBe(17);
    expect(evaluate(effective(11, 3, 4), read)).toBe(9.5);
    expect(evaluate(effective(12, 3, 4), read)).toBe('');
    const spans = [{ kind: 'standard' as const, first: 10, last: 13, row: 9 }];
    expect(evaluate(whenAppraised(spans, 4, 'F1'), read)).toBe(3);
    expect(evaluate(whenAppraised(spans, 5, 'F1'), read)).toBe('');
  });

  it('classifies with noZero bands counting positive standard scores', () => {
    const bands = [
      { label: 'Xuất sắc', min: 95, noZero: true },
      { label: 'Tốt', min: 85 },
      { label: 'Khá', min: 70 },
    ];
    const spans = [{ kind: 'standard' as const, first: 1, last: 2, row: 9 }];
    const f = classify(bands, 'Z1', spans, 3);
    expect(evaluate(f, reader({ Z1: 96, D1: 50, D2: 46 }))).toBe('Xuất sắc');
    expect(evaluate(f, reader({ Z1: 96, D1: 96, D2: 0 }))).toBe('Tốt');
    expect(evaluate(f, reader({ Z1: 60, D1: 60 }))).toBe('');
    expect(evaluate(classify(bands, 'Z1', spans, 3, 'Y1'), reader({ Z1: 96 }))).toBe('');
  });

  it('shows Excel errors: text in arithmetic, division by zero, unknown names', () => {
    expect(evaluate('=D13+1', read)).toBe('#VALUE!');
    expect(evaluate('=1/0', read)).toBe('#DIV/0!');
    expect(evaluate('=FOO(1)', read)).toBe('#NAME?');
    expect(evaluate('=SUM(D10:D13)*2-D12', read)).toBe(56);
    expect(evaluate('=IF(D12="","vide","plein")', read)).toBe('vide');
  });
});
