/**
 * Generated worlds for the property tests of issue 14 (tests only): two units, six people known by staff id,
 * staff lists of 2019–2023 (some not sent, some people not listed), a register of single-recipient decisions
 * and nominations under three movements without quota (M1 gets one when a test asks).
 */
import fc from 'fast-check';
import { DisciplineForm, InitiativeLevel, Rating } from '../contract/enums';
import type { PlanInput } from '../contract/plan';
import type { DecisionInput } from '../contract/register';
import type { StaffList } from '../contract/staff';
import { decision, member, peoplePlan, staffList, YEAR } from './test-people';
import type { StoredNomination } from './types';

export const UNITS = ['BV-BR', 'BV-VT'];
export const PEOPLE = ['S0', 'S1', 'S2', 'S3', 'S4', 'S5'];
export const YEARS = [2019, 2020, 2021, 2022, 2023];
export const MOVEMENTS = ['M1', 'M2', 'M3'];
/** Register titles and their levels (as peoplePlan gives the awards). */
export const LEVEL = {
  LDTT: 'unit',
  CSTDCS: 'unit',
  'BANG-KHEN': 'province',
  'GIAY-KHEN': 'department',
} as const;
export const CATEGORY = { LDTT: 'title', CSTDCS: 'title', 'BANG-KHEN': 'form', 'GIAY-KHEN': 'form' } as const;
export type Title = keyof typeof LEVEL;

const day = fc
  .record({
    y: fc.integer({ min: 2021, max: 2024 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** True four times in five: most units send their lists and list their people, so rules pass often enough. */
const mostly = fc.integer({ min: 0, max: 4 }).map((x) => x > 0);
/** Empty two times in three. */
const few = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: fc.constant([] as T[]), weight: 2 },
    { arbitrary: fc.array(a, { maxLength: 2 }), weight: 1 },
  );

const cell = fc.record({
  listed: mostly,
  rating: fc.option(fc.constantFrom(...Rating.options), { nil: undefined, freq: 8 }),
  discipline: few(fc.constantFrom(...DisciplineForm.options)),
  start: fc.option(day, { nil: undefined }),
  daysAbsent: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  initiatives: fc.array(fc.constantFrom(...InitiativeLevel.options), { maxLength: 3 }),
});
export type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

const decisionDraw = fc.record({
  title: fc.constantFrom<Title>('LDTT', 'CSTDCS', 'BANG-KHEN', 'GIAY-KHEN'),
  unit: fc.constantFrom(...UNITS),
  person: fc.constantFrom(...PEOPLE),
  from: fc.integer({ min: 2018, max: YEAR }),
  long: fc.boolean(),
});

/** A title held every year from `from` to `to` by one person (history rules need runs of years). */
const streakDraw = fc.record({
  title: fc.constantFrom<Title>('LDTT', 'CSTDCS'),
  unit: fc.constantFrom(...UNITS),
  person: fc.constantFrom(...PEOPLE),
  from: fc.integer({ min: 2018, max: YEAR }),
  to: fc.integer({ min: YEAR - 2, max: YEAR }),
});

const nominationDraw = fc.record({
  award: fc.constantFrom('LDTT', 'CSTDCS', 'BANG-KHEN', 'GIAY-KHEN', 'TAP-THE-LDXS'),
  unit: fc.constantFrom(...UNITS),
  person: fc.constantFrom(...PEOPLE),
  movement: fc.option(fc.constantFrom(...MOVEMENTS), { nil: undefined }),
  priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  minute: fc.integer({ min: 0, max: 9 }),
});

export interface World {
  /** Facts per unit, year and person; `lists[unit][year]` whether the unit sent its list. */
  cells: Map<string, Cell>;
  lists: Map<string, boolean>;
  staff: StaffList[];
  register: DecisionInput[];
  nominations: StoredNomination[];
}

export const cellKey = (unit: string, year: number, person: string) => `${unit}|${year}|${person}`;

/** A world; `awards` narrows the nominations' awards. */
export function worldArb(awards?: readonly string[]): fc.Arbitrary<World> {
  const n = UNITS.length * YEARS.length * PEOPLE.length;
  return fc
    .tuple(
      fc.array(cell, { minLength: n, maxLength: n }),
      fc.array(mostly, { minLength: UNITS.length * YEARS.length, maxLength: UNITS.length * YEARS.length }),
      fc.array(decisionDraw, { maxLength: 30 }),
      fc.array(nominationDraw, { maxLength: 24 }),
      fc.array(streakDraw, { maxLength: 6 }),
    )
    .map(([cellList, sent, decisions, draws, streaks]) => {
      const cells = new Map<string, Cell>();
      const lists = new Map<string, boolean>();
      const staff: StaffList[] = [];
      let c = 0;
      UNITS.forEach((unit, ui) => {
        YEARS.forEach((year, yi) => {
          const isSent = sent[ui * YEARS.length + yi]!;
          lists.set(`${unit}|${year}`, isSent);
          const members = [];
          for (const person of PEOPLE) {
            const x = cellList[c++]!;
            cells.set(cellKey(unit, year, person), x);
            if (isSent && x.listed) members.push(toMember(person, x, year));
          }
          if (isSent) staff.push(staffList(unit, members, year));
        });
      });
      const register = decisions.map((d) =>
        decision(
          d.title,
          LEVEL[d.title],
          [d.from, d.long ? Math.min(YEAR, d.from + 1) : d.from],
          [{ unit: d.unit, staffId: d.person }],
          { category: CATEGORY[d.title] },
        ),
      );
      for (const st of streaks)
        for (let y = st.from; y <= st.to; y++)
          register.push(decision(st.title, LEVEL[st.title], y, [{ unit: st.unit, staffId: st.person }]));
      const nominations = draws
        .filter((d) => !awards || awards.includes(d.award))
        .map(
          (d, i): StoredNomination => ({
            id: `n${String(i).padStart(2, '0')}`,
            award: d.award,
            movement: d.movement ?? null,
            nominee:
              d.award === 'TAP-THE-LDXS'
                ? { kind: 'collective', unit: d.unit }
                : { kind: 'individual', unit: d.unit, staffId: d.person, name: `Người ${d.person}` },
            priority: d.priority ?? null,
            filedAt: new Date(Date.UTC(YEAR, 5, 1, 8, d.minute)).toISOString(),
            seq: i,
          }),
        );
      return { cells, lists, staff, register, nominations };
    });
}

function toMember(person: string, x: Cell, year: number) {
  return member(person, {
    ...(x.rating ? { rating: x.rating } : { rating: undefined }),
    startDate: x.start,
    daysAbsent: x.daysAbsent,
    discipline: x.discipline.map((form) => ({ form, date: `${year}-03-01` })),
    initiatives: x.initiatives.map((level, i) => ({
      kind: 'initiative' as const,
      title: `SK ${i}`,
      level,
      decisionNo: `${i}/QĐ`,
      decisionDate: `${year}-06-01`,
    })),
  });
}

/** The fixture plan with three movements without quota (M1 with `m1` individuals when given) and `rules`. */
export function worldPlan(rules: PlanInput['rules'], m1?: number): PlanInput {
  const p = peoplePlan(rules);
  p.movements = MOVEMENTS.map((code) => ({
    code,
    name: code,
    ...(code === 'M1' && m1 !== undefined ? { quota: { individual: m1 } } : {}),
  }));
  return p;
}

/** The person's facts in the campaign's year, or null when the unit sent no list or does not list them. */
export function factsOf(w: World, unit: string, year: number, person: string): Cell | null {
  if (!w.lists.get(`${unit}|${year}`)) return null;
  const x = w.cells.get(cellKey(unit, year, person))!;
  return x.listed ? x : null;
}

/** Whether the register has `title` for the person (or the collective) holding for `year`. */
export function inRegister(
  w: World,
  title: string,
  unit: string,
  person: string | null,
  year: number,
): boolean {
  return w.register.some(
    (d) =>
      d.award.title === title &&
      d.period.from <= year &&
      year <= d.period.to &&
      d.recipients.some((r) => r.unit === unit && (person === null ? !r.staffId : r.staffId === person)),
  );
}
