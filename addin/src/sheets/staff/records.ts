/**
 * The staff list both ways: each person as sheet records (extra rows for a second discipline or initiative,
 * ./columns.ts), and the rows read back as the body of `PUT …/staff` with where each part came from, so a
 * problem of the check or the server (`/staff/3/initiatives/1/level`) lands on its cell.
 */
import type { StaffMember } from '../../../../shared/contract/staff';
import type { Problem } from '../../../../shared/problems';
import { staffSheetText as T } from '../../messages/staff';
import { fieldCell } from '../form-table/read';
import type { FormRecord, FormTablePlan, ReadRow } from '../form-table/types';
import { atRow } from '../form-table/values';
import type { CellMessage } from '../read-back';
import { DISCIPLINE, headerOf, INITIATIVE, PERSON, type StaffField } from './columns';

/** The sheet records of a list: a person's first row with their facts, then one row per extra item. */
export function staffRecords(staff: readonly StaffMember[]): FormRecord[] {
  const out: FormRecord[] = [];
  for (const p of staff) {
    const n = Math.max(1, p.discipline.length, p.initiatives.length);
    for (let j = 0; j < n; j++) {
      const r: FormRecord = { staffId: p.staffId, name: p.name };
      if (j === 0) {
        for (const k of PERSON) {
          const v = p[k];
          if (v !== undefined) r[k] = v;
        }
      }
      const d = p.discipline[j];
      if (d)
        Object.assign(
          r,
          { disciplineForm: d.form, disciplineDate: d.date },
          d.decisionNo ? { disciplineNo: d.decisionNo } : {},
        );
      const i = p.initiatives[j];
      if (i)
        Object.assign(r, {
          initiativeKind: i.kind,
          initiativeTitle: i.title,
          initiativeLevel: i.level,
          initiativeNo: i.decisionNo,
          initiativeDate: i.decisionDate,
        });
      out.push(r);
    }
  }
  return out;
}

/** Where a person of the body came from: the row of each fact, of each discipline, of each initiative. */
export interface PersonSource {
  first: number;
  fields: Partial<Record<StaffField, number>>;
  discipline: number[];
  initiatives: number[];
}

export interface StaffRead {
  /** The body as read, not yet checked (a missing name is the check's to report). */
  body: { staff: Record<string, unknown>[] };
  sources: PersonSource[];
  /** Rows the body cannot hold as they are (no staff id, a fact that differs, a person split). */
  problems: CellMessage[];
}

const cellMessage = (plan: FormTablePlan, row: number, key: string, message: string): CellMessage => {
  const address = fieldCell(plan, row, key);
  return { address, code: 'staff_rows', message: T.cell(address, headerOf(key), message) };
};

/** Rows read (../form-table/read.ts) → the body of `PUT …/staff`. */
export function staffBody(plan: FormTablePlan, rows: readonly ReadRow[]): StaffRead {
  const out: StaffRead = { body: { staff: [] }, sources: [], problems: [] };
  const byId = new Map<string, number>();
  let last: string | null = null;
  for (const { row, values } of rows) {
    const id = values.staffId as string | undefined;
    if (id === undefined) {
      out.problems.push(cellMessage(plan, row, 'staffId', T.needStaffId));
      last = null;
      continue;
    }
    let at = byId.get(id);
    if (at !== undefined && last !== id) {
      out.problems.push(cellMessage(plan, row, 'staffId', T.duplicate(out.sources[at]!.first)));
      continue;
    }
    if (at === undefined) {
      at = out.body.staff.length;
      byId.set(id, at);
      out.body.staff.push({ staffId: id, discipline: [], initiatives: [] });
      out.sources.push({ first: row, fields: {}, discipline: [], initiatives: [] });
    }
    last = id;
    const person = out.body.staff[at]!;
    const source = out.sources[at]!;
    for (const k of PERSON) {
      const v = values[k];
      if (v === undefined) continue;
      if (person[k] === undefined) {
        person[k] = v;
        source.fields[k] = row;
      } else if (person[k] !== v) out.problems.push(cellMessage(plan, row, k, T.differs(source.fields[k]!)));
    }
    if (DISCIPLINE.some((k) => values[k] !== undefined)) {
      (person.discipline as unknown[]).push(
        defined({
          form: values.disciplineForm,
          date: values.disciplineDate,
          decisionNo: values.disciplineNo,
        }),
      );
      source.discipline.push(row);
    }
    if (INITIATIVE.some((k) => values[k] !== undefined)) {
      (person.initiatives as unknown[]).push(
        defined({
          kind: values.initiativeKind,
          title: values.initiativeTitle,
          level: values.initiativeLevel,
          decisionNo: values.initiativeNo,
          decisionDate: values.initiativeDate,
        }),
      );
      source.initiatives.push(row);
    }
  }
  return out;
}

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const DISCIPLINE_KEY: Record<string, StaffField> = {
  form: 'disciplineForm',
  date: 'disciplineDate',
  decisionNo: 'disciplineNo',
};
const INITIATIVE_KEY: Record<string, StaffField> = {
  kind: 'initiativeKind',
  title: 'initiativeTitle',
  level: 'initiativeLevel',
  decisionNo: 'initiativeNo',
  decisionDate: 'initiativeDate',
};

/**
 * Problems of the check or of a 422 (`/staff/{i}/…`) on the cells they are about; a problem naming no
 * person of the body stays a general message.
 */
export function staffProblemsToCells(
  plan: FormTablePlan,
  sources: readonly PersonSource[],
  problems: readonly Problem[],
): { cells: CellMessage[]; general: string[] } {
  const out = { cells: [] as CellMessage[], general: [] as string[] };
  for (const p of problems) {
    const [top, index, field, sub, subField] = p.path.split('/').slice(1);
    const source = top === 'staff' ? sources[Number(index)] : undefined;
    if (!source) {
      out.general.push(p.message);
      continue;
    }
    let row = source.first;
    let key: string = 'staffId';
    if (field === 'discipline' || field === 'initiatives') {
      const rows = field === 'discipline' ? source.discipline : source.initiatives;
      const keys = field === 'discipline' ? DISCIPLINE_KEY : INITIATIVE_KEY;
      row = rows[Number(sub)] ?? row;
      key = (subField && keys[subField]) ?? (field === 'discipline' ? 'disciplineForm' : 'initiativeTitle');
    } else if (field && (PERSON as readonly string[]).includes(field)) {
      key = field;
      row = source.fields[field as StaffField] ?? row;
    }
    const message = atRow(p.message, Number(index), row);
    out.cells.push({ ...cellMessage(plan, row, key, message), code: p.code });
  }
  return out;
}
