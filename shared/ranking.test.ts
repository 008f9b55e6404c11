import { describe, expect, it } from 'vitest';
import { type RankInput, rankGroup } from './ranking';
import type { SheetTotals } from './scoring';
import { tcBv2023 } from './test-template';

const t = tcBv2023();

/** Totals in hundredths with the section I total and the deduction points given. */
const totals = (final: number, I = final, deduction = 0): SheetTotals => ({
  self: final,
  final,
  sections: { I, T: 0, D: deduction },
  standard: I,
  bonus: 0,
  deduction,
});

const row = (
  unit: string,
  name: string,
  tot: SheetTotals | null,
  extra: Partial<RankInput> = {},
): RankInput => ({
  unit,
  name,
  submitted: tot !== null,
  totals: tot,
  ...extra,
});

const view = (rows: ReturnType<typeof rankGroup>) => rows.map((r) => [r.rank, r.unit]);

describe('rankGroup', () => {
  it('orders by final total descending', () => {
    const ranked = rankGroup(t, [
      row('A', 'A', totals(8000)),
      row('B', 'B', totals(9050)),
      row('C', 'C', totals(8500)),
    ]);
    expect(view(ranked)).toEqual([
      [1, 'B'],
      [2, 'C'],
      [3, 'A'],
    ]);
  });

  it('breaks ties by the template order: section I, then fewer deductions, then votes', () => {
    const rows = [
      row('LOW-I', 'Bệnh viện A', totals(9000, 8800, 0)),
      row('HIGH-I', 'Bệnh viện B', totals(9000, 9500, 500)),
      row('MORE-D', 'Bệnh viện C', totals(8500, 9000, 500), { votes: 9 }),
      row('LESS-D', 'Bệnh viện D', totals(8500, 9000, 300)),
      row('VOTES-7', 'Bệnh viện E', totals(8000, 8000, 0), { votes: 7 }),
      row('VOTES-8', 'Bệnh viện F', totals(8000, 8000, 0), { votes: 8 }),
    ];
    expect(view(rankGroup(t, rows))).toEqual([
      [1, 'HIGH-I'],
      [2, 'LOW-I'],
      [3, 'LESS-D'],
      [4, 'MORE-D'],
      [5, 'VOTES-8'],
      [6, 'VOTES-7'],
    ]);
  });

  it('applies tie-breaks only as the template lists them', () => {
    const rows = [
      row('A', 'An', totals(8000, 7000, 0), { votes: 1 }),
      row('B', 'Bình', totals(8000, 8000, 500), { votes: 5, womenShare: 0.8 }),
    ];
    expect(view(rankGroup(tcBv2023({ tieBreak: [{ by: 'votes' }] }), rows))).toEqual([
      [1, 'B'],
      [2, 'A'],
    ]);
    expect(view(rankGroup(tcBv2023({ tieBreak: [{ by: 'deductions' }] }), rows))).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
    expect(view(rankGroup(tcBv2023({ tieBreak: [{ by: 'womenShare' }] }), rows))).toEqual([
      [1, 'B'],
      [2, 'A'],
    ]);
    // No tie-breaks: equal totals share rank 1, listed in name order.
    expect(view(rankGroup(tcBv2023({ tieBreak: [] }), [...rows].reverse()))).toEqual([
      [1, 'A'],
      [1, 'B'],
    ]);
  });

  it('shares ranks 1, 2, 2, 4 when units stay equal, listing ties in Vietnamese name order', () => {
    const rows = [
      row('U4', 'Trung tâm Y tế Xuyên Mộc', totals(7000)),
      row('U3', 'Bệnh viện Đất Đỏ', totals(8000)),
      row('U2', 'Bệnh viện Duyên Hải', totals(8000)),
      row('U1', 'Bệnh viện Bà Rịa', totals(9000)),
    ];
    const ranked = rankGroup(t, rows);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, 'Bệnh viện Bà Rịa'],
      [2, 'Bệnh viện Duyên Hải'],
      [2, 'Bệnh viện Đất Đỏ'],
      [4, 'Trung tâm Y tế Xuyên Mộc'],
    ]);
  });

  it('lists non-submitters last, unranked, in name order, never dropped', () => {
    const rows = [
      row('Z', 'Ánh Dương', null),
      row('Y', 'An Phú', null),
      row('X', 'Zeta', totals(100)),
      { ...row('W', 'Bình Minh', totals(9999)), submitted: false },
    ];
    const ranked = rankGroup(t, rows);
    expect(ranked.map((r) => [r.rank, r.unit])).toEqual([
      [1, 'X'],
      [null, 'Y'],
      [null, 'Z'],
      [null, 'W'],
    ]);
  });

  it('keeps extra fields of the input rows', () => {
    const [r] = rankGroup(t, [{ ...row('A', 'A', totals(1)), status: 'submitted' as const }]);
    expect(r?.status).toBe('submitted');
  });

  it('ranks 2,000 units in well under a second', () => {
    const rows = Array.from({ length: 2500 }, (_, i) =>
      row(
        `U${i}`,
        `Đơn vị ${(i * 7919) % 2500}`,
        i % 50 === 0 ? null : totals((i * 37) % 900, (i * 11) % 700, i % 9),
        {
          votes: i % 5,
        },
      ),
    );
    const start = performance.now();
    const ranked = rankGroup(t, rows);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(ranked).toHaveLength(2500);
    expect(ranked.filter((r) => r.rank === null)).toHaveLength(50);
  });
});
