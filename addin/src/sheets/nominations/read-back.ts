/**
 * `readNominationRows`, the reverse of the layout: what each row of the table asks for (file, correct,
 * withdraw, nothing) or why a cell cannot be read. A row's empty "Tập thể/Cá nhân" or "Đơn vị" cell is read
 * as the award's kind or the connected unit.
 */
import { nominationSheetText as T, nominationCellText as X } from '../../messages/nominations';
import { cell } from '../a1';
import type { CellMessage } from '../read-back';
import { readText } from '../score-text';
import { resolveChoice } from './choices';
import { INPUTS, type InputField, NC } from './columns';
import { patchOf } from './diff';
import type { ListName, NominationsPlan, NominationsRead } from './types';
import { inputOf, readBirthDate, sentKey } from './values';

/**
 * Reads the table (values of `nominationsReadRange`): each non-empty row becomes a nomination to file (no
 * id), to correct (its input differs from what was last sent), or unchanged; a row emptied that has an id
 * is a withdrawal. A kind, or the connected unit, alone does not make a row: those are what the sheet fills
 * in after a send, left behind when a person clears the cells they typed. Cells that cannot be read are problems, and their rows are not sent.
 */
export function readNominationRows(
  plan: NominationsPlan,
  values: readonly (readonly unknown[])[],
): NominationsRead {
  const out: NominationsRead = { actions: [], rows: [], problems: [] };
  const { choices } = plan;
  values.forEach((line, i) => {
    const row = plan.layout.firstRow + i;
    const text = (f: InputField) => readText(line[NC[f]]);
    const id = readText(line[NC.id]);
    const sent = readText(line[NC.sent]);
    // A row left with only what the sheet fills in itself (a kind, the connected unit) is empty.
    const filler = (f: InputField) =>
      f === 'kind' ||
      (f === 'unit' &&
        !!plan.defaultUnit &&
        resolveChoice(choices.unit, text(f)!)?.code === plan.defaultUnit);
    const empty = INPUTS.every((f) => text(f) === null || filler(f));
    out.rows.push({
      row,
      id,
      sent,
      status: readText(line[NC.status]) ?? '',
      reasons: readText(line[NC.reasons]) ?? '',
      blank: empty ? [] : (['kind', 'unit'] as const).filter((f) => text(f) === null),
    });
    if (empty) {
      if (id) out.actions.push({ kind: 'withdraw', row, id });
      return;
    }
    const problems: CellMessage[] = [];
    const at = (f: InputField) => cell(row, NC[f]);
    const problem = (f: InputField, code: string, message: string) =>
      problems.push({ address: at(f), code, message });
    const pick = (f: ListName): string | undefined => {
      const typed = text(f);
      if (typed === null) return undefined;
      const c = resolveChoice(choices[f], typed);
      if (!c) problem(f, 'unknown_choice', X.unknown(at(f), T.header[f].toLocaleLowerCase('vi'), typed));
      return c?.code;
    };
    const award = pick('award');
    if (text('award') === null) problem('award', 'required', X.required(at('award'), X.what.award));
    const movement = pick('movement');
    const programme = pick('programme');
    const group = pick('group');
    let kind = pick('kind') as 'collective' | 'individual' | undefined;
    if (!kind && text('kind') === null) {
      const a = awardKind(plan, award);
      if (a) kind = a;
      // An unknown award is the cell to fix; the kind is asked only when the award allows either.
      else if (award) problem('kind', 'required', X.required(at('kind'), X.what.kind));
    }
    const unit = pick('unit') ?? (text('unit') === null ? (plan.defaultUnit ?? undefined) : undefined);
    if (!unit && text('unit') === null) problem('unit', 'required', X.required(at('unit'), X.what.unit));
    const birthDate = readBirthDate(line[NC.birthDate]);
    if (birthDate === null)
      problem('birthDate', 'bad_date', X.birthDate(at('birthDate'), String(line[NC.birthDate]).trim()));
    const p = line[NC.priority];
    let priority: number | undefined;
    if (p !== '' && p !== null && p !== undefined) {
      const n = typeof p === 'number' ? p : /^\s*\d+\s*$/.test(String(p)) ? Number(p) : Number.NaN;
      if (Number.isInteger(n) && n >= 1) priority = n;
      else problem('priority', 'bad_priority', X.priority(at('priority'), String(p).trim()));
    }
    if (id && !/^N-[\w-]+$/.test(id))
      problems.push({
        address: cell(row, NC.id),
        code: 'id_changed',
        message: X.idChanged(cell(row, NC.id)),
      });
    if (problems.length || !award || !kind || !unit) {
      out.problems.push(...problems);
      return;
    }
    const input = inputOf({
      award,
      ...(movement ? { movement } : {}),
      ...(programme ? { programme } : {}),
      ...(group ? { group } : {}),
      nominee: {
        kind,
        unit,
        ...(text('name') ? { name: text('name')! } : {}),
        ...(text('staffId') ? { staffId: text('staffId')! } : {}),
        ...(birthDate ? { birthDate } : {}),
        ...(text('position') ? { position: text('position')! } : {}),
      },
      ...(text('summary') ? { summary: text('summary')! } : {}),
      ...(priority !== undefined ? { priority } : {}),
    });
    if (!id) out.actions.push({ kind: 'file', row, input });
    else if (sent === sentKey(input)) out.actions.push({ kind: 'same', row, id, input });
    else out.actions.push({ kind: 'correct', row, id, input, patch: patchOf(sent, input) });
  });
  return out;
}

function awardKind(
  plan: NominationsPlan,
  award: string | undefined,
): 'collective' | 'individual' | undefined {
  const nominee = award ? plan.awardKinds[award] : undefined;
  return nominee === 'collective' || nominee === 'individual' ? nominee : undefined;
}
