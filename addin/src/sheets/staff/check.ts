/**
 * "Kiểm tra" of the staff list: the rows read (../form-table/read.ts), gathered into the body of `PUT …/staff`
 * (./records.ts), then checked by the shared check the Worker applies (shared/people/staff-check.ts), every
 * problem placed on its cell. The Worker answers 422 exactly when this finds a problem in a sheet whose
 * cells all read; the pane only spares a round trip.
 */
import type { StaffMember } from '../../../../shared/contract/staff';
import { validateStaffPut } from '../../../../shared/people/staff-check';
import { readFormRows } from '../form-table/read';
import type { FormTablePlan } from '../form-table/types';
import type { CellMessage } from '../read-back';
import { type PersonSource, staffBody, staffProblemsToCells } from './records';

export interface StaffCheck {
  /** The list to send, when nothing is wrong. */
  staff: StaffMember[] | null;
  /** The body as read (for the digest of what the sheet holds). */
  body: { staff: Record<string, unknown>[] };
  sources: PersonSource[];
  problems: CellMessage[];
  general: string[];
}

export function checkStaffSheet(
  plan: FormTablePlan,
  values: readonly (readonly unknown[])[],
  year: number,
): StaffCheck {
  const read = readFormRows(plan, values);
  const { body, sources, problems } = staffBody(plan, read.rows);
  const out: StaffCheck = {
    staff: null,
    body,
    sources,
    problems: [...read.problems, ...problems],
    general: [],
  };
  const result = validateStaffPut(body, year);
  if (!result.ok) {
    const mapped = staffProblemsToCells(plan, sources, result.problems);
    out.problems.push(...mapped.cells);
    out.general.push(...mapped.general);
  } else if (!out.problems.length) out.staff = result.staff;
  return out;
}
