/**
 * The registration sheet ("Đăng ký thi đua", issue 14): one row a (tập thể or cán bộ, danh hiệu) pair. The
 * subject is picked from a list — "Tập thể đơn vị" or a member of the unit's staff list of the campaign's
 * year — and the award from the plan's, so a person's facts come from the staff list and are never typed
 * again. Read back, the rows become the body of `PUT …/units/{unit}/registration` (the unit's awards; each
 * person once, with their awards), checked by the contract's schema and the shared check the Worker applies
 * (shared/nominations.ts `checkRegistrationRefs`); every problem — the check's or a 422's — lands on the cell
 * of the row it comes from.
 */
import type { Plan } from '../../../../shared/contract/plan';
import {
  type Registration,
  Registration as RegistrationSchema,
} from '../../../../shared/contract/registrations';
import type { StaffMember } from '../../../../shared/contract/staff';
import { checkRegistrationRefs } from '../../../../shared/nominations';
import { zodProblems } from '../../../../shared/plan';
import type { Problem } from '../../../../shared/problems';
import { registrationSheetText as T } from '../../messages/registration';
import { campaignSheetName } from '../campaign-name';
import { buildFormTable } from '../form-table/layout';
import { fieldCell, readFormRows } from '../form-table/read';
import type { FieldSpec, FormRecord, FormTablePlan } from '../form-table/types';
import type { CellMessage } from '../read-back';

/** The subject code of a collective row (no staff id can be it: ids are letters, digits and - . /). */
export const UNIT_SUBJECT = '*';
/** Empty rows below the registration. */
export const REGISTRATION_FREE_ROWS = 100;

/** A person the sheet offers, by subject code: a staff id, or the name of one registered without an id. */
export type People = ReadonlyMap<string, { staffId?: string; name: string }>;

/**
 * The people a unit's sheet offers: its staff list, then anyone its stored registration names that the list
 * no longer holds (so the sheet reads back what is stored).
 */
export function peopleOf(
  staff: readonly Pick<StaffMember, 'staffId' | 'name'>[],
  registered: Registration['individuals'],
): People {
  const out = new Map<string, { staffId?: string; name: string }>();
  for (const p of staff) out.set(p.staffId, { staffId: p.staffId, name: p.name });
  for (const p of registered) {
    const code = p.staffId ?? p.name;
    if (!out.has(code)) out.set(code, p.staffId ? { staffId: p.staffId, name: p.name } : { name: p.name });
  }
  return out;
}

export interface RegistrationSheetInput {
  campaign: string;
  unit: string;
  plan: Pick<Plan, 'awards'>;
  people: People;
  records: Registration;
}

/** The two columns: the subject among the unit and its people, the award among the plan's. */
export function registrationFields(plan: Pick<Plan, 'awards'>, people: People): FieldSpec[] {
  return [
    {
      key: 'subject',
      header: T.header.subject,
      kind: 'list',
      width: 34,
      choices: [
        { code: UNIT_SUBJECT, label: T.collective },
        ...[...people].map(([code, p]) => ({
          code,
          label: p.staffId ? T.person(p.staffId, p.name) : p.name,
        })),
      ],
    },
    {
      key: 'award',
      header: T.header.award,
      kind: 'list',
      width: 40,
      choices: plan.awards.map((a) => ({ code: a.code, label: a.name })),
    },
  ];
}

/** The stored registration as rows: the unit's awards first, then each person's. */
export function registrationRecords(stored: Registration): FormRecord[] {
  return [
    ...stored.awards.map((award) => ({ subject: UNIT_SUBJECT, award })),
    ...stored.individuals.flatMap((p) => p.awards.map((award) => ({ subject: p.staffId ?? p.name, award }))),
  ];
}

export function buildRegistrationPlan(input: RegistrationSheetInput): FormTablePlan {
  return buildFormTable({
    identity: { form: 'registration', campaign: input.campaign, owner: input.unit },
    name: campaignSheetName(`${T.tab} ${input.unit}`, input.campaign),
    fields: registrationFields(input.plan, input.people),
    records: registrationRecords(input.records),
    free: REGISTRATION_FREE_ROWS,
  });
}

/** Where each part of the body came from: a JSON Pointer prefix → its sheet row and the cell's field. */
export type Sources = Map<string, { row: number; key: 'subject' | 'award' }>;

export interface RegistrationCheck {
  payload: Registration | null;
  count: number;
  sources: Sources;
  problems: CellMessage[];
  general: string[];
}

const header = (key: string) => (key === 'award' ? T.header.award : T.header.subject);

/** Problems on the cell of the row their path came from (the longest known prefix); others stay general. */
export function registrationProblemsToCells(
  plan: FormTablePlan,
  sources: Sources,
  problems: readonly Problem[],
) {
  const out = { cells: [] as CellMessage[], general: [] as string[] };
  for (const p of problems) {
    const parts = p.path.split('/');
    let at: { row: number; key: string } | undefined;
    for (let n = parts.length; n > 1 && !at; n--) at = sources.get(parts.slice(0, n).join('/'));
    if (!at) {
      out.general.push(p.message);
      continue;
    }
    const address = fieldCell(plan, at.row, at.key);
    out.cells.push({ address, code: p.code, message: T.cell(address, header(at.key), p.message) });
  }
  return out;
}

/** The sheet → the registration body, its sources, and what is wrong (nothing sent when anything is). */
export function checkRegistrationSheet(
  plan: FormTablePlan,
  values: readonly (readonly unknown[])[],
  fullPlan: Plan,
  unit: string,
  people: People,
): RegistrationCheck {
  const read = readFormRows(plan, values);
  const problems: CellMessage[] = [...read.problems];
  const sources: Sources = new Map();
  const body: Registration = { awards: [], individuals: [] };
  const indexOf = new Map<string, number>();
  const seen = new Map<string, number>();
  const mark = (row: number, key: 'subject' | 'award', message: string) => {
    const address = fieldCell(plan, row, key);
    problems.push({ address, code: 'registration', message: T.cell(address, header(key), message) });
  };
  for (const { row, values: v } of read.rows) {
    const subject = typeof v.subject === 'string' ? v.subject : undefined;
    const award = typeof v.award === 'string' ? v.award : undefined;
    const unreadable = read.problems.some((p) => /\d+$/.exec(p.address)?.[0] === String(row));
    if (!unreadable && !subject) mark(row, 'subject', T.needSubject);
    if (!unreadable && !award) mark(row, 'award', T.needAward);
    if (!subject || !award) continue;
    const key = `${subject}\u0000${award}`;
    const first = seen.get(key);
    if (first !== undefined) {
      mark(row, 'award', T.twice(first));
      continue;
    }
    seen.set(key, row);
    if (subject === UNIT_SUBJECT) {
      sources.set(`/awards/${body.awards.length}`, { row, key: 'award' });
      body.awards.push(award);
      continue;
    }
    let i = indexOf.get(subject);
    if (i === undefined) {
      i = body.individuals.length;
      indexOf.set(subject, i);
      body.individuals.push({ ...(people.get(subject) ?? { name: subject }), awards: [] });
      sources.set(`/individuals/${i}`, { row, key: 'subject' });
    }
    const person = body.individuals[i]!;
    sources.set(`/individuals/${i}/awards/${person.awards.length}`, { row, key: 'award' });
    person.awards.push(award);
  }
  const out: RegistrationCheck = { payload: null, count: read.rows.length, sources, problems, general: [] };
  const parsed = RegistrationSchema.safeParse(body);
  const found: Problem[] = parsed.success
    ? checkRegistrationRefs(fullPlan, unit, parsed.data)
    : zodProblems(parsed.error);
  const placed = registrationProblemsToCells(plan, sources, found);
  out.problems.push(...placed.cells);
  out.general.push(...placed.general);
  if (!out.problems.length && !out.general.length && parsed.success) out.payload = parsed.data;
  return out;
}
