/** Property tests of the ranking: a permutation, ordered, ranks consistent with ties, input order irrelevant. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TieBreak } from './contract/template';
import { type RankInput, rankGroup } from './ranking';
import { tcBv2023 } from './test-template';

const NAMES = ['An Giang', 'Ánh Dương', 'Bình Minh', 'Đất Đỏ', 'Duyên Hải', 'Đông Hà', 'Ê Đê', 'Yên Bái'];
const collator = new Intl.Collator('vi');

const tieBreakArb: fc.Arbitrary<TieBreak> = fc.oneof(
  fc.constant({ by: 'section', section: 'I' } as const),
  fc.constant({ by: 'deductions' } as const),
  fc.constant({ by: 'votes' } as const),
  fc.constant({ by: 'womenShare' } as const),
);

const rowsArb = fc
  .array(
    fc.record({
      name: fc.constantFrom(...NAMES),
      submitted: fc.boolean(),
      hasTotals: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
      final: fc.integer({ min: -3, max: 3 }), // small ranges force ties
      sectionI: fc.integer({ min: 0, max: 2 }),
      deduction: fc.integer({ min: 0, max: 2 }),
      votes: fc.option(fc.integer({ min: 0, max: 2 })),
      womenShare: fc.option(fc.constantFrom(0, 0.5, 0.7)),
    }),
    { maxLength: 40 },
  )
  .map((list) =>
    list.map(
      (r, i): RankInput => ({
        unit: `U${i}`,
        name: r.name,
        submitted: r.submitted,
        totals: r.hasTotals
          ? {
              self: 0,
              final: r.final * 50,
              sections: { I: r.sectionI * 25, T: 0, D: r.deduction * 25 },
              standard: r.sectionI * 25,
              bonus: 0,
              deduction: r.deduction * 25,
            }
          : null,
        votes: r.votes,
        womenShare: r.womenShare,
      }),
    ),
  );

const caseArb = fc.tuple(rowsArb, fc.uniqueArray(tieBreakArb, { selector: (t) => t.by, maxLength: 4 }));

/** What decides a ranked unit's place, larger is better, written independently of ranking.ts. */
function key(r: RankInput, breaks: TieBreak[]): number[] {
  const t = r.totals!;
  return [
    t.final,
    ...breaks.map((b) =>
      b.by === 'section'
        ? (t.sections[b.section] ?? 0)
        : b.by === 'deductions'
          ? -t.deduction
          : b.by === 'votes'
            ? (r.votes ?? 0)
            : (r.womenShare ?? 0),
    ),
  ];
}

function cmpKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]! ? 1 : -1;
  return 0;
}

describe('rankGroup (properties)', () => {
  it('is a permutation of the members, ordered, with ranks consistent with ties', () => {
    fc.assert(
      fc.property(caseArb, ([rows, breaks]) => {
        const template = tcBv2023({ tieBreak: breaks });
        const out = rankGroup(template, rows);
        expect(out.map((r) => r.unit).sort()).toEqual(rows.map((r) => r.unit).sort());

        const rankable = (r: RankInput) => r.submitted && r.totals !== null;
        const ranked = out.filter((r) => r.rank !== null);
        expect(ranked.length).toBe(rows.filter(rankable).length);
        // Ranked rows come first, then the rest, in name order.
        expect(out.slice(0, ranked.length).every((r) => r.rank !== null)).toBe(true);
        const rest = out.slice(ranked.length);
        for (let i = 1; i < rest.length; i++)
          expect(collator.compare(rest[i - 1]!.name, rest[i]!.name)).toBeLessThanOrEqual(0);

        ranked.forEach((r, i) => {
          expect(rankable(r)).toBe(true);
          if (i === 0) {
            expect(r.rank).toBe(1);
            return;
          }
          const prev = ranked[i - 1]!;
          const c = cmpKeys(key(prev, breaks), key(r, breaks));
          expect(c).toBeGreaterThanOrEqual(0); // never a better unit after a worse one
          if (c === 0) {
            expect(r.rank).toBe(prev.rank);
            expect(collator.compare(prev.name, r.name)).toBeLessThanOrEqual(0);
          } else expect(r.rank).toBe(i + 1);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        caseArb.chain(([rows, breaks]) =>
          fc.tuple(
            fc.constant(rows),
            fc.constant(breaks),
            fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
          ),
        ),
        ([rows, breaks, shuffled]) => {
          const template = tcBv2023({ tieBreak: breaks });
          expect(rankGroup(template, shuffled)).toEqual(rankGroup(template, rows));
        },
      ),
      { numRuns: 500 },
    );
  });
});
