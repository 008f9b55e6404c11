/** A 422's problems on a nominations send, placed on the cells of the rows sent. */
import type { Problem } from '../../../../shared/problems';
import { nominationCellText as X } from '../../messages/nominations';
import { cell } from '../a1';
import type { CellMessage } from '../read-back';
import { type InputField, NC } from './columns';

const FIELD_OF_PATH: Record<string, InputField> = {
  award: 'award',
  movement: 'movement',
  programme: 'programme',
  group: 'group',
  summary: 'summary',
  priority: 'priority',
  'nominee/kind': 'kind',
  'nominee/unit': 'unit',
  'nominee/name': 'name',
  'nominee/staffId': 'staffId',
  'nominee/birthDate': 'birthDate',
  'nominee/position': 'position',
  nominee: 'name',
};

/**
 * Maps a 422's problems to cells: `rowOf(path)` gives the sheet row and the rest of the path ("/items/3/
 * nominee/name" → row of the fourth filed item, "nominee/name"); the field gives the column. Problems with no
 * row stay general messages.
 */
export function nominationProblemsToCells(
  problems: readonly Problem[],
  rowOf: (path: string) => { row: number; rest: string } | null,
): { cells: CellMessage[]; general: string[] } {
  const out = { cells: [] as CellMessage[], general: [] as string[] };
  for (const p of problems) {
    const at = rowOf(p.path);
    if (!at) {
      out.general.push(p.message);
      continue;
    }
    const field = FIELD_OF_PATH[at.rest] ?? FIELD_OF_PATH[at.rest.split('/')[0]!] ?? 'award';
    out.cells.push({ address: cell(at.row, NC[field]), code: p.code, message: X.row(at.row, p.message) });
  }
  return out;
}
