/**
 * `buildFormTable` lays out a form table: the headings in row 1 (the convention of the shared checks,
 * whose messages name "Dòng i+2" for item i), then one record a row under TT and the form's columns — text cells formatted as text, date cells as real Excel dates
 * (dd/mm/yyyy), list cells with a drop-down of the Vietnamese words (the lists in hidden columns of the same
 * sheet), whole-number cells with their bounds — and "Kết quả kiểm tra" last, where the check writes each
 * row's messages. The records come first, then empty rows for typing or pasting.
 */
import { formTableText as T } from '../../messages/form-table';
import { area, colLetter } from '../a1';
import { Grid } from '../grid';
import type { ColumnSpec, StyleBlock } from '../types';
import type {
  FieldSpec,
  FormRecord,
  FormTableInput,
  FormTablePlan,
  ListValidation,
  WholeValidation,
} from './types';
import { isoToSerial, labelOf } from './values';

/** The headings in row 1, the first record in row 2: "Dòng 5" of a check is row 5 of the sheet. */
export const HEADER_ROW = 1;
const FONT = { name: 'Times New Roman', size: 12 };

/** The column of field `i` (TT is column A). */
export const fieldCol = (i: number) => 1 + i;

export const DATE_FORMAT = 'dd/mm/yyyy';

/** The number format of a field's cells. */
export const formatOf = (f: FieldSpec) =>
  f.kind === 'date' ? DATE_FORMAT : f.kind === 'whole' ? 'General' : '@';

/** What a record's value is written as: a date's serial, a list code's label, else itself. */
export function cellOf(f: FieldSpec, v: FormRecord[string]): string | number {
  if (v === undefined || v === '') return '';
  if (f.kind === 'date' && typeof v === 'string') return isoToSerial(v) ?? v;
  if (f.kind === 'list' && typeof v === 'string') return labelOf(f.choices ?? [], v);
  return v;
}

export function buildFormTable(input: FormTableInput): FormTablePlan {
  const { fields } = input;
  const n = fields.length;
  const messageCol = fieldCol(n);
  const listed = fields.filter((f) => f.kind === 'list' && f.choices?.length);
  const listStart = messageCol + 2;
  const firstRow = HEADER_ROW + 1;
  const lastRow = HEADER_ROW + input.records.length + input.free;
  const longest = Math.max(0, ...listed.map((f) => f.choices!.length));
  const rows = Math.max(lastRow, HEADER_ROW + longest);
  const cols = listStart + listed.length;
  const g = new Grid(rows, cols);
  const styles: StyleBlock[] = [];

  g.set(HEADER_ROW, 0, T.tt);
  for (const [i, f] of fields.entries()) g.set(HEADER_ROW, fieldCol(i), f.header);
  g.set(HEADER_ROW, messageCol, T.messages);
  styles.push({
    address: area(HEADER_ROW, 0, HEADER_ROW, messageCol),
    bold: true,
    hAlign: 'center',
    wrap: true,
    fill: '#D9E1F2',
  });

  for (let r = firstRow; r <= lastRow; r++) {
    g.set(r, 0, r - HEADER_ROW);
    const record = input.records[r - firstRow];
    for (const [i, f] of fields.entries())
      g.set(r, fieldCol(i), record ? cellOf(f, record[f.key]) : '', formatOf(f));
    g.set(r, messageCol, '', '@');
  }

  const lists: ListValidation[] = [];
  listed.forEach((f, k) => {
    const col = listStart + k;
    const letter = colLetter(col);
    g.set(HEADER_ROW, col, f.header);
    for (const [i, c] of f.choices!.entries()) g.set(HEADER_ROW + 1 + i, col, c.label, '@');
    const at = fieldCol(fields.indexOf(f));
    const what = f.header.toLocaleLowerCase('vi');
    lists.push({
      address: area(firstRow, at, lastRow, at),
      source: `=$${letter}$${HEADER_ROW + 1}:$${letter}$${HEADER_ROW + f.choices!.length}`,
      title: T.listTitle(what),
      prompt: T.listPrompt(what),
      alert: T.listAlert(what),
    });
  });
  const wholes: WholeValidation[] = fields.flatMap((f, i) =>
    f.kind === 'whole'
      ? [
          {
            address: area(firstRow, fieldCol(i), lastRow, fieldCol(i)),
            min: f.min ?? 0,
            max: f.max ?? 1_000_000,
            title: T.wholeTitle(f.header.toLocaleLowerCase('vi')),
            prompt: T.wholePrompt(f.min ?? 0, f.max ?? 1_000_000),
          },
        ]
      : [],
  );

  styles.push({ address: area(HEADER_ROW, 0, lastRow, messageCol), grid: true, vAlign: 'center' });
  styles.push({ address: area(firstRow, 0, lastRow, 0), hAlign: 'center' });
  styles.push({ address: area(firstRow, messageCol, lastRow, messageCol), italic: true, wrap: true });

  const columns: ColumnSpec[] = Array.from({ length: cols }, (_, c) => {
    if (c === 0) return { width: 5 };
    if (c <= n) return { width: fields[c - 1]!.width };
    if (c === messageCol) return { width: 40 };
    return { width: 12, hidden: true };
  });

  return {
    name: input.name,
    identity: input.identity,
    fields,
    rows,
    cols,
    cells: g.cells,
    numberFormats: g.formats,
    merges: [],
    styles,
    columns,
    rowHeights: { [HEADER_ROW]: 48 },
    font: FONT,
    unlocked: [area(firstRow, fieldCol(0), lastRow, fieldCol(n - 1))],
    freezeRows: HEADER_ROW,
    lists,
    wholes,
    layout: { headerRow: HEADER_ROW, firstRow, lastRow, messageCol },
  };
}
