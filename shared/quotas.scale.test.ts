import { describe, expect, it } from 'vitest';
import { evaluateQuotas, percentOf, type StoredNomination } from './quotas';
import { BLOC, parsePlan, planInput } from './quotas/test-plan';

/**
 * Sanity at scale: 100,000 nominations in one pass. Only counts are asserted (the time is printed, not asserted:
 * the machine is shared), each of them known from how the set is built.
 */
describe('quota pass at scale', () => {
  it('evaluates 100,000 nominations', () => {
    const plan = parsePlan({
      ...planInput(),
      rules: [{ kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 15 }],
    });
    const movements = ['2.4', '2.6', '2.11', '2.12', '2.1'] as const;
    const start = Date.UTC(2023, 0, 1);
    const nominations: StoredNomination[] = [];
    for (let i = 0; i < 100_000; i++) {
      const movement = movements[i % movements.length]!;
      // Every 1000th is the person of five before (same movement, unit and staff id) once more: refused.
      const person = i % 1000 === 999 ? i - movements.length : i;
      nominations.push({
        id: `n${i}`,
        // 2.11 considers Bằng khen and Giấy khen only.
        award: movement === '2.11' ? 'BANG-KHEN' : Math.floor(i / 50) % 2 === 0 ? 'LDTT' : 'CSTDCS',
        movement,
        programme: movement === '2.1' ? (i % 4 < 2 ? 'CT-LAO' : 'CT-SR') : null,
        nominee: {
          kind: 'individual',
          unit: BLOC[Math.floor(person / movements.length) % BLOC.length]!,
          name: `Nguyễn Văn ${person}`,
          staffId: person % 3 === 0 ? null : `S${person}`,
        },
        priority: i % 7 === 0 ? 1 + (i % 3) : null,
        filedAt: new Date(start + (i % 5000) * 60_000).toISOString(),
        seq: i,
      });
    }
    const t0 = performance.now();
    const r = evaluateQuotas({ plan, nominations, standings: [], registrations: [] });
    console.log(`100,000 nominations evaluated in ${Math.round(performance.now() - t0)} ms`);

    expect(r.items).toHaveLength(100_000);
    const count = (s: string) => r.items.filter((x) => x.status === s).length;
    expect(count('ineligible')).toBe(100);
    const row = (id: string) => r.rules.find((x) => x.rule === id)!;
    expect(row('movement:2.4:individual')).toMatchObject({ limit: 10, used: 10 });
    expect(row('movement:2.6:individual')).toMatchObject({ limit: 10, used: 10 });
    expect(row('movement:2.11:individual')).toMatchObject({ limit: 20, used: 20 });
    expect(row('movement:2.1:CT-LAO:individual')).toMatchObject({ limit: 10, used: 10 });
    expect(row('movement:2.1:CT-SR:individual')).toMatchObject({ limit: 10, used: 10 });
    expect(row('movement:2.12:individual').limit).toBeNull();

    // Every nomination has a movement, so the within ones are exactly the movement rows' `used`.
    const movementUsed = r.rules
      .filter((x) => x.rule.startsWith('movement:'))
      .reduce((s, x) => s + x.used, 0);
    expect(count('within_quota')).toBe(movementUsed);
    expect(count('within_quota') + count('over_quota') + count('ineligible')).toBe(100_000);
    // Each unit's Chiến sĩ thi đua cơ sở: 15 % of its Lao động tiên tiến within quota, and that many are in
    // (2.12 has no movement limit and thousands of each per unit).
    for (const unit of BLOC) {
      const ldtt = r.items.filter(
        (x, i) =>
          x.status === 'within_quota' &&
          nominations[i]!.award === 'LDTT' &&
          nominations[i]!.nominee.unit === unit,
      ).length;
      expect(row(`ratio:CSTDCS:${unit}`)).toMatchObject({
        limit: percentOf(ldtt, 15),
        used: percentOf(ldtt, 15),
      });
    }
  });
});

/**
 * The same pass with people facts: 60,000 staff of the year, 5 years of register (one yearly title per person a
 * year) and every rule kind on people. Counts only, each known from how the set is built.
 */
describe('quota pass at scale, with people facts', () => {
  it('evaluates 100,000 nominations against staff lists and the register', () => {
    const plan = parsePlan({
      ...planInput(),
      awards: planInput().awards!.map((a) => ({
        ...a,
        category: 'title' as const,
        identity: { title: a.code, level: 'unit' as const },
      })),
      rules: [
        {
          kind: 'prerequisite',
          award: 'CSTDCS',
          requires: [
            { fact: 'award', award: 'LDTT' },
            { fact: 'rating', min: 'good' },
          ],
        },
        { kind: 'history', award: 'CSTDCS', requires: { award: { title: 'LDTT', level: 'unit' } }, years: 2 },
        { kind: 'limit', max: 2, category: 'title', nominee: 'individual' },
        { kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 50, base: 'holders' },
        {
          kind: 'members',
          award: 'TAP-THE-LDXS',
          requires: [{ fact: 'share', of: { award: 'LDTT' }, percent: 50 }],
        },
      ],
    });
    const perUnit = 6000;
    const staff = BLOC.map((unit) => ({
      unit,
      year: 2023,
      staff: Array.from({ length: perUnit }, (_, k) => ({
        staffId: `S${k}`,
        name: `Người ${k}`,
        rating: k % 2 === 0 ? ('good' as const) : ('complete' as const),
        discipline: [],
        initiatives: [],
      })),
      updatedAt: null,
      updatedBy: null,
    }));
    const register = [2021, 2022, 2023, 2020, 2019].map((y) => ({
      number: `${y}/QĐ`,
      date: `${y + 1}-01-10`,
      issuerLevel: 'unit' as const,
      authority: 'Giám đốc',
      award: { title: 'LDTT', level: 'unit' as const },
      category: 'title' as const,
      awardName: 'Lao động tiên tiến',
      period: { from: y, to: y },
      // Everyone of a unit but every fourth person, each year.
      recipients: BLOC.flatMap((unit) =>
        Array.from({ length: perUnit }, (_, k) => k)
          .filter((k) => k % 4 !== 3)
          .map((k) => ({ kind: 'individual' as const, unit, staffId: `S${k}` })),
      ),
    }));
    const nominations: StoredNomination[] = [];
    for (let i = 0; i < 100_000; i++) {
      const unit = BLOC[i % BLOC.length]!;
      const k = Math.floor(i / BLOC.length) % perUnit;
      nominations.push({
        id: `n${i}`,
        award: i < 100_000 - BLOC.length ? 'CSTDCS' : 'TAP-THE-LDXS',
        movement: null,
        nominee:
          i < 100_000 - BLOC.length
            ? { kind: 'individual', unit, staffId: `S${k}`, name: `Người ${k}` }
            : { kind: 'collective', unit },
        filedAt: new Date(Date.UTC(2023, 0, 1) + (i % 5000) * 60_000).toISOString(),
        seq: i,
      });
    }
    const t0 = performance.now();
    const r = evaluateQuotas({
      plan,
      nominations,
      standings: [],
      registrations: [],
      people: { year: 2023, staff, register: register.map((d) => ({ ...d })) },
    });
    console.log(
      `100,000 nominations with 60,000 staff and 5 years of register in ${Math.round(performance.now() - t0)} ms`,
    );
    const count = (s: string) => r.items.filter((x) => x.status === s).length;
    // Per unit: 6,000 people; 4,500 hold LDTT each year; half are rated good. The first filing of each person
    // stands, the rest (repeats) are refused. Eligible: held (k % 4 ≠ 3) and good (k even): k % 4 ∈ {0, 2};
    // the register's Lao động tiên tiến of 2023 and the Chiến sĩ thi đua cơ sở make 2 titles, the limit.
    const eligiblePerUnit = perUnit / 2;
    for (const unit of BLOC)
      expect(r.rules.find((x) => x.rule === `ratio:CSTDCS:${unit}`)).toMatchObject({
        limit: percentOf(4500, 50),
        used: Math.min(eligiblePerUnit, percentOf(4500, 50)),
      });
    expect(count('within_quota')).toBe(BLOC.length * (percentOf(4500, 50) + 1));
    expect(count('within_quota') + count('over_quota') + count('ineligible')).toBe(100_000);
  });
});
