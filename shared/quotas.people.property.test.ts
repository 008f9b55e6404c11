/**
 * Properties of the rules on people and earlier years (issue 14): for each rule kind, random worlds (staff lists,
 * register, nominations) against an oracle written here from the rule's words, apart from the code under test,
 * and a count showing that both outcomes — the rule met and the rule failed — were generated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AwardLevel, DisciplineForm, InitiativeLevel, Rating } from './contract/enums';
import type { MemberCondition, PersonCondition, PlanInput } from './contract/plan';
import { evaluateQuotas, type QuotaResult, type StoredNomination } from './quotas';
import { YEAR } from './quotas/test-people';
import {
  CATEGORY,
  type Cell,
  factsOf,
  inRegister,
  LEVEL,
  MOVEMENTS,
  type Title,
  type World,
  worldArb,
  worldPlan,
} from './quotas/test-people-arb';
import { parsePlan } from './quotas/test-plan';

const RUNS = { numRuns: 300 };
const idx = <T extends string>(list: readonly T[], x: T) => list.indexOf(x);

function run(w: World, rules: PlanInput['rules'], m1?: number): QuotaResult {
  return evaluateQuotas({
    plan: parsePlan(worldPlan(rules, m1)),
    nominations: w.nominations,
    standings: [],
    registrations: [],
    people: { year: YEAR, staff: w.staff, register: w.register },
  });
}

const who = (n: StoredNomination) => `${n.nominee.unit}|${n.nominee.staffId ?? ''}`;
const person = (n: StoredNomination) => n.nominee.staffId ?? '';
const filing = (a: StoredNomination, b: StoredNomination) =>
  a.filedAt.localeCompare(b.filedAt) || (a.seq ?? 0) - (b.seq ?? 0);

/** One award per nominee per movement (per award without one), first filed first, among `eligible` ones. */
function standingSet(w: World, eligible: (n: StoredNomination) => boolean): Set<string> {
  const seen = new Set<string>();
  const standing = new Set<string>();
  for (const n of [...w.nominations].sort(filing)) {
    if (!eligible(n)) continue;
    const key = `${n.movement ? `m:${n.movement}` : `a:${n.award}`}|${n.nominee.kind}|${who(n)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    standing.add(n.id);
  }
  return standing;
}

const statusOf = (r: QuotaResult) => new Map(r.items.map((i, k) => [r.items[k]!.id, i.status]));

/** Counts both outcomes over a property's runs, and checks at the end that each was seen. */
function outcomes() {
  const seen = { met: 0, failed: 0 };
  return {
    note: (met: boolean) => {
      if (met) seen.met++;
      else seen.failed++;
    },
    check: () => {
      expect(seen.met).toBeGreaterThan(0);
      expect(seen.failed).toBeGreaterThan(0);
    },
  };
}

/** Whole calendar months in post to the end of YEAR: the months whose first day is on or after the start. */
function wholeMonths(start: string): number {
  let n = 0;
  for (let y = 2000; y <= YEAR; y++)
    for (let m = 1; m <= 12; m++) if (`${y}-${String(m).padStart(2, '0')}-01` >= start) n++;
  return n;
}

const held = (w: World, r: QuotaResult, title: string, unit: string, p: string) =>
  inRegister(w, title, unit, p, YEAR) ||
  w.nominations.some(
    (n, i) =>
      n.award === title &&
      n.nominee.unit === unit &&
      person(n) === p &&
      r.items[i]!.status === 'within_quota',
  );

describe('rules on people: scope', () => {
  it('applies an eligibility rule only to the nominee kind and movements of its scope', () => {
    const o = outcomes();
    const scope = fc.record({
      nominee: fc.constantFrom(undefined, 'individual' as const, 'collective' as const),
      movements: fc.option(fc.subarray(MOVEMENTS), { nil: undefined }),
    });
    fc.assert(
      fc.property(worldArb(['GIAY-KHEN']), scope, (w, s) => {
        const rule = { kind: 'eligibility' as const, award: 'GIAY-KHEN', registered: true, ...s };
        const inScope = (n: StoredNomination) =>
          (!s.nominee || s.nominee === n.nominee.kind) &&
          (!s.movements || (n.movement != null && s.movements.includes(n.movement)));
        const status = statusOf(run(w, [rule]));
        const standing = standingSet(w, (n) => !inScope(n));
        for (const n of w.nominations) {
          o.note(!inScope(n));
          expect(status.get(n.id)).toBe(standing.has(n.id) ? 'within_quota' : 'ineligible');
        }
      }),
      RUNS,
    );
    o.check();
  });
});

describe('rules on people: prerequisites', () => {
  const conditions = fc.record(
    {
      rating: fc.constantFrom(...Rating.options),
      discipline: fc.option(fc.constantFrom(...DisciplineForm.options), { nil: undefined }),
      months: fc.integer({ min: 0, max: 30 }),
      absent: fc.integer({ min: 0, max: 50 }),
      initiative: fc.record({
        minLevel: fc.constantFrom(...InitiativeLevel.options),
        count: fc.integer({ min: 1, max: 2 }),
      }),
    },
    { requiredKeys: [] },
  );
  type Conditions = typeof conditions extends fc.Arbitrary<infer T> ? T : never;

  function met(c: Conditions, x: Cell | null): boolean {
    if (!x) return false;
    if (c.rating && !(x.rating && idx(Rating.options, x.rating) <= idx(Rating.options, c.rating)))
      return false;
    if ('discipline' in c) {
      const from = idx(DisciplineForm.options, c.discipline ?? 'reprimand');
      if (x.discipline.some((d) => idx(DisciplineForm.options, d) >= from)) return false;
    }
    if (c.months !== undefined && !(x.start && wholeMonths(x.start) >= c.months)) return false;
    if (c.absent !== undefined && (x.daysAbsent ?? 0) > c.absent) return false;
    if (c.initiative) {
      const min = idx(InitiativeLevel.options, c.initiative.minLevel);
      if (x.initiatives.filter((l) => idx(InitiativeLevel.options, l) >= min).length < c.initiative.count)
        return false;
    }
    return true;
  }

  it("reads the person's facts of the year from the staff list", () => {
    const o = outcomes();
    fc.assert(
      fc.property(worldArb(['LDTT']), conditions, (w, c) => {
        const requires: PersonCondition[] = [];
        if (c.rating) requires.push({ fact: 'rating', min: c.rating });
        if ('discipline' in c)
          requires.push({ fact: 'discipline', ...(c.discipline ? { from: c.discipline } : {}) });
        if (c.months !== undefined) requires.push({ fact: 'monthsInPost', min: c.months });
        if (c.absent !== undefined) requires.push({ fact: 'daysAbsent', max: c.absent });
        if (c.initiative) requires.push({ fact: 'initiative', ...c.initiative });
        fc.pre(requires.length > 0);
        const status = statusOf(run(w, [{ kind: 'prerequisite', award: 'LDTT', requires }]));
        const ok = (n: StoredNomination) => met(c, factsOf(w, n.nominee.unit, YEAR, person(n)));
        const standing = standingSet(w, ok);
        for (const n of w.nominations) {
          o.note(ok(n));
          expect(status.get(n.id)).toBe(standing.has(n.id) ? 'within_quota' : 'ineligible');
        }
      }),
      RUNS,
    );
    o.check();
  });

  it('needs the other award held this year: in the register, or within quota once it is settled', () => {
    const o = outcomes();
    fc.assert(
      fc.property(worldArb(['LDTT', 'CSTDCS']), (w0) => {
        // Chiến sĩ thi đua cơ sở outside M1, whose quota of 2 keeps some Lao động tiên tiến out.
        const w = {
          ...w0,
          nominations: w0.nominations.map((n) =>
            n.award === 'CSTDCS' && n.movement === 'M1' ? { ...n, movement: 'M2' } : n,
          ),
        };
        const r = run(
          w,
          [{ kind: 'prerequisite', award: 'CSTDCS', requires: [{ fact: 'award', award: 'LDTT' }] }],
          2,
        );
        const standing = standingSet(w, () => true);
        w.nominations.forEach((n, i) => {
          if (n.award !== 'CSTDCS') return;
          const has = held(w, r, 'LDTT', n.nominee.unit, person(n));
          o.note(has);
          expect(r.items[i]!.status).toBe(standing.has(n.id) && has ? 'within_quota' : 'ineligible');
        });
      }),
      RUNS,
    );
    o.check();
  });
});

describe('rules on people: history', () => {
  it('needs the award in the register each of the years, the current one also within quota, counted since the last', () => {
    const o = outcomes();
    const shape = fc.record({
      years: fc.integer({ min: 1, max: 3 }),
      includeCurrent: fc.boolean(),
      sinceLast: fc.boolean(),
    });
    fc.assert(
      fc.property(worldArb(['BANG-KHEN', 'CSTDCS']), shape, (w, s) => {
        const rule = {
          kind: 'history' as const,
          award: 'BANG-KHEN',
          requires: { award: { title: 'CSTDCS', level: 'unit' as const } },
          ...s,
        };
        const r = run(w, [rule]);
        const end = s.includeCurrent ? YEAR : YEAR - 1;
        const years = Array.from({ length: s.years }, (_, k) => end - k);
        const gaps = (n: StoredNomination) =>
          years.filter((y) => !inRegister(w, 'CSTDCS', n.nominee.unit, person(n), y));
        const blocked = (n: StoredNomination) =>
          s.sinceLast &&
          w.register.some(
            (d) =>
              d.award.title === 'BANG-KHEN' &&
              d.period.to < YEAR &&
              d.period.to >= end - s.years + 1 &&
              d.recipients.some((x) => x.unit === n.nominee.unit && x.staffId === person(n)),
          );
        const own = (n: StoredNomination) =>
          n.award !== 'BANG-KHEN' || (!blocked(n) && gaps(n).every((y) => y === YEAR));
        const standing = standingSet(w, own);
        w.nominations.forEach((n, i) => {
          if (n.award !== 'BANG-KHEN') return;
          const g = gaps(n);
          const ok = own(n) && (g.length === 0 || held(w, r, 'CSTDCS', n.nominee.unit, person(n)));
          o.note(ok);
          expect(r.items[i]!.status).toBe(standing.has(n.id) && ok ? 'within_quota' : 'ineligible');
        });
      }),
      RUNS,
    );
    o.check();
  });

  it('needs a rating (and initiatives) in the staff list of each of the years', () => {
    const o = outcomes();
    const shape = fc.record({
      years: fc.integer({ min: 1, max: 3 }),
      includeCurrent: fc.boolean(),
      rating: fc.constantFrom(...Rating.options),
      initiatives: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(worldArb(['BANG-KHEN']), shape, (w, s) => {
        const requires = { rating: s.rating, ...(s.initiatives ? { initiatives: s.initiatives } : {}) };
        const status = statusOf(
          run(w, [
            {
              kind: 'history',
              award: 'BANG-KHEN',
              requires,
              years: s.years,
              includeCurrent: s.includeCurrent,
            },
          ]),
        );
        const end = s.includeCurrent ? YEAR : YEAR - 1;
        const ok = (n: StoredNomination) =>
          Array.from({ length: s.years }, (_, k) => end - k).every((y) => {
            const x = factsOf(w, n.nominee.unit, y, person(n));
            return (
              x !== null &&
              x.rating !== undefined &&
              idx(Rating.options, x.rating) <= idx(Rating.options, s.rating) &&
              x.initiatives.length >= (s.initiatives ?? 0)
            );
          });
        const standing = standingSet(w, ok);
        for (const n of w.nominations) {
          o.note(ok(n));
          expect(status.get(n.id)).toBe(standing.has(n.id) ? 'within_quota' : 'ineligible');
        }
      }),
      RUNS,
    );
    o.check();
  });
});

describe('rules on people: members', () => {
  const shape = fc.record(
    {
      ldtt: fc.record({ percent: fc.constantFrom(0, 25, 33.5, 50, 66.6, 100), strict: fc.boolean() }),
      rating: fc.record({
        min: fc.constantFrom(...Rating.options),
        percent: fc.constantFrom(0, 50, 75),
        strict: fc.boolean(),
      }),
      count: fc.integer({ min: 1, max: 2 }),
      discipline: fc.option(fc.constantFrom(...DisciplineForm.options), { nil: undefined }),
    },
    { requiredKeys: [] },
  );

  it('judges a collective by its staff list: shares, counts and discipline of its members', () => {
    const o = outcomes();
    fc.assert(
      fc.property(worldArb(['TAP-THE-LDXS', 'LDTT', 'CSTDCS']), shape, (w, s) => {
        const requires: MemberCondition[] = [];
        if (s.ldtt) requires.push({ fact: 'share', of: { award: 'LDTT' }, ...s.ldtt });
        if (s.rating)
          requires.push({
            fact: 'share',
            of: { rating: s.rating.min },
            percent: s.rating.percent,
            strict: s.rating.strict,
          });
        if (s.count) requires.push({ fact: 'count', award: 'CSTDCS', min: s.count });
        if ('discipline' in s)
          requires.push({ fact: 'discipline', ...(s.discipline ? { from: s.discipline } : {}) });
        fc.pre(requires.length > 0);
        const r = run(w, [{ kind: 'members', award: 'TAP-THE-LDXS', requires }]);
        const members = (unit: string) =>
          ['S0', 'S1', 'S2', 'S3', 'S4', 'S5'].flatMap((p) => {
            const x = factsOf(w, unit, YEAR, p);
            return x ? [{ p, x }] : [];
          });
        const share = (n: number, total: number, percent: number, strict: boolean) =>
          strict ? n * 1000 > total * Math.round(percent * 10) : n * 1000 >= total * Math.round(percent * 10);
        const own = (n: StoredNomination) => {
          if (n.nominee.kind !== 'collective') return true;
          const m = members(n.nominee.unit);
          if (m.length === 0) return false;
          if ('discipline' in s) {
            const from = idx(DisciplineForm.options, s.discipline ?? 'reprimand');
            if (m.some(({ x }) => x.discipline.some((d) => idx(DisciplineForm.options, d) >= from)))
              return false;
          }
          if (s.rating) {
            const min = idx(Rating.options, s.rating.min);
            const k = m.filter(({ x }) => x.rating && idx(Rating.options, x.rating) <= min).length;
            if (!share(k, m.length, s.rating.percent, s.rating.strict)) return false;
          }
          return true;
        };
        const standing = standingSet(w, own);
        w.nominations.forEach((n, i) => {
          if (n.nominee.kind !== 'collective') return;
          const m = members(n.nominee.unit);
          const holders = (a: string) => m.filter(({ p }) => held(w, r, a, n.nominee.unit, p)).length;
          const ok =
            own(n) &&
            (!s.ldtt || share(holders('LDTT'), m.length, s.ldtt.percent, s.ldtt.strict)) &&
            (!s.count || holders('CSTDCS') >= s.count);
          o.note(ok);
          expect(r.items[i]!.status).toBe(standing.has(n.id) && ok ? 'within_quota' : 'ineligible');
        });
      }),
      RUNS,
    );
    o.check();
  });
});

describe('rules on people: limits per person per year', () => {
  const shape = fc.record({
    max: fc.integer({ min: 0, max: 2 }),
    category: fc.constantFrom(undefined, 'title' as const, 'form' as const),
    levels: fc.option(fc.subarray([...AwardLevel.options], { minLength: 1 }), { nil: undefined }),
    movements: fc.option(fc.subarray(MOVEMENTS), { nil: undefined }),
  });

  it('counts the nominations within quota in processing order and the register of the year, each decision once', () => {
    const o = outcomes();
    fc.assert(
      fc.property(worldArb(['LDTT', 'CSTDCS', 'BANG-KHEN', 'GIAY-KHEN']), shape, (w, s) => {
        const rule = {
          kind: 'limit' as const,
          max: s.max,
          ...(s.category ? { category: s.category } : {}),
          ...(s.levels ? { levels: s.levels } : {}),
          ...(s.movements ? { movements: s.movements } : {}),
        };
        const status = statusOf(run(w, [rule]));
        const counts = (title: Title) =>
          (!s.category || CATEGORY[title] === s.category) && (!s.levels || s.levels.includes(LEVEL[title]));
        const standing = standingSet(w, () => true);
        const order = [...w.nominations].sort(
          (a, b) => (a.priority ?? 99) - (b.priority ?? 99) || filing(a, b),
        );
        const left = new Map<string, string[]>();
        const used = new Map<string, number>();
        for (const n of order) {
          if (!standing.has(n.id)) {
            expect(status.get(n.id)).toBe('ineligible');
            continue;
          }
          const title = n.award as Title;
          const scoped = !s.movements || (n.movement != null && s.movements.includes(n.movement));
          if (!counts(title) || !scoped) {
            expect(status.get(n.id)).toBe('within_quota');
            continue;
          }
          const k = who(n);
          if (!left.has(k))
            left.set(
              k,
              w.register
                .filter((d) => d.period.to === YEAR && counts(d.award.title as Title))
                .filter((d) => d.recipients.some((x) => `${x.unit}|${x.staffId ?? ''}` === k))
                .map((d) => d.award.title),
            );
          const mine = left.get(k)!;
          const at = mine.indexOf(title);
          const fits = at >= 0 || (used.get(k) ?? 0) + mine.length < s.max;
          o.note(fits);
          if (fits) {
            if (at >= 0) mine.splice(at, 1);
            used.set(k, (used.get(k) ?? 0) + 1);
          }
          expect(status.get(n.id)).toBe(fits ? 'within_quota' : 'over_quota');
        }
      }),
      RUNS,
    );
    o.check();
  });
});

describe('rules on people: ratio bases', () => {
  it('caps by distinct nominees of any status, or by distinct holders in the register', () => {
    const o = outcomes();
    const shape = fc.record({
      base: fc.constantFrom('nominees' as const, 'holders' as const),
      percent: fc.constantFrom(0, 20, 50, 100),
    });
    fc.assert(
      fc.property(worldArb(['LDTT', 'CSTDCS']), shape, (w, s) => {
        const r = run(w, [{ kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: s.percent, base: s.base }]);
        const standing = standingSet(w, () => true);
        for (const unit of ['BV-BR', 'BV-VT']) {
          const people =
            s.base === 'nominees'
              ? w.nominations.filter((n) => n.award === 'LDTT' && n.nominee.unit === unit).map(person)
              : w.register
                  .filter((d) => d.award.title === 'LDTT' && d.period.from <= YEAR && YEAR <= d.period.to)
                  .flatMap((d) => d.recipients.filter((x) => x.unit === unit).map((x) => x.staffId ?? ''));
          const cap = Math.floor((new Set(people).size * s.percent) / 100);
          const capped = w.nominations.filter(
            (n) => n.award === 'CSTDCS' && n.nominee.unit === unit && standing.has(n.id),
          );
          const within = w.nominations.filter(
            (n, i) =>
              n.award === 'CSTDCS' && n.nominee.unit === unit && r.items[i]!.status === 'within_quota',
          );
          const row = r.rules.find((x) => x.rule === `ratio:CSTDCS:${unit}`);
          if (capped.length > 0) {
            expect(row?.limit).toBe(cap);
            o.note(capped.length <= cap);
          }
          expect(within.length).toBe(Math.min(cap, capped.length));
        }
      }),
      RUNS,
    );
    o.check();
  });
});
