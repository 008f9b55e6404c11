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
