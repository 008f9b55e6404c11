/**
 * The staff lists of the demo (danh sách cán bộ), generated from the tables of names.ts: for each unit and
 * year, a few dozen people known by `staffId` across years, with a rating, sometimes an initiative, rarely a
 * reprimand, and the days absent. A plan's own file (people-brvt.ts, people-dongnai.ts) says which units have
 * lists, how large, and patches the people its demo cases need ("the cast"), year by year.
 */
import type { Rating } from '../contract/enums';
import type { StaffList, StaffMember } from '../contract/staff';
import { INITIATIVES, POSTS, type PostsKind, personName, spread, symbolOf } from './names';

/** One unit's list: how many people and how they are rated (percent excellent, percent good). */
export interface UnitStaff {
  unit: string;
  kind: PostsKind;
  size: number;
  womenShare: number;
  excellent?: number;
  good?: number;
  /** Percent of people with a recognised initiative in a year. */
  initiatives?: number;
}

type Patch = Partial<Omit<StaffMember, 'staffId'>>;

/** What the demo cases need of one person: from `from` on (a new hire), a patch for every year or some. */
export interface CastMember {
  staffId: string;
  every?: Patch;
  years?: Record<number, Patch>;
}

export const staffIdOf = (unit: string, n: number) => `${unit}-${String(n).padStart(3, '0')}`;

/** A recognised initiative of the unit in a year, its decision numbered after the person. */
export function initiative(unit: string, year: number, n: number, level: 'unit' | 'province' = 'unit') {
  return {
    kind: 'initiative' as const,
    title: INITIATIVES[spread(`${unit}/${n}`, year, INITIATIVES.length)]!,
    level,
    decisionNo: `${10 + (n % 80)}/QĐ-${level === 'unit' ? symbolOf(unit) : 'HĐSK'}`,
    decisionDate: `${year}-11-${String(5 + (n % 20)).padStart(2, '0')}`,
  };
}

function rating(u: UnitStaff, key: string): Rating {
  const r = spread(key, 8, 100);
  const excellent = u.excellent ?? 20;
  if (r < excellent) return 'excellent';
  if (r < excellent + (u.good ?? 62)) return 'good';
  return 'complete';
}

/** Person number `n` of a unit in a year, before the cast's patches. */
export function generated(u: UnitStaff, n: number, year: number): StaffMember {
  const staffId = staffIdOf(u.unit, n);
  const y = `${staffId}/${year}`;
  const sex = spread(staffId, 4, 100) < u.womenShare * 100 ? 'female' : 'male';
  const born = 1966 + spread(staffId, 5, 32);
  const posts = POSTS[u.kind];
  const absent = spread(y, 10, 100) < 8 ? 10 + spread(y, 11, 25) : spread(y, 12, 6);
  return {
    staffId,
    name: personName(staffId, sex),
    sex,
    birthDate: `${born}-${String(1 + spread(staffId, 6, 12)).padStart(2, '0')}-${String(1 + spread(staffId, 7, 28)).padStart(2, '0')}`,
    position:
      n === 1
        ? posts.departments[0]!.replace(/^(Khoa|Tổ|Trạm|Phòng)/, 'Trưởng $1')
        : posts.posts[spread(staffId, 13, posts.posts.length)]!,
    department:
      n === 1 ? posts.departments[0]! : posts.departments[spread(staffId, 14, posts.departments.length)]!,
    startDate: `${Math.min(born + 23 + spread(staffId, 15, 8), 2016)}-${String(1 + spread(staffId, 16, 12)).padStart(2, '0')}-01`,
    rating: rating(u, y),
    discipline:
      spread(y, 9, 100) < 2
        ? [
            {
              form: 'reprimand',
              date: `${year}-08-1${spread(y, 17, 9)}`,
              decisionNo: `${30 + n}/QĐ-${symbolOf(u.unit)}`,
            },
          ]
        : [],
    daysAbsent: absent,
    initiatives: spread(y, 18, 100) < (u.initiatives ?? 15) ? [initiative(u.unit, year, n)] : [],
  };
}

/** Whether a person is on the list of a year: started by its end. */
const onList = (m: StaffMember, year: number) => !m.startDate || m.startDate <= `${year}-12-31`;

/** Every unit's list for every year, the cast's patches applied; updated on 31/12 of the year. */
export function staffLists(
  units: readonly UnitStaff[],
  cast: readonly CastMember[],
  years: readonly number[],
): StaffList[] {
  const patches = new Map(cast.map((c) => [c.staffId, c]));
  return years.flatMap((year) =>
    units.map((u) => ({
      unit: u.unit,
      year,
      staff: Array.from({ length: u.size }, (_, i) => {
        const m = generated(u, i + 1, year);
        const c = patches.get(m.staffId);
        return c ? { ...m, ...c.every, ...c.years?.[year] } : m;
      }).filter((m) => onList(m, year)),
      updatedAt: `${year}-12-31T10:00:00.000Z`,
      updatedBy: 'demo',
    })),
  );
}

/** Whole months from the start in post to the end of `year`. */
export function monthsInPost(m: StaffMember, year: number): number {
  if (!m.startDate) return 12 * 40;
  const [y, mo, d] = m.startDate.split('-').map(Number) as [number, number, number];
  return (year - y) * 12 + (12 - mo) + (d === 1 ? 1 : 0);
}

/** The demo's reading of Lao động tiên tiến (people-rules in the plans): what the register is generated from. */
export function qualifiesLdtt(m: StaffMember, year: number, maxAbsent = 40): boolean {
  return (
    (m.rating === 'excellent' || m.rating === 'good') &&
    m.discipline.length === 0 &&
    monthsInPost(m, year) >= 10 &&
    (m.daysAbsent ?? 0) <= maxAbsent
  );
}
