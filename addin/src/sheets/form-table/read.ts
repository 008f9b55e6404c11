/**
 * `readFormRows`, the reverse of the layout: each row with any value becomes a record of plain values (a
 * list's code, a date's ISO day, a whole number, a trimmed text); a cell that cannot be read is a problem on
 * that cell, and its field is left out of the record. Empty rows are skipped.
 */
import { formCellText as X } from '../../messages/form-table';
import { area, cell } from '../a1';
import type { CellMessage } from '../read-back';
import { readText } from '../score-text';
import { fieldCol } from './layout';
import type { FieldSpec, FieldValue, FormRecord, FormTablePlan, ReadRow } from './types';
import { readDate, resolveChoice, unprefixed } from './values';

export interface FormRead {
  rows: ReadRow[];
  problems: CellMessage[];
}

/** The range a read covers: the table's rows, TT through the last field. */
export const formReadRange = (plan: FormTablePlan) =>
  area(plan.layout.firstRow, 0, plan.layout.lastRow, plan.fields.length);

/** One cell read as its field means it: a value, nothing (empty), or the problem's message. */
export function readField(
  f: FieldSpec,
  raw: unknown,
  address: string,
): { value?: FieldValue; problem?: string } {
  const typed = readText(unprefixed(raw));
  if (typed === null) return {};
  const what = f.header.toLocaleLowerCase('vi');
  switch (f.kind) {
    case 'text':
      return { value: typed.normalize('NFC') };
    case 'list': {
      const c = resolveChoice(f.choices ?? [], typed);
      return c ? { value: c.code } : { problem: X.unknown(address, what, typed) };
    }
    case 'date': {
      const iso = readDate(typeof raw === 'number' ? raw : typed);
      return iso ? { value: iso } : { problem: X.badDate(address, what, typed) };
    }
    case 'whole': {
      const min = f.min ?? 0;
      const max = f.max ?? 1_000_000;
      const v = typeof raw === 'number' ? raw : /^\s*-?\d+\s*$/.test(typed) ? Number(typed) : Number.NaN;
      return Number.isInteger(v) && v >= min && v <= max
        ? { value: v }
        : { problem: X.notWhole(address, what, typed, min, max) };
    }
  }
}

export function readFormRows(plan: FormTablePlan, values: readonly (readonly unknown[])[]): FormRead {
  const out: FormRead = { rows: [], problems: [] };
  values.forEach((line, i) => {
    const row = plan.layout.firstRow + i;
    const record: FormRecord = {};
    let any = false;
    plan.fields.forEach((f, k) => {
      const col = fieldCol(k);
      const address = cell(row, col);
      const r = readField(f, line[col], address);
      if (r.value !== undefined) record[f.key] = r.value;
      if (r.problem) out.problems.push({ address, code: 'unreadable', message: r.problem });
      if (r.value !== undefined || r.problem) any = true;
    });
    if (any) out.rows.push({ row, values: record });
  });
  return out;
}

/** The address of a field's cell on a sheet row. */
export function fieldCell(plan: FormTablePlan, row: number, key: string): string {
  const i = plan.fields.findIndex((f) => f.key === key);
  return cell(row, fieldCol(Math.max(0, i)));
}

/**
 * The "Kết quả kiểm tra" column, one cell a row of the table: the messages of the row's problems, joined;
 * empty for a row without any.
 */
export function messageColumn(plan: FormTablePlan, problems: readonly CellMessage[]): string[][] {
  const byRow = new Map<number, string[]>();
  for (const p of problems) {
    const m = /\d+$/.exec(p.address);
    const row = m ? Number(m[0]) : 0;
    byRow.set(row, [...(byRow.get(row) ?? []), p.message]);
  }
  const out: string[][] = [];
  for (let r = plan.layout.firstRow; r <= plan.layout.lastRow; r++)
    out.push([(byRow.get(r) ?? []).join(' ')]);
  return out;
}
