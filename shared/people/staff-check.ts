/**
 * The checks of a staff list (danh sách cán bộ, issue 14) that its schema cannot express, applied by the
 * Worker before a PUT is stored and by the pane's "Kiểm tra": one person per staff id (ids compared as the
 * quota core compares them: case, spacing and invisible characters ignored), nobody starting after the
 * year's end, discipline and recognised initiatives dated within the year. Each problem has its JSON
 * Pointer (`/staff/4/startDate`) and a Vietnamese sentence naming the row ("Dòng 6": row 1 is the heading
 * of the sheet) and the person.
 */
import { type StaffMember, StaffPut } from '../contract/staff';
import { peopleMessages as m } from '../messages/people';
import { zodProblems } from '../plan';
import { type Problem, pointer } from '../problems';
import { foldId } from '../quotas/identity';

export type StaffResult = { ok: true; staff: StaffMember[] } | { ok: false; problems: Problem[] };

/** Parses a PUT body (`{staff: [...]}`) and checks it for `year`; every problem is listed. */
export function validateStaffPut(input: unknown, year: number): StaffResult {
  const parsed = StaffPut.safeParse(input);
  if (!parsed.success) return { ok: false, problems: rowWise(zodProblems(parsed.error), 'staff') };
  const problems = checkStaff(parsed.data.staff, year);
  return problems.length ? { ok: false, problems } : { ok: true, staff: parsed.data.staff };
}

/** Prefixes a schema problem under `/{list}/i/…` with its sheet row ("Dòng i+2: …"). */
export function rowWise(problems: Problem[], list: string): Problem[] {
  const re = new RegExp(`^/${list}/(\\d+)(/|$)`);
  return problems.map((p) => {
    const i = re.exec(p.path)?.[1];
    return i === undefined ? p : { ...p, message: m.rowProblem(Number(i), p.message) };
  });
}

/** The cross-field and cross-row checks of a parsed list for `year`; paths under `basePath`. */
export function checkStaff(staff: readonly StaffMember[], year: number, basePath = '/staff'): Problem[] {
  const problems: Problem[] = [];
  const add = (i: number, path: readonly PropertyKey[], code: string, message: string) =>
    problems.push({ path: `${basePath}${pointer([i, ...path])}`, code, message });
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const inYear = (d: string) => d >= first && d <= last;
  const seen = new Map<string, number>();

  staff.forEach((p, i) => {
    const id = foldId(p.staffId);
    if (id !== null) {
      const at = seen.get(id);
      if (at !== undefined)
        add(i, ['staffId'], 'duplicate_staff_id', m.staffDuplicateId(i, p.staffId, at, p.name));
      else seen.set(id, i);
    }
    if (p.startDate && p.startDate > last)
      add(
        i,
        ['startDate'],
        'start_after_year',
        m.staffStartAfterYear(i, year, p.startDate, p.name, p.staffId),
      );
    if (p.startDate && p.birthDate && p.birthDate > p.startDate)
      add(i, ['birthDate'], 'birth_after_start', m.staffBirthAfterStart(i, p.name, p.staffId));
    const dated = [
      ...p.discipline.map((d, j) => ['discipline', j, 'date', d.date, m.staffDisciplineOutside] as const),
      ...p.initiatives.map(
        (x, j) => ['initiatives', j, 'decisionDate', x.decisionDate, m.staffInitiativeOutside] as const,
      ),
    ];
    for (const [list, j, field, date, say] of dated)
      if (!inYear(date)) add(i, [list, j, field], 'date_outside_year', say(i, year, date, p.name, p.staffId));
  });
  return problems;
}
