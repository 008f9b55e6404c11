/**
 * Property tests of the scoring rules over random templates and sheets. Expected totals are computed
 * independently, in BigInt from the integer step counts the sheets are generated from, never from floats.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SectionKind } from './contract/enums';
import type { SheetEntry } from './contract/sheets';
import { Template } from './contract/template';
import { computeTotals, maxTotal, minTotal, toPointsTotals, validateEntries } from './scoring';

const STEPS = [1, 25, 50, 100] as const; // hundredths: 0.01, 0.25, 0.5, 1

interface GenCriterion {
  code: string;
  stepH: number;
  /** max = stepH × units */
  units: number;
  explicitStep: boolean;
}
interface GenSection {
  kind: SectionKind;
  capH: number | null;
  criteria: GenCriterion[];
}

const criterionArb = fc.record({
  stepH: fc.constantFrom(...STEPS),
  units: fc.integer({ min: 1, max: 40 }),
  explicitStep: fc.boolean(),
});

const sectionArb = (kind: SectionKind) =>
  fc.record({
    kind: fc.constant(kind),
    capH:
      kind === 'standard' ? fc.option(fc.integer({ min: 1, max: 5000 })) : fc.integer({ min: 1, max: 2000 }),
    criteria: fc.array(criterionArb, { minLength: 1, maxLength: 6 }),
  });

const templateArb = fc
  .tuple(
    fc.array(sectionArb('standard'), { minLength: 1, maxLength: 4 }),
    fc.array(sectionArb('bonus'), { maxLength: 2 }),
    fc.array(sectionArb('deduction'), { maxLength: 2 }),
  )
  .map(([s, b, d]) => {
    const sections: GenSection[] = [...s, ...b, ...d].map((sec, si) => ({
      ...sec,
      // A step of 0.01 without `step` exercises the default.
      criteria: sec.criteria.map((c, ci) => ({
        ...c,
        code: `${si + 1}.${ci + 1}`,
        explicitStep: c.explicitStep || c.stepH !== 1,
      })),
    }));
    return sections;
  });

function toTemplate(sections: GenSection[]): Template {
  return Template.parse({
    code: 'T',
    title: 'Bảng ngẫu nhiên',
    sections: sections.map((s, si) => ({
      code: `S${si}`,
      title: `Mục ${si}`,
      kind: s.kind,
      ...(s.capH === null ? {} : { cap: s.capH / 100 }),
      criteria: s.criteria.map((c) => ({
        code: c.code,
        title: `Tiêu chí ${c.code}`,
        max: (c.stepH * c.units) / 100,
        ...(c.explicitStep ? { step: c.stepH / 100 } : {}),
      })),
    })),
  });
}

/** A template and a valid sheet: per criterion a step count (or null) for self and for appraised. */
const sheetArb = templateArb.chain((sections) => {
  const all = sections.flatMap((s) => s.criteria);
  const count = (c: GenCriterion) => fc.option(fc.integer({ min: 0, max: c.units }), { freq: 4 });
  return fc.tuple(fc.constant(sections), fc.tuple(...all.map((c) => fc.tuple(count(c), count(c)))));
});

const points = (stepH: number, k: number | null) => (k === null ? null : (stepH * k) / 100);

function entriesOf(sections: GenSection[], counts: [number | null, number | null][]): SheetEntry[] {
  return sections
    .flatMap((s) => s.criteria)
    .map((c, i) => ({
      criterion: c.code,
      self: points(c.stepH, counts[i]![0]),
      appraised: points(c.stepH, counts[i]![1]),
      evidence: null,
      reason: null,
    }));
}

/** Σ standard + Σ min(bonus, cap) − Σ min(deduction, cap), in BigInt hundredths. */
function expectedTotal(
  sections: GenSection[],
  counts: [number | null, number | null][],
  useAppraised: boolean,
) {
  let i = 0;
  let total = 0n;
  for (const s of sections) {
    let sum = 0n;
    for (const c of s.criteria) {
      const [self, appraised] = counts[i++]!;
      const k = useAppraised ? (appraised ?? self) : self;
      sum += BigInt(c.stepH) * BigInt(k ?? 0);
    }
    if (s.capH !== null && sum > BigInt(s.capH)) sum = BigInt(s.capH);
    total += s.kind === 'deduction' ? -sum : sum;
  }
  return total;
}

describe('computeTotals (properties)', () => {
  it('equals the exact sum of the scores, with caps, for self and final', () => {
    fc.assert(
      fc.property(sheetArb, ([sections, counts]) => {
        const template = toTemplate(sections);
        const totals = computeTotals(template, entriesOf(sections, counts));
        expect(BigInt(totals.final)).toBe(expectedTotal(sections, counts, true));
        expect(BigInt(totals.self)).toBe(expectedTotal(sections, counts, false));
        expect(totals.standard + totals.bonus - totals.deduction).toBe(totals.final);
        // The points the API returns round-trip to the same hundredths.
        expect(Math.round(toPointsTotals(totals).final * 100)).toBe(totals.final);
      }),
      { numRuns: 300 },
    );
  });

  it('stays within Σ standard maxima + bonus caps and −deduction caps', () => {
    fc.assert(
      fc.property(sheetArb, ([sections, counts]) => {
        const template = toTemplate(sections);
        const totals = computeTotals(template, entriesOf(sections, counts));
        let upper = 0;
        let lower = 0;
        for (const s of sections) {
          const sum = s.criteria.reduce((a, c) => a + c.stepH * c.units, 0);
          if (s.kind === 'standard') upper += sum;
          if (s.kind === 'bonus') upper += s.capH!;
          if (s.kind === 'deduction') lower -= s.capH!;
        }
        expect(totals.final).toBeLessThanOrEqual(upper);
        expect(totals.final).toBeGreaterThanOrEqual(lower);
        expect(totals.final).toBeLessThanOrEqual(maxTotal(template));
        expect(totals.final).toBeGreaterThanOrEqual(minTotal(template));
        expect(maxTotal(template)).toBeLessThanOrEqual(upper);
        expect(minTotal(template)).toBeGreaterThanOrEqual(lower);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches maxTotal with every criterion at its maximum and nothing deducted', () => {
    fc.assert(
      fc.property(templateArb, (sections) => {
        const template = toTemplate(sections);
        const entries = sections.flatMap((s) =>
          s.criteria.map((c) => ({
            criterion: c.code,
            self: s.kind === 'deduction' ? 0 : (c.stepH * c.units) / 100,
          })),
        );
        expect(computeTotals(template, entries).final).toBe(maxTotal(template));
      }),
    );
  });
});

describe('validateEntries (properties)', () => {
  it('accepts every on-step score in range, and flags an off-step one', () => {
    fc.assert(
      fc.property(sheetArb, fc.nat(), ([sections, counts], pick) => {
        const template = toTemplate(sections);
        const entries = entriesOf(sections, counts);
        expect(validateEntries(template, entries, 'self')).toEqual([]);
        expect(validateEntries(template, entries, 'appraised')).toEqual([]);
        const all = sections.flatMap((s) => s.criteria);
        const c = all[pick % all.length]!;
        // One hundredth (or a thousandth on a 0.01 step) off the grid, still within range.
        const offH = c.stepH === 1 ? 0.1 : 1;
        const value = offH / 100;
        const problems = validateEntries(template, [{ criterion: c.code, self: value }], 'self');
        expect(problems.map((p) => [p.code, p.criterion, p.path])).toEqual([
          ['off_step', c.code, '/entries/0/self'],
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it('flags a score one hundredth above the maximum', () => {
    fc.assert(
      fc.property(templateArb, fc.nat(), (sections, pick) => {
        const template = toTemplate(sections);
        const all = sections.flatMap((s) => s.criteria);
        const c = all[pick % all.length]!;
        const value = (c.stepH * c.units + c.stepH) / 100;
        const codes = validateEntries(template, [{ criterion: c.code, appraised: value }], 'appraised').map(
          (p) => p.code,
        );
        expect(codes).toEqual(['above_max']);
      }),
    );
  });
});
