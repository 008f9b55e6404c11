/**
 * The live formulas of the sheet: section subtotals with their caps, the final total
 * (Σ standard + MIN(Σ bonus, cap) − MIN(Σ deduction, cap)) and the classification. Rounded to hundredths so
 * binary noise never shows nor flips a band; the same rule as shared/scoring.ts, expressed for a spreadsheet.
 */
import type { SectionKind } from '../../../shared/contract/enums';
import type { ClassificationBand } from '../../../shared/contract/template';
import { area, cell } from './a1';

/** One section's rows in a given column. */
/** A formula the layout built: never text of the plan's or the user's. */
export type Formula = `=${string}`;

export interface SectionSpan {
  kind: SectionKind;
  cap?: number;
  first: number;
  last: number;
  /** The section's own row, holding its subtotal. */
  row: number;
}

const n = (x: number) => String(x);

/** Subtotal of a section in column `col`: `=ROUND(MIN(SUM(D10:D14),5),2)`. */
export function sectionSum(span: SectionSpan, col: number): Formula {
  const sum = `SUM(${area(span.first, col, span.last, col)})`;
  return span.cap === undefined ? `=ROUND(${sum},2)` : `=ROUND(MIN(${sum},${n(span.cap)}),2)`;
}

/** Final total in column `col` from the section rows: standard and bonus added, deductions subtracted. */
export function totalSum(spans: readonly SectionSpan[], col: number): Formula {
  const plus = spans.filter((s) => s.kind !== 'deduction').map((s) => cell(s.row, col));
  const minus = spans.filter((s) => s.kind === 'deduction').map((s) => cell(s.row, col));
  const expr = `SUM(${plus.join(',')})${minus.length ? `-SUM(${minus.join(',')})` : ''}`;
  return `=ROUND(${expr},2)`;
}

/** `""` while no criterion has an appraised score, else the value of `target`. */
export function whenAppraised(spans: readonly SectionSpan[], appraisedCol: number, target: string): Formula {
  const ranges = spans.map((s) => area(s.first, appraisedCol, s.last, appraisedCol)).join(',');
  return `=IF(COUNT(${ranges})=0,"",${target})`;
}

/** The helper cell of a criterion: the appraised score when there is one, else the self score, else "". */
export function effective(row: number, selfCol: number, appraisedCol: number): Formula {
  const e = cell(row, appraisedCol);
  const d = cell(row, selfCol);
  return `=IF(ISNUMBER(${e}),${e},IF(ISNUMBER(${d}),${d},""))`;
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/**
 * Classification of the total in `totalCell`, as shared/scoring.ts `classify`: the first band, highest minimum
 * first (ties in listed order), whose minimum the total reaches; a `noZero` band also needs every standard
 * criterion scored above 0 in column `col` (a missing score counts as 0, so the test is "all > 0", which
 * neither engine confuses with blanks). Empty until every standard criterion has a score, as the shared rule:
 * an unscored sheet is not "Trung bình". `blankUnless` (a cell) leaves the result empty while that cell is.
 */
export function classify(
  bands: readonly ClassificationBand[],
  totalCell: string,
  spans: readonly SectionSpan[],
  col: number,
  blankUnless?: string,
): Formula {
  const ordered = [...bands].sort((a, b) => b.min - a.min);
  const standard = spans.filter((s) => s.kind === 'standard');
  const positive = standard.map((s) => `COUNTIF(${area(s.first, col, s.last, col)},">0")`).join('+') || '0';
  const count = standard.reduce((n, s) => n + s.last - s.first + 1, 0);
  let expr = '""';
  for (const band of [...ordered].reverse()) {
    const reach = `${totalCell}>=${n(band.min)}`;
    const test = band.noZero ? `AND(${reach},${positive}=${count})` : reach;
    expr = `IF(${test},${quote(band.label)},${expr})`;
  }
  const scored = standard.map((s) => area(s.first, col, s.last, col)).join(',');
  const body = count ? `IF(COUNT(${scored})=${count},${expr},"")` : expr;
  return blankUnless ? `=IF(${blankUnless}="","",${body})` : `=${body}`;
}
