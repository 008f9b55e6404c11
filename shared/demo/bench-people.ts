/**
 * The people measure of the benchmarks (issue 14, "Measures"): the province's 2,000 units with a staff list
 * each (30 people: 60,000), ten years of the register (per year each unit's Lao động tiên tiến for 12 people,
 * the Director's Chiến sĩ thi đua cơ sở for 2 and Giấy khen for 1 per unit: 30,000 recipients, 300,000 in
 * all) and nominations that name those people, under a plan with every rule kind of issue 14. Pure functions
 * of their arguments, like bench.ts. Used by scripts/bench/people.ts.
 */
import type { NominationInput } from '../contract/nominations';
import type { PlanInput } from '../contract/plan';
import type { DecisionInput } from '../contract/register';
import type { StaffMember } from '../contract/staff';
import { MOVEMENTS, PROVINCE, planOf, type Shape, unitCode } from './bench';

export const PEOPLE_YEAR = 2025;
export const STAFF_PER_UNIT = 30;
export const REGISTER_YEARS = 10;

export const staffIdOf = (unit: string, k: number) => `${unit}-${String(k).padStart(2, '0')}`;

/** Person `k` (0-based) of unit number `u`: rated good or better but one in ten, an initiative for one in four. */
export function benchPerson(s: Shape, u: number, k: number): StaffMember {
  const unit = unitCode(s, u);
  const n = u * STAFF_PER_UNIT + k;
  return {
    staffId: staffIdOf(unit, k),
    name: `Nguyễn Thị Thử ${n}`,
    sex: n % 3 === 0 ? 'male' : 'female',
    birthDate: `${1970 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`,
    position: 'Điều dưỡng',
    startDate: k === 29 ? `${PEOPLE_YEAR}-06-01` : `${2000 + (n % 20)}-03-01`,
    rating: n % 10 === 0 ? 'complete' : n % 4 === 0 ? 'excellent' : 'good',
    discipline: n % 97 === 0 ? [{ form: 'reprimand', date: `${PEOPLE_YEAR}-05-05` }] : [],
    daysAbsent: n % 7,
    initiatives:
      n % 4 === 1
        ? [
            {
              kind: 'initiative',
              title: `Sáng kiến thử tải ${n}`,
              level: 'unit',
              decisionNo: `${n % 900}/QĐ-${unit}`,
              decisionDate: `${PEOPLE_YEAR}-11-10`,
            },
          ]
        : [],
  };
}

/** Unit number `u`'s list of the campaign's year. */
export const benchStaff = (s: Shape, u: number) =>
  Array.from({ length: STAFF_PER_UNIT }, (_, k) => benchPerson(s, u, k));

/** The register's decisions of one year (the ten years before the campaign's and its own). */
export function benchRegisterYear(s: Shape, year: number): DecisionInput[] {
  const person = (u: number, k: number) => ({
    kind: 'individual' as const,
    unit: unitCode(s, u),
    staffId: staffIdOf(unitCode(s, u), k),
  });
  const units = Array.from({ length: s.units }, (_, u) => u);
  const of = (title: string, level: 'unit' | 'department', name: string) => ({
    issuerLevel: 'department' as const,
    authority: 'Giám đốc Sở Y tế',
    award: { title, level },
    category: title === 'GIAY-KHEN' ? ('form' as const) : ('title' as const),
    awardName: name,
    period: { from: year, to: year },
  });
  const shift = year % STAFF_PER_UNIT;
  return [
    ...units.map((u) => ({
      number: `${u + 1}/QĐ-${unitCode(s, u)}`,
      date: `${year}-12-05`,
      ...of('LDTT', 'unit', 'Lao động tiên tiến'),
      issuerLevel: 'unit' as const,
      authority: `Thủ trưởng đơn vị ${u + 1}`,
      recipients: Array.from({ length: 12 }, (_, j) => person(u, (shift + j) % STAFF_PER_UNIT)),
    })),
    {
      number: `${500 + (year % 100)}/QĐ-SYT`,
      date: `${year}-12-20`,
      ...of('CSTDCS', 'unit', 'Chiến sĩ thi đua cơ sở'),
      recipients: units.flatMap((u) => [person(u, shift), person(u, (shift + 1) % STAFF_PER_UNIT)]),
    },
    {
      number: `${600 + (year % 100)}/QĐ-SYT`,
      date: `${year}-12-22`,
      ...of('GIAY-KHEN', 'department', 'Giấy khen của Giám đốc Sở Y tế'),
      recipients: units.map((u) => person(u, (shift + 2) % STAFF_PER_UNIT)),
    },
  ];
}

/** The years of the register: the ten before the campaign's. */
export const registerYears = () =>
  Array.from({ length: REGISTER_YEARS }, (_, i) => PEOPLE_YEAR - REGISTER_YEARS + i);

/** The province's plan with identities and every rule kind of issue 14. */
export function peoplePlanOf(s: Shape, code: string): PlanInput {
  const base = planOf(s, code);
  return {
    ...base,
    campaign: { ...base.campaign, year: PEOPLE_YEAR },
    awards: [
      {
        code: 'CO-THI-DUA',
        name: 'Cờ thi đua',
        nominee: 'collective',
        identity: { title: 'CO-THI-DUA', level: 'province' },
        category: 'title',
      },
      {
        code: 'BANG-KHEN',
        name: 'Bằng khen',
        nominee: 'any',
        identity: { title: 'BANG-KHEN', level: 'province' },
        category: 'form',
      },
      {
        code: 'GIAY-KHEN',
        name: 'Giấy khen',
        nominee: 'any',
        identity: { title: 'GIAY-KHEN', level: 'department' },
        category: 'form',
      },
      {
        code: 'TT-LDTT',
        name: 'Tập thể lao động tiên tiến',
        nominee: 'collective',
        identity: { title: 'TT-LDTT', level: 'department' },
        category: 'title',
      },
      {
        code: 'LDTT',
        name: 'Lao động tiên tiến',
        nominee: 'individual',
        identity: { title: 'LDTT', level: 'unit' },
        category: 'title',
      },
      {
        code: 'CSTDCS',
        name: 'Chiến sĩ thi đua cơ sở',
        nominee: 'individual',
        identity: { title: 'CSTDCS', level: 'unit' },
        category: 'title',
      },
      {
        code: 'CSTD-TINH',
        name: 'Chiến sĩ thi đua cấp tỉnh',
        nominee: 'individual',
        identity: { title: 'CSTD-TINH', level: 'province' },
        category: 'title',
      },
    ],
    rules: [
      { kind: 'share', award: 'CO-THI-DUA', percent: 20 },
      { kind: 'ratio', award: 'CSTDCS', of: 'LDTT', percent: 15, base: 'holders' },
      { kind: 'eligibility', award: 'BANG-KHEN', maxRank: 10 },
      {
        kind: 'prerequisite',
        award: 'LDTT',
        requires: [
          { fact: 'rating', min: 'good' },
          { fact: 'discipline' },
          { fact: 'monthsInPost', min: 10 },
          { fact: 'daysAbsent', max: 40 },
        ],
      },
      {
        kind: 'prerequisite',
        award: 'CSTDCS',
        requires: [
          { fact: 'award', award: 'LDTT' },
          { fact: 'initiative', minLevel: 'unit', count: 1 },
        ],
      },
      {
        kind: 'history',
        award: 'CSTD-TINH',
        requires: { award: { title: 'CSTDCS', level: 'unit' } },
        years: 3,
      },
      {
        kind: 'members',
        award: 'TT-LDTT',
        requires: [
          { fact: 'share', of: { award: 'LDTT' }, percent: 50, strict: true },
          { fact: 'discipline', from: 'warning' },
        ],
      },
      { kind: 'limit', max: 1, category: 'form', levels: ['department'], nominee: 'individual' },
      { kind: 'limit', max: 2, category: 'form', movements: MOVEMENTS.slice(0, 4) },
    ],
  };
}

const AWARDS = ['LDTT', 'LDTT', 'GIAY-KHEN', 'CSTDCS', 'BANG-KHEN', 'CSTD-TINH', 'GIAY-KHEN'];

/**
 * Nomination number `i`: a person of the staff lists (unit `i mod units`, person by the round), an award in
 * turn, most under a movement; every twentieth a collective (Tập thể lao động tiên tiến or Giấy khen).
 */
export function peopleNominationOf(s: Shape, i: number): NominationInput {
  const u = i % s.units;
  const unit = unitCode(s, u);
  const movement = MOVEMENTS[i % MOVEMENTS.length]!;
  if (i % 20 === 0)
    return i % 40 === 0
      ? { award: 'TT-LDTT', nominee: { kind: 'collective', unit } }
      : { award: 'GIAY-KHEN', movement, nominee: { kind: 'collective', unit } };
  const k = Math.floor(i / s.units) % STAFF_PER_UNIT;
  const award = AWARDS[Math.floor(i / s.units / STAFF_PER_UNIT + i) % AWARDS.length]!;
  const m = benchPerson(s, u, k);
  return {
    award,
    ...(award === 'GIAY-KHEN' || award === 'BANG-KHEN' ? { movement } : {}),
    nominee: { kind: 'individual', unit, staffId: m.staffId, name: m.name },
  };
}

export { PROVINCE };
