/**
 * The fills a preview sheet's custom conditional formats give its cells: each rule's formula shifted to the
 * cell (./shift-formula.ts) and evaluated on the cells' values; the last-added rule that holds wins.
 */
import { key, type Rect } from './address';
import { evaluate, type Scalar } from './formula';
import type { PreviewRule } from './sheet';
import { formulaShifter, shiftFormula } from './shift-formula';

/** What a sheet offers the conditional fills: its rules and its cells' values. */
interface RuledSheet {
  readonly rules: readonly PreviewRule[];
  readonly cells: ReadonlyMap<string, { value: Scalar }>;
}

export interface ConditionalFills {
  at: (row: number, col: number) => string | undefined;
  evaluations: number;
}

/**
 * The fill each cell takes from the conditional formats (`at(row, col)`): what `conditionalFill` gives
 * cell by cell, computed in one pass for a redraw over the sheet's `extent`. Each rule with a fill,
 * last-added first, is evaluated only on the cells of its range (closed at the sheet's extent) that no later
 * rule has filled; a shifted formula is made once per row when no reference moves with the column
 * (`=$G5="Tốt"`), and one already evaluated in this pass is not evaluated again. `evaluations` counts the
 * formulas evaluated.
 */
export function conditionalFills(
  sheet: RuledSheet,
  extent: { rows: number; cols: number },
): ConditionalFills {
  // By row, then column: no key strings in the loop over a large range.
  const fills: (string | undefined)[][] = [];
  const at = (row: number, col: number) => fills[row]?.[col];
  if (!sheet.rules.length) return { at, evaluations: 0 };
  const seen = new Map<string, Scalar>();
  const read = (row: number, col: number) => sheet.cells.get(key(row, col))?.value ?? '';
  for (let i = sheet.rules.length - 1; i >= 0; i--) {
    const rule = sheet.rules[i]!;
    if (!rule.fill) continue;
    const { rect } = rule;
    const r2 = rect.r2 ?? extent.rows;
    const c2 = rect.c2 ?? extent.cols - 1;
    const shift = formulaShifter(rule.formula);
    for (let r = rect.r1; r <= r2; r++) {
      const sameInRow = shift.byCols ? null : shift(r - rect.r1, 0);
      const row = fills[r] ?? [];
      fills[r] = row;
      for (let c = rect.c1; c <= c2; c++) {
        if (row[c] !== undefined) continue;
        const formula = sameInRow ?? shift(r - rect.r1, c - rect.c1);
        let v = seen.get(formula);
        if (v === undefined) {
          v = evaluate(formula, read);
          seen.set(formula, v);
        }
        if (v === true) row[c] = rule.fill;
      }
    }
  }
  return { at, evaluations: seen.size };
}

/** The fill of the last-added conditional format whose formula holds at (row, col), or null. */
export function conditionalFill(sheet: RuledSheet, r: number, c: number): string | null {
  for (let i = sheet.rules.length - 1; i >= 0; i--) {
    const rule = sheet.rules[i]!;
    const { rect } = rule;
    if (!inside(rect, r, c)) continue;
    const formula = shiftFormula(rule.formula, r - rect.r1, c - rect.c1);
    const v = evaluate(formula, (row, col) => sheet.cells.get(key(row, col))?.value ?? '');
    if (v === true && rule.fill) return rule.fill;
  }
  return null;
}

const inside = (rect: Rect, r: number, c: number) =>
  r >= rect.r1 && c >= rect.c1 && (rect.r2 === null || r <= rect.r2) && (rect.c2 === null || c <= rect.c2);
