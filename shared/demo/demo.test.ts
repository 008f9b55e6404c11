import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan';
import { toHundredths } from '../points';
import { demoPlans, demoScores } from './index';

type PlanInput = (typeof demoPlans)[number];

const templateOf = (plan: PlanInput, group: string) => {
  const g = plan.groups!.find((x) => x.code === group)!;
  return plan.templates!.find((t) => t.code === g.template)!;
};

/** Final total in hundredths by the domain's rule: Σ standard + min(Σ bonus, cap) − min(Σ deduction, cap). */
function total(plan: PlanInput, group: string, unit: string): number {
  const scores = new Map(demoScores(plan, group, unit).map((s) => [s.criterion, toHundredths(s.self)!]));
  let sum = 0;
  for (const s of templateOf(plan, group).sections) {
    const raw = s.criteria.reduce((acc, c) => acc + scores.get(c.code)!, 0);
    const capped = s.cap === undefined ? raw : Math.min(raw, toHundredths(s.cap)!);
    sum += s.kind === 'deduction' ? -capped : capped;
  }
  return sum;
}

const sheets = demoPlans.flatMap((plan) =>
  (plan.groups ?? []).flatMap((g) => g.members.map((unit) => ({ plan, group: g.code, unit }))),
);

describe('demo plans', () => {
  it('are both valid plan documents', () => {
    expect(demoPlans.map((p) => p.campaign.code)).toEqual(['BRVT-YT-2023', 'DN-YT-2020']);
    for (const plan of demoPlans) {
      const result = validatePlan(plan);
      if (!result.ok) console.error(plan.campaign.code, result.problems);
      expect(result.ok, plan.campaign.code).toBe(true);
    }
  });

  it('have 100-point sheets with a bonus section capped at 5 and a deduction section capped at 10', () => {
    for (const plan of demoPlans) {
      for (const t of plan.templates ?? []) {
        const standard = t.sections.filter((s) => s.kind === 'standard');
        const max = standard.flatMap((s) => s.criteria).reduce((acc, c) => acc + toHundredths(c.max)!, 0);
        expect(max, t.code).toBe(10_000);
        expect(
          t.sections.filter((s) => s.kind === 'bonus').map((s) => s.cap),
          t.code,
        ).toEqual([5]);
        expect(
          t.sections.filter((s) => s.kind === 'deduction').map((s) => s.cap),
          t.code,
        ).toEqual([10]);
      }
    }
  });

  it('never share a unit code, since unit codes are global across campaigns', () => {
    const [a, b] = demoPlans.map((p) => new Set((p.units ?? []).map((u) => u.code)));
    expect([...a!].filter((code) => b!.has(code))).toEqual([]);
  });

  it('give every unit a share of women between 0.45 and 0.8', () => {
    for (const u of demoPlans.flatMap((p) => p.units ?? [])) {
      expect(u.womenShare, u.code).toBeGreaterThanOrEqual(0.45);
      expect(u.womenShare, u.code).toBeLessThanOrEqual(0.8);
    }
  });
});

describe('demoScores', () => {
  it('scores every criterion once, in template order, on its step and within its maximum', () => {
    expect(sheets.length).toBeGreaterThan(60);
    for (const { plan, group, unit } of sheets) {
      const criteria = templateOf(plan, group).sections.flatMap((s) => s.criteria);
      const scores = demoScores(plan, group, unit);
      expect(
        scores.map((s) => s.criterion),
        unit,
      ).toEqual(criteria.map((c) => c.code));
      scores.forEach((s, i) => {
        const c = criteria[i]!;
        const self = toHundredths(s.self);
        const at = `${unit} ${s.criterion} = ${s.self}`;
        expect(self, at).not.toBeNull();
        expect(self!, at).toBeGreaterThanOrEqual(0);
        expect(self!, at).toBeLessThanOrEqual(toHundredths(c.max)!);
        // On its step; without one, whole points (every such maximum in the demo is a whole number).
        expect(self! % toHundredths(c.step ?? 1)!, at).toBe(0);
        expect(s.evidence.length, at).toBeGreaterThan(0);
      });
    }
  });

  it('is deterministic and differs between units', () => {
    // Recorded once from the generator: the demo's figures (README, docs) stay the same from run to run.
    const [brvt, dn] = demoPlans;
    expect(demoScores(brvt!, 'KHOI-BV', 'BV-BR').slice(0, 3)).toEqual([
      { criterion: '1.1', self: 6.5, evidence: 'Kế hoạch số 273/KH-BVBR ngày 08/03/2023' },
      { criterion: '1.2', self: 5.5, evidence: 'Biên bản kiểm tra số 400/BB-BVBR ngày 26/05/2023' },
      { criterion: '1.3', self: 5, evidence: 'Công văn số 142/CV-BVBR ngày 27/04/2023' },
    ]);
    expect(demoScores(dn!, 'CUM-BVDK', 'DN-BVDK').slice(0, 3)).toEqual([
      { criterion: '1.1', self: 7, evidence: 'Quyết định số 420/QĐ-DNBVDK ngày 05/03/2020' },
      { criterion: '1.2', self: 4.5, evidence: 'Quyết định số 306/QĐ-DNBVDK ngày 16/01/2020' },
      { criterion: '1.3', self: 5.5, evidence: 'Báo cáo số 431/BC-DNBVDK ngày 27/03/2020' },
    ]);
    const totals = new Set(sheets.map(({ plan, group, unit }) => total(plan, group, unit)));
    expect(totals.size).toBeGreaterThan(sheets.length / 2);
  });

  it('gives realistic totals: between 70 and 105, spread over several bands, some bonus and deduction points', () => {
    const all = sheets.map(({ plan, group, unit }) => total(plan, group, unit));
    expect(Math.min(...all)).toBeGreaterThanOrEqual(7_000);
    expect(Math.max(...all)).toBeLessThanOrEqual(10_500);
    expect(all.some((t) => t >= 9_500)).toBe(true);
    expect(all.some((t) => t < 8_500)).toBe(true);
    const kinds = sheets.flatMap(({ plan, group, unit }) => {
      const kindOf = new Map(
        templateOf(plan, group).sections.flatMap((s) => s.criteria.map((c) => [c.code, s.kind] as const)),
      );
      return demoScores(plan, group, unit)
        .filter((s) => s.self > 0)
        .map((s) => kindOf.get(s.criterion));
    });
    expect(kinds).toContain('bonus');
    expect(kinds).toContain('deduction');
  });

  it('refuses a group not in the plan and a unit not in the group', () => {
    const [brvt] = demoPlans;
    expect(() => demoScores(brvt!, 'KHOI-X', 'BV-BR')).toThrow(/KHOI-X/);
    expect(() => demoScores(brvt!, 'KHOI-BV', 'TTYT-VT')).toThrow(/TTYT-VT/);
  });
});
