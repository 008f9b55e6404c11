/**
 * Excel's rules for one queued operation, checked when the batch is replayed at `context.sync()` (where real
 * Excel checks them), and the facts the operation changes. Sources are in decision 0031.
 */
import type { Rect } from '../address';
import { CLASS, type Kind, requiredSet } from './api';
import type { SheetFacts, StrictBook } from './book';
import { excelError } from './errors';

export interface Op {
  type: 'set' | 'call';
  kind: Kind;
  member: string;
  /** The value set, or the call's arguments. */
  value?: unknown;
  args?: readonly unknown[];
  /** The worksheet the operation is on, if any, and the range's rectangle. */
  sheet: SheetFacts | null;
  rect: Rect | null;
}

export const location = (op: Pick<Op, 'kind' | 'member'>) => `${CLASS[op.kind] ?? op.kind}.${op.member}`;

/** Which permission of a protected sheet an operation needs: a protection option, or `never`/`values`. */
function permission(op: Op): string | null {
  const { kind, member } = op;
  if (kind === 'range') {
    if (member === 'values' || member === 'formulas') return 'values';
    if (member === 'numberFormat' || member === 'merge' || member === 'unmerge') return 'allowFormatCells';
    if (member === 'columnHidden') return 'allowFormatColumns';
    if (member === 'clear') return 'never';
    return null;
  }
  if (kind === 'rangeFormat') {
    if (member === 'columnWidth') return 'allowFormatColumns';
    if (member === 'rowHeight' || member === 'autofitRows') return 'allowFormatRows';
    return 'allowFormatCells';
  }
  if (kind === 'font' || kind === 'fill' || kind === 'border') return 'allowFormatCells';
  // Locking is what protection guards: no option lets a protected sheet unlock or lock cells.
  if (kind === 'formatProtection') return 'never';
  if (kind === 'dataValidation' || kind.startsWith('conditional')) return 'never';
  if (kind === 'charts' || kind === 'chart' || kind === 'chartTitle' || kind === 'chartLegend')
    return 'allowEditObjects';
  return null;
}

function rows(rect: Rect): { rows: number; cols: number } | null {
  if (rect.r2 === null || rect.c2 === null) return null;
  return { rows: rect.r2 - rect.r1 + 1, cols: rect.c2 - rect.c1 + 1 };
}

/** Throws as Excel would for `op`; otherwise returns and the caller performs it. */
export function check(book: StrictBook, op: Op): void {
  const at = location(op);
  if (book.failAt === at) {
    book.failAt = null;
    throw excelError('GeneralException', 'An internal error has occurred.', at);
  }
  book.requireSet(requiredSet(op.kind, op.member, op.args), at);
  const s = op.sheet;
  if (op.kind === 'worksheetProtection' && s) {
    if (op.member === 'protect' && s.protected)
      throw excelError('InvalidOperation', 'The worksheet is already protected.', at);
    if (op.member === 'unprotect') {
      if (!s.protected) throw excelError('InvalidOperation', 'The worksheet is not protected.', at);
      if (s.password !== undefined && op.args?.[0] !== s.password)
        throw excelError('InvalidArgument', 'The password is incorrect.', at);
    }
  }
  if (op.kind === 'worksheets' && op.member === 'add') book.checkName(String(op.args?.[0] ?? ''), at);
  if (op.kind === 'worksheet' && op.member === 'name' && s) book.checkName(String(op.value), at, s.id);
  if (op.kind === 'range' && op.rect && ['values', 'formulas', 'numberFormat'].includes(op.member)) {
    const v = op.value;
    if (Array.isArray(v)) {
      const size = rows(op.rect);
      const fits =
        size !== null &&
        v.length === size.rows &&
        v.every((row) => Array.isArray(row) && row.length === size.cols);
      if (!fits)
        throw excelError(
          'InvalidArgument',
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          at,
        );
    }
  }
  if (s?.protected) {
    const need = permission(op);
    const denied =
      need === 'never' ||
      (need === 'values' && !(op.rect && book.allUnlocked(s, op.rect))) ||
      (need !== null && need !== 'values' && need !== 'never' && s.options[need] !== true);
    if (denied)
      throw excelError(
        'AccessDenied',
        'The cell or chart you are trying to change is on a protected sheet.',
        at,
      );
  }
}

/** Updates the facts after `op` was performed; `newId` is the id of a worksheet it added. */
export function apply(book: StrictBook, op: Op, newId?: string): void {
  const s = op.sheet;
  if (op.kind === 'worksheets' && op.member === 'add' && newId)
    book.addSheet({ id: newId, name: String(op.args?.[0]) });
  if (!s) return;
  if (op.kind === 'worksheetProtection' && op.member === 'protect') {
    s.protected = true;
    s.options = { ...((op.args?.[0] as object | undefined) ?? {}) };
    const password = op.args?.[1];
    if (typeof password === 'string') s.password = password;
    else delete s.password;
  }
  if (op.kind === 'worksheetProtection' && op.member === 'unprotect') {
    s.protected = false;
    delete s.password;
  }
  if (op.kind === 'worksheet' && op.member === 'name') s.name = String(op.value);
  if (op.kind === 'worksheet' && op.member === 'delete') book.sheets.delete(s.id);
  if (op.kind === 'formatProtection' && op.member === 'locked' && op.rect)
    s.locks.push({ rect: op.rect, locked: op.value !== false });
  if (op.kind === 'range' && op.member === 'clear' && op.rect) {
    const what = String(op.args?.[0] ?? 'All');
    if (what === 'All' || what === 'Formats') s.locks.push({ rect: op.rect, locked: true });
  }
}
