/**
 * The register import sheet read back: each row with a value becomes a `RegisterRow` as typed (its decision's
 * fields, its recipient), checked whole by the shared import check (shared/register/rows-check.ts) that the
 * Worker applies too; a problem of the check or of the server's 422 (`/rows/4/award/level`) lands on its cell,
 * its message naming the sheet's own row.
 */
import type { RegisterRow } from '../../../../shared/contract/register';
import { peopleMessages } from '../../../../shared/messages/people';
import type { Problem } from '../../../../shared/problems';
import { validateRegisterImport } from '../../../../shared/register/rows-check';
import { registerSheetText as T } from '../../messages/register';
import { fieldCell, readFormRows } from '../form-table/read';
import type { FormRecord, FormTablePlan } from '../form-table/types';
import { atRow } from '../form-table/values';
import type { CellMessage } from '../read-back';
import { keyOfPath, registerHeader } from './columns';

export interface RegisterCheck {
  payload: RegisterRow[] | null;
  count: number;
  /** The sheet row of each row sent (`/rows/i` is `rows[i]`). */
  rows: number[];
  problems: CellMessage[];
  general: string[];
}

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** A row's values → the row of the import body (absent cells left out, for the check to name). */
export function registerRowOf(v: FormRecord): Record<string, unknown> {
  return defined({
    number: v.number,
    date: v.date,
    issuerLevel: v.issuerLevel,
    authority: v.authority,
    award: defined({ title: v.awardTitle, level: v.awardLevel }),
    category: v.category,
    awardName: v.awardName,
    period: defined({ from: v.periodFrom, to: v.periodTo }),
    kind: v.kind,
    unit: v.unit,
    staffId: v.staffId,
    name: v.name,
    birthDate: v.birthDate,
  });
}

/** Problems under `/rows/i/…` on their cells; others stay general. */
export function registerProblemsToCells(
  plan: FormTablePlan,
  rows: readonly number[],
  problems: readonly Problem[],
): { cells: CellMessage[]; general: string[] } {
  const out = { cells: [] as CellMessage[], general: [] as string[] };
  for (const p of problems) {
    const [top, index, ...rest] = p.path.split('/').slice(1);
    const row = top === 'rows' ? rows[Number(index)] : undefined;
    if (row === undefined) {
      out.general.push(p.message);
      continue;
    }
    const key = keyOfPath(rest);
    const address = fieldCell(plan, row, key);
    const message = T.cell(address, registerHeader(key), atRow(p.message, Number(index), row));
    out.cells.push({ address, code: p.code, message });
  }
  return out;
}

export function checkRegisterSheet(
  plan: FormTablePlan,
  values: readonly (readonly unknown[])[],
): RegisterCheck {
  const read = readFormRows(plan, values);
  const rows = read.rows.map((r) => r.row);
  const body = { rows: read.rows.map((r) => registerRowOf(r.values)) };
  const out: RegisterCheck = {
    payload: null,
    count: rows.length,
    rows,
    problems: [...read.problems],
    general: [],
  };
  if (!rows.length) {
    out.general.push(peopleMessages.registerRowsRequired);
    return out;
  }
  const result = validateRegisterImport(body);
  if (!result.ok) {
    const placed = registerProblemsToCells(plan, rows, result.problems);
    out.problems.push(...placed.cells);
    out.general.push(...placed.general);
  } else if (!out.problems.length) out.payload = result.rows;
  return out;
}
