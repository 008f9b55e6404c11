/**
 * The staff of the BR-VT 2023 demo: a list for every unit that nominates people, for 2019–2023 (the Bằng khen
 * of the Prime Minister looks five years back), and the people the demo cases need (the cast), each patched
 * for the facts its case shows — see year-end-people.ts for what is filed for whom and why.
 */
import type { StaffMember } from '../contract/staff';
import { brvt2023 } from './brvt-2023';
import { spread } from './names';
import { type CastMember, initiative, staffIdOf, staffLists, type UnitStaff } from './people';

export const BRVT_YEARS = [2019, 2020, 2021, 2022, 2023] as const;
export const BRVT_YEAR = 2023;

/** Units whose people the demo rates low or high, for the collective rules (percent excellent, good). */
const RATED: Record<string, Partial<UnitStaff>> = {
  'BV-LL': { size: 36, excellent: 25, good: 62, initiatives: 12 },
  'BV-BR': { size: 34, excellent: 30, good: 66 },
  // Tập thể lao động tiên tiến refused: too few of its people are Lao động tiên tiến.
  'TT-PY': { excellent: 5, good: 30 },
};

const kindOf = (kind: string | undefined) =>
  kind === 'hospital' ? 'hospital' : kind === 'office' ? 'office' : 'field';

/** Every unit but the mass organisations (they nominate nobody). */
export const BRVT_UNITS: UnitStaff[] = (brvt2023.units ?? [])
  .filter((u) => u.kind !== 'other')
  .map((u) => ({
    unit: u.code,
    kind: kindOf(u.kind),
    size: u.kind === 'office' ? 24 : 32 + spread(u.code, 20, 9),
    womenShare: u.womenShare ?? 0.6,
    ...RATED[u.code],
  }));

const years = (from: number, to: number, patch: (y: number) => Partial<StaffMember>) =>
  Object.fromEntries(BRVT_YEARS.filter((y) => y >= from && y <= to).map((y) => [y, patch(y)])) as Record<
    number,
    Partial<StaffMember>
  >;
const clean: Partial<StaffMember> = { discipline: [], daysAbsent: 2 };
/** Excellent, with an initiative of the unit every year from `from` to `to` (none the other years). */
const achiever = (unit: string, n: number, from = 2019, to = 2023): CastMember => ({
  staffId: staffIdOf(unit, n),
  every: { ...clean, rating: 'excellent', initiatives: [] },
  years: years(from, to, (y) => ({ initiatives: [initiative(unit, y, n)] })),
});
/** Rated good, clean, with an initiative in the campaign's year only. */
const good2023 = (unit: string, n: number): CastMember => ({
  staffId: staffIdOf(unit, n),
  every: { ...clean, rating: 'good', initiatives: [] },
  years: { 2023: { initiatives: [initiative(unit, 2023, n)] } },
});

export const CAST: CastMember[] = [
  // BV-LL: Chiến sĩ thi đua cơ sở within (001, 006, 007, 010–012 as far as the 15 % go), refused (008, 009);
  // Chiến sĩ thi đua cấp tỉnh after three years (002); Bằng khen of the Prime Minister (003 yes, 005 no).
  achiever('BV-LL', 1, 2023, 2023),
  achiever('BV-LL', 2),
  achiever('BV-LL', 3),
  achiever('BV-LL', 5),
  ...[6, 7, 10, 11, 12].map((n) => good2023('BV-LL', n)),
  { staffId: staffIdOf('BV-LL', 8), every: { ...clean, rating: 'good', initiatives: [] } },
  {
    staffId: staffIdOf('BV-LL', 9),
    every: { ...clean, rating: 'good', initiatives: [] },
    years: { 2023: { rating: 'complete', initiatives: [initiative('BV-LL', 2023, 9)] } },
  },
  // BV-BR: its Chiến sĩ thi đua cơ sở (001); two years only of CSTĐCS (003); a gap in five years (004).
  achiever('BV-BR', 1, 2023, 2023),
  achiever('BV-BR', 3, 2021, 2023),
  {
    ...achiever('BV-BR', 4),
    years: {
      ...achiever('BV-BR', 4).years,
      2021: { rating: 'good', initiatives: [initiative('BV-BR', 2021, 4)] },
    },
  },
  // BV-VT: five years that qualify, but a Huân chương already this year (register-brvt.ts).
  achiever('BV-VT', 1),
  // TT-KN: one person warned (cảnh cáo) this year, so no Tập thể lao động tiên tiến.
  {
    staffId: staffIdOf('TT-KN', 3),
    years: {
      2023: {
        rating: 'complete',
        discipline: [{ form: 'warning', date: '2023-09-14', decisionNo: '12/QĐ-TTKN' }],
      },
    },
  },
  // SYT-VP: Lao động tiên tiến of the Sở's own staff — four clean, four refused for one reason each.
  ...[1, 2, 3, 4].map((n) => ({
    staffId: staffIdOf('SYT-VP', n),
    every: { ...clean, rating: 'good' as const },
  })),
  {
    staffId: staffIdOf('SYT-VP', 5),
    every: { ...clean, rating: 'good' },
    years: { 2023: { discipline: [{ form: 'reprimand', date: '2023-06-12', decisionNo: '45/QĐ-SYT' }] } },
  },
  { staffId: staffIdOf('SYT-VP', 6), every: { ...clean, rating: 'good', startDate: '2023-05-02' } },
  {
    staffId: staffIdOf('SYT-VP', 7),
    every: { ...clean, rating: 'good' },
    years: { 2023: { rating: 'complete' } },
  },
  {
    staffId: staffIdOf('SYT-VP', 8),
    every: { ...clean, rating: 'good' },
    years: { 2023: { daysAbsent: 52 } },
  },
];

/** Every list of the demo, 2019–2023. */
export const brvtStaff = staffLists(BRVT_UNITS, CAST, BRVT_YEARS);

/** Person number `n` of a unit in the campaign's year. */
export function brvtPerson(unit: string, n: number): StaffMember {
  const list = brvtStaff.find((l) => l.unit === unit && l.year === BRVT_YEAR);
  const m = list?.staff.find((s) => s.staffId === staffIdOf(unit, n));
  if (!m) throw new Error(`demo: no ${staffIdOf(unit, n)} on the ${BRVT_YEAR} list of ${unit}`);
  return m;
}
