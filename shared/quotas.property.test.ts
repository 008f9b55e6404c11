import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanInput } from './contract/plan';
import {
  evaluateQuotas,
  type QuotaInput,
  type QuotaResult,
  type Standing,
  type StoredNomination,
} from './quotas';
import { BLOC, CLUSTER, parsePlan, planInput } from './quotas/test-plan';

const UNITS = [...BLOC, ...CLUSTER];
/** Few units, so that nominees and limits collide often. */
const BUSY = ['BV-BR', 'BV-VT', 'BV-LD', 'TTYT-A', 'TTYT-B'];
const groupOf = (unit: string) => (BLOC.includes(unit) ? 'KHOI-BV' : 'CUM-TT');

/** The fixture plan with small quotas, so that limits bind often. */
function tightPlan(): PlanInput {
  const p = planInput();
  p.movements = [
    {
      code: '2.1',
      name: 'CTMT',
      quota: { collective: 1, individual: 2 },
      programmes: [
        { code: 'A', name: 'A' },
        { code: 'B', name: 'B' },
      ],
    },
    { code: '2.4', name: 'TTNMH', quota: { collective: 2, individual: 3 } },
    { code: '2.6', name: 'ĐD', quota: { collective: null, individual: 2 } },
    { code: '2.12', name: 'Khác' },
  ];
  p.rules = [
    { kind: 'share', award: 'CO-THI-DUA', percent: 20, min: 1 },
    { kind: 'share', award: 'BANG-KHEN', percent: 12.5 },
    { kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 50 },
    { kind: 'eligibility', award: 'CO-THI-DUA', maxRank: 2 },
    { kind: 'eligibility', award: 'GIAY-KHEN', registered: true },
  ];
  return p;
}

const AWARDS: Record<string, ('collective' | 'individual')[]> = {
  'CO-THI-DUA': ['collective'],
  'BANG-KHEN': ['collective', 'individual'],
  'GIAY-KHEN': ['collective', 'individual'],
  LDTT: ['individual'],
  CSTDCS: ['individual'],
};

/** Raw draws for one nomination; ids and coherence are added by `toNominations`. */
const draw = fc.record({
  award: fc.constantFrom(...Object.keys(AWARDS)),
  kindPick: fc.nat(1),
  unit: fc.constantFrom(...BUSY),
  movement: fc.constantFrom(undefined, '2.1', '2.4', '2.6', '2.12'),
  programme: fc.constantFrom('A', 'B'),
  withGroup: fc.boolean(),
  priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  minute: fc.integer({ min: 0, max: 5 }),
  seq: fc.option(fc.nat(3), { nil: undefined }),
  name: fc.constantFrom('Nguyễn Văn An', 'NGUYỄN VĂN AN', 'Trần Thị Bình', 'Lê Cường'),
  staffId: fc.option(fc.constantFrom('S1', 'S2', 'S3'), { nil: undefined }),
  birthDate: fc.option(fc.constantFrom('1980-01-01', '1990-01-01'), { nil: undefined }),
});

type Draw = typeof draw extends fc.Arbitrary<infer T> ? T : never;

function toNominations(draws: Draw[]): StoredNomination[] {
  return draws.map((d, i) => {
    const kinds = AWARDS[d.award]!;
    const kind = kinds[d.kindPick % kinds.length]!;
    const groupNeeded = d.award === 'CO-THI-DUA' || d.award === 'BANG-KHEN';
    return {
      id: `n${String(i).padStart(3, '0')}`,
      award: d.award,
      movement: d.movement ?? null,
      programme: d.movement === '2.1' ? d.programme : null,
      group: groupNeeded || d.withGroup ? groupOf(d.unit) : null,
      nominee:
        kind === 'collective'
          ? { kind, unit: d.unit }
          : { kind, unit: d.unit, name: d.name, staffId: d.staffId ?? null, birthDate: d.birthDate ?? null },
      priority: d.priority ?? null,
      filedAt: new Date(Date.UTC(2023, 5, 1, 8, d.minute)).toISOString(),
      ...(d.seq === undefined ? {} : { seq: d.seq }),
    };
  });
}

const standingsArb = fc.array(
  fc.record({ rank: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), voted: fc.boolean() }),
  { minLength: UNITS.length, maxLength: UNITS.length },
);
const toStandings = (s: { rank: number | null; voted: boolean }[]): Standing[] =>
  UNITS.map((unit, i) => ({ group: groupOf(unit), unit, classification: null, ...s[i]! }));

const inputArb = fc
  .tuple(fc.array(draw, { maxLength: 80, size: 'max' }), standingsArb, fc.subarray(UNITS))
  .map(
    ([draws, standings, registered]): QuotaInput => ({
      plan: parsePlan(tightPlan()),
      nominations: toNominations(draws),
      standings: toStandings(standings),
      registrations: registered.map((unit) => ({
        unit,
        awards: ['GIAY-KHEN'],
        individuals: [{ name: 'nguyễn văn an', awards: ['GIAY-KHEN'] }],
      })),
    }),
  );

const byId = (r: QuotaResult) => new Map(r.items.map((i) => [i.id, i]));

/** floor(n × percent / 100) on integers (percent to hundredths), written independently of the code under test. */
const floorPercent = (n: number, percent: number) => Math.floor((n * Math.round(percent * 100)) / 10000);

/** The contract's identity, written here apart from the code under test (the draws' names differ in case only). */
function same(a: StoredNomination, b: StoredNomination): boolean {
  const x = a.nominee;
  const y = b.nominee;
  if (x.kind !== y.kind || x.unit !== y.unit) return false;
  if (x.kind === 'collective') return true;
  if (x.staffId && y.staffId) return x.staffId === y.staffId;
  if (!x.name || x.name.toLowerCase() !== y.name?.toLowerCase()) return false;
  return !x.birthDate || !y.birthDate || x.birthDate === y.birthDate;
}

/** How many people a list of nominations names, or null when identity is not transitive on it. */
function distinctPeople(list: StoredNomination[]): number | null {
  for (const a of list)
    for (const b of list) for (const c of list) if (same(a, b) && same(b, c) && !same(a, c)) return null;
  return list.filter((n, i) => !list.slice(0, i).some((m) => same(m, n))).length;
}

/**
 * Each limit of the tight plan as [row id, limit, the within-quota nominations it covers], derived from the plan
 * and from which nominations ended within quota — never from the rows or `ruleIds`.
 */
function independentLimits(
  input: QuotaInput,
  within: StoredNomination[],
): [string, number | null, StoredNomination[]][] {
  const out: [string, number | null, StoredNomination[]][] = [];
  for (const m of input.plan.movements) {
    for (const programme of m.programmes.length ? m.programmes.map((p) => p.code) : [null]) {
      for (const kind of ['collective', 'individual'] as const) {
        const q = m.quota?.[kind];
        const covered = within.filter(
          (n) => n.movement === m.code && (n.programme ?? null) === programme && n.nominee.kind === kind,
        );
        out.push([
          `movement:${m.code}:${programme ? `${programme}:` : ''}${kind}`,
          q === null ? 0 : (q ?? null),
          covered,
        ]);
      }
    }
  }
  for (const rule of input.plan.rules) {
    if (rule.kind === 'share') {
      for (const g of input.plan.groups) {
        const limit = Math.max(rule.min ?? 0, floorPercent(g.members.length, rule.percent));
        out.push([
          `share:${rule.award}:${g.code}`,
          limit,
          within.filter((n) => n.award === rule.award && n.group === g.code),
        ]);
      }
    }
    if (rule.kind === 'ratio') {
      const units = new Set(
        input.nominations
          .filter((n) => n.award === rule.award || n.award === rule.of)
          .map((n) => n.nominee.unit),
      );
      for (const unit of units) {
        const bases = within.filter((n) => n.award === rule.of && n.nominee.unit === unit);
        const covered = within.filter((n) => n.award === rule.award && n.nominee.unit === unit);
        const base = distinctPeople(bases);
        // Identity is not transitive ("An" without a birth date is both An 1980 and An 1990): then the count
        // depends on which came first, and the row's limit lies between the bounds instead.
        out.push([
          `ratio:${rule.award}:${unit}`,
          base === null ? null : floorPercent(base, rule.percent),
          covered,
        ]);
      }
    }
  }
  return out;
}

describe('quota properties', () => {
  it('never lets more nominations within a limit than the limit, and keeps out only at a full limit', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = evaluateQuotas(input);
        const within = input.nominations.filter((_, i) => r.items[i]!.status === 'within_quota');
        // Every limit of the plan, computed here from the plan and the result, not read from the rows.
        for (const [id, limit, members] of independentLimits(input, within)) {
          const row = r.rules.find((x) => x.rule === id);
          expect(row, id).toBeDefined();
          if (limit !== null || !id.startsWith('ratio:')) expect(row!.limit, id).toBe(limit);
          expect(row!.used, id).toBe(members.length);
          if (limit !== null) expect(members.length, id).toBeLessThanOrEqual(limit);
          if (row!.limit !== null) expect(members.length, id).toBeLessThanOrEqual(row!.limit);
        }
        for (const row of r.rules) {
          const counted = (status: string) =>
            r.items.filter((i) => i.status === status && i.ruleIds.includes(row.rule)).length;
          expect(row.used).toBe(counted('within_quota'));
          expect(row.over).toBe(counted('over_quota'));
        }
        const rows = new Map(r.rules.map((x) => [x.rule, x]));
        for (const item of r.items) {
          expect(item.reasons.length).toBeGreaterThan(0);
          if (item.status === 'over_quota') {
            expect(item.ruleIds.length).toBeGreaterThan(0);
            for (const id of item.ruleIds) expect(rows.get(id)?.used).toBe(rows.get(id)?.limit);
          }
          if (item.status === 'ineligible') expect(item.ruleIds).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order the nominations are given in', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) =>
          fc
            .shuffledSubarray(input.nominations, {
              minLength: input.nominations.length,
              maxLength: input.nominations.length,
            })
            .map((shuffled) => [input, shuffled] as const),
        ),
        ([input, shuffled]) => {
          const a = evaluateQuotas(input);
          const b = evaluateQuotas({ ...input, nominations: shuffled });
          expect(b.items.map((i) => i.id)).toEqual(shuffled.map((n) => n.id));
          expect(byId(b)).toEqual(byId(a));
          expect(b.rules).toEqual(a.rules);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('under count and share rules alone, withdrawing a nomination never moves another one out of quota', () => {
    // Distinct nominees (no one-award-per-movement refusals), no eligibility or ratio rules, and each nomination
    // under one limit: either a movement's quota, or the share of its group for Cờ thi đua.
    const plan = tightPlan();
    plan.rules = plan.rules!.filter((r) => r.kind === 'share' && r.award === 'CO-THI-DUA');
    const parsed = parsePlan(plan);
    const one = fc.record({
      flag: fc.boolean(),
      unit: fc.constantFrom(...UNITS),
      movement: fc.constantFrom('2.1', '2.4', '2.6', '2.12'),
      programme: fc.constantFrom('A', 'B'),
      individual: fc.boolean(),
      priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
      minute: fc.integer({ min: 0, max: 5 }),
    });
    const arb = fc
      .array(one, { minLength: 1, maxLength: 60, size: 'max' })
      .map((draws) => {
        const seen = new Set<string>();
        const out: StoredNomination[] = [];
        draws.forEach((d, i) => {
          const id = `n${String(i).padStart(3, '0')}`;
          const filedAt = new Date(Date.UTC(2023, 5, 1, 8, d.minute)).toISOString();
          if (d.flag) {
            if (seen.has(`flag|${d.unit}`)) return;
            seen.add(`flag|${d.unit}`);
            const nominee = { kind: 'collective' as const, unit: d.unit };
            out.push({
              id,
              award: 'CO-THI-DUA',
              group: groupOf(d.unit),
              nominee,
              priority: d.priority,
              filedAt,
            });
            return;
          }
          const individual = d.individual || d.movement === '2.6';
          if (!individual && seen.has(`${d.movement}|${d.unit}`)) return;
          seen.add(`${d.movement}|${d.unit}`);
          const nominee = individual
            ? { kind: 'individual' as const, unit: d.unit, name: `Người ${i}`, staffId: `P${i}` }
            : { kind: 'collective' as const, unit: d.unit };
          const programme = d.movement === '2.1' ? d.programme : null;
          out.push({
            id,
            award: 'BANG-KHEN',
            movement: d.movement,
            programme,
            nominee,
            priority: d.priority,
            filedAt,
          });
        });
        return out;
      })
      .chain((noms) => fc.tuple(fc.constant(noms), fc.nat(noms.length - 1)));
    fc.assert(
      fc.property(arb, ([nominations, out]) => {
        const base = { plan: parsed, standings: [], registrations: [] };
        const before = byId(evaluateQuotas({ ...base, nominations }));
        const after = evaluateQuotas({ ...base, nominations: nominations.filter((_, i) => i !== out) });
        for (const item of after.items) {
          if (before.get(item.id)?.status === 'within_quota') expect(item.status).toBe('within_quota');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('can move one out when limits overlap: a nomination must fit every limit (documented consequence)', () => {
    // r uses M only; a uses M and the bloc's flag; b uses the flag only. With r, a is kept out of M and b gets the
    // flag; without r, a takes both and b is kept out.
    const p = planInput();
    p.movements = [{ code: 'M', name: 'Thử', quota: { collective: 1 } }];
    p.rules = [{ kind: 'share', award: 'CO-THI-DUA', percent: 10 }];
    const at = (m: number) => new Date(Date.UTC(2023, 0, 1, 0, m)).toISOString();
    const nominations: StoredNomination[] = [
      {
        id: 'r',
        award: 'BANG-KHEN',
        movement: 'M',
        nominee: { kind: 'collective', unit: 'BV-BR' },
        filedAt: at(1),
      },
      {
        id: 'a',
        award: 'CO-THI-DUA',
        movement: 'M',
        group: 'KHOI-BV',
        nominee: { kind: 'collective', unit: 'BV-VT' },
        filedAt: at(2),
      },
      {
        id: 'b',
        award: 'CO-THI-DUA',
        group: 'KHOI-BV',
        nominee: { kind: 'collective', unit: 'BV-LD' },
        filedAt: at(3),
      },
    ];
    const base = { plan: parsePlan(p), standings: [], registrations: [] };
    const all = evaluateQuotas({ ...base, nominations });
    expect(all.items.map((i) => i.status)).toEqual(['within_quota', 'over_quota', 'within_quota']);
    const without = evaluateQuotas({ ...base, nominations: nominations.slice(1) });
    expect(without.items.map((i) => i.status)).toEqual(['within_quota', 'over_quota']);
  });
});
