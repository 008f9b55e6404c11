import { describe, expect, it } from 'vitest';
import type { PlanInput } from './contract/plan';
import { validatePlan } from './plan';
import { peoplePlan } from './quotas/test-people';

const problems = (rules: PlanInput['rules']) => {
  const r = validatePlan(peoplePlan(rules));
  return r.ok ? [] : r.problems.map((p) => `${p.code} ${p.path}`);
};

describe('plan checks of the rules on people', () => {
  it('accepts the rules of issue 14 written right', () => {
    expect(
      problems([
        {
          kind: 'prerequisite',
          award: 'CSTDCS',
          requires: [{ fact: 'award', award: 'LDTT' }, { fact: 'initiative' }],
        },
        {
          kind: 'history',
          award: 'BANG-KHEN',
          requires: { award: { title: 'CSTDCS', level: 'unit' } },
          years: 3,
          includeCurrent: true,
          nominee: 'individual',
        },
        {
          kind: 'members',
          award: 'TAP-THE-LDXS',
          requires: [
            { fact: 'share', of: { award: 'LDTT' }, percent: 50 },
            { fact: 'count', award: 'CSTDCS', min: 1 },
          ],
        },
        { kind: 'limit', max: 1, category: 'title', movements: ['2.4', '2.6'] },
        { kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 15, base: 'holders' },
      ]),
    ).toEqual([]);
  });

  it('names unknown awards and movements, wrong nominees, percents and limits that count nothing', () => {
    expect(
      problems([
        { kind: 'prerequisite', award: 'CO-THI-DUA', requires: [{ fact: 'award', award: 'X' }] },
        { kind: 'history', award: 'LDTT', requires: { rating: 'good' }, years: 2, nominee: 'collective' },
        {
          kind: 'members',
          award: 'LDTT',
          requires: [
            { fact: 'share', of: { award: 'Y' }, percent: 120 },
            { fact: 'count', award: 'Z', min: 1 },
          ],
        },
        { kind: 'limit', max: 1, levels: ['state', 'state'], movements: ['9.9'] },
        { kind: 'share', award: 'LDTT', percent: 10, nominee: 'collective' },
      ]),
    ).toEqual([
      'collective_award /rules/0/award',
      'unknown_award /rules/0/requires/0/award',
      'scope_nominee /rules/1/nominee',
      'collective_award /rules/1/nominee',
      'individual_award /rules/2/award',
      'unknown_award /rules/2/requires/0/of/award',
      'percent_range /rules/2/requires/0/percent',
      'unknown_award /rules/2/requires/1/award',
      'unknown_movement /rules/3/movements/0',
      'duplicate_level /rules/3/levels/1',
      'limit_no_award /rules/3',
      'scope_nominee /rules/4/nominee',
    ]);
  });

  it('rejects a cycle through prerequisites, members and ratios, naming the awards; a ratio on nominees makes none', () => {
    expect(
      problems([
        { kind: 'prerequisite', award: 'CSTDCS', requires: [{ fact: 'award', award: 'LDTT' }] },
        { kind: 'ratio', award: 'LDTT', of: 'CSTDCS', percent: 50 },
      ]),
    ).toEqual(['rule_cycle /rules/1/of']);
    const r = validatePlan(
      peoplePlan([{ kind: 'prerequisite', award: 'CSTDCS', requires: [{ fact: 'award', award: 'CSTDCS' }] }]),
    );
    expect(r.ok ? '' : r.problems[0]!.message).toContain('CSTDCS → CSTDCS');
    expect(
      problems([
        { kind: 'prerequisite', award: 'CSTDCS', requires: [{ fact: 'award', award: 'LDTT' }] },
        { kind: 'ratio', award: 'LDTT', of: 'CSTDCS', percent: 50, base: 'nominees' },
      ]),
    ).toEqual([]);
  });
});

describe('plan checks of the council’s ballots', () => {
  it('takes one threshold per title and names the second rule of the same title', () => {
    const ballot = (award: string, percent: number) => ({
      kind: 'ballot' as const,
      award,
      percent,
      source: 'Nghị định 152/2025/NĐ-CP',
    });
    expect(problems([ballot('CSTDCS', 80), ballot('CO-THI-DUA', 80)])).toEqual([]);
    expect(problems([ballot('CSTDCS', 80), ballot('CO-THI-DUA', 80), ballot('CSTDCS', 90)])).toEqual([
      'duplicate_ballot /rules/2/award',
    ]);
    const r = validatePlan(peoplePlan([ballot('CSTDCS', 80), ballot('CSTDCS', 90)]));
    expect(r.ok ? '' : r.problems[0]!.message).toContain('quy định số 1');
  });
});
