/** Conditional-format formulas moved to each cell of their range, as Excel applies them. */
import { colLetter, parseCell } from '../sheets/a1';

/** A cell reference inside a formula, as written: "$G5" is { dc: '$', col: 'G', dr: '', row: '5' }. */
interface RefPart {
  dc: string;
  col: string;
  dr: string;
  row: string;
}

/** A formula ready to be shifted by any offset, and whether shifting it by rows or by columns changes it. */
export interface FormulaShifter {
  (rows: number, cols: number): string;
  /** Some reference has a relative row. */
  byRows: boolean;
  /** Some reference has a relative column. */
  byCols: boolean;
}

/**
 * `shiftFormula` for one formula and any offset: the formula is split into text and references once, so
 * shifting it for each cell of a conditional format's range only joins the pieces.
 */
export function formulaShifter(formula: string): FormulaShifter {
  const parts: (string | RefPart)[] = [];
  formula.split(/("(?:[^"]|"")*")/).forEach((part, i) => {
    if (i % 2) {
      parts.push(part);
      return;
    }
    let last = 0;
    for (const m of part.matchAll(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Z0-9(])/gi)) {
      parts.push(part.slice(last, m.index), { dc: m[1]!, col: m[2]!, dr: m[3]!, row: m[4]! });
      last = m.index + m[0].length;
    }
    parts.push(part.slice(last));
  });
  const shift = (rows: number, cols: number) =>
    parts
      .map((p) => {
        if (typeof p === 'string') return p;
        const c = p.dc ? p.col : colLetter(parseCell(`${p.col}1`)!.col + cols);
        const r = p.dr ? p.row : String(Number(p.row) + rows);
        return `${p.dc}${c}${p.dr}${r}`;
      })
      .join('');
  const refs = parts.filter((p): p is RefPart => typeof p !== 'string');
  return Object.assign(shift, { byRows: refs.some((p) => !p.dr), byCols: refs.some((p) => !p.dc) });
}

/**
 * Moves a formula's relative references by (rows, cols), as Excel does when it applies a conditional
 * format's formula to each cell of its range: `=$G5="Tốt"` one row down is `=$G6="Tốt"`.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formulaShifter(formula)(rows, cols);
}
