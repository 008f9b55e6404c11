/**
 * Maps problems — a 422's `errors` or the local check's — back to the cells they are about: the criterion
 * gives the row, the last segment of the JSON Pointer (`/entries/3/self`) the column. Problems about no
 * criterion of this sheet (a stale revision, a missing field) stay general messages.
 */
import type { Problem } from '../../../shared/problems';
import { cell } from './a1';
import type { CellMessage } from './read-back';
import type { SheetPlan } from './types';

export interface MappedProblems {
  cells: CellMessage[];
  general: string[];
}

type Field = NonNullable<CellMessage['field']>;
const FIELDS: readonly Field[] = ['self', 'appraised', 'evidence', 'reason'];

function fieldOf(path: string, mode: SheetPlan['mode']): Field {
  const last = path.split('/').pop() as Field;
  return FIELDS.includes(last) ? last : mode === 'unit' ? 'self' : 'appraised';
}

export function problemsToCells(plan: SheetPlan, problems: readonly Problem[]): MappedProblems {
  const rows = new Map(plan.layout.criteria.map((c) => [c.code, c.row]));
  const cols = plan.layout.columns;
  const out: MappedProblems = { cells: [], general: [] };
  for (const p of problems) {
    const row = p.criterion === undefined ? undefined : rows.get(p.criterion);
    if (row === undefined) {
      out.general.push(p.criterion ? `${p.criterion}: ${p.message}` : p.message);
      continue;
    }
    let field = fieldOf(p.path, plan.mode);
    if (field === 'reason' && cols.reason === undefined) field = 'evidence';
    const col = cols[field] ?? cols.evidence;
    out.cells.push({
      address: cell(row, col),
      criterion: p.criterion!,
      field,
      code: p.code,
      message: p.message,
    });
  }
  return out;
}
