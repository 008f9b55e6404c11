/**
 * The scores table of a scoring sheet: its header, a row per section (its sum, capped) and per criterion
 * (the stored scores and notes), the total and the classification, all as live formulas (./formulas.ts);
 * the cells the user may type into and their score validations.
 */
import type { Template } from '../../../shared/contract/template';
import { toHundredths, toPoints } from '../../../shared/points';
import type { SheetEntryView } from '../api/types';
import { sheetText as T } from '../messages/sheet';
import { area, cell } from './a1';
import { classify, effective, type SectionSpan, sectionSum, totalSum, whenAppraised } from './formulas';
import type { Canvas } from './grid';
import type { CriterionRow, PlanColumns, ScoreValidation, SheetMode } from './types';

export interface ScoreTable {
  criteria: CriterionRow[];
  sectionRows: Record<string, number>;
  validations: ScoreValidation[];
  unlocked: string[];
  totalRow: number;
  classRow: number;
}

/** Rows the table takes below its header: one per section and criterion, the total and the classification. */
export const tableRows = (template: Template) =>
  template.sections.reduce((s, x) => s + 1 + x.criteria.length, 0) + 2;

export function writeScoreTable(
  cv: Canvas,
  C: PlanColumns,
  at: {
    headerRow: number;
    template: Template;
    entries: ReadonlyMap<string, SheetEntryView>;
    mode: SheetMode;
    editable: boolean;
  },
): ScoreTable {
  const { g, styles } = cv;
  const { headerRow, template, entries, mode, editable } = at;
  const lastCol = C.reason ?? C.evidence;
  const headers: Array<[number, string]> = [
    [C.tt, T.header.tt],
    [C.title, T.header.title],
    [C.max, T.header.max],
    [C.self, T.header.self],
    [C.appraised, T.header.appraised],
    [C.evidence, T.header.evidence],
  ];
  if (C.reason !== undefined) headers.push([C.reason, T.header.reason]);
  for (const [col, text] of headers) g.set(headerRow, col, text);
  styles.push({
    address: area(headerRow, C.tt, headerRow, lastCol),
    bold: true,
    hAlign: 'center',
    wrap: true,
  });

  // Sections and criteria.
  const criteria: CriterionRow[] = [];
  const spans: SectionSpan[] = [];
  const sectionRows: Record<string, number> = {};
  const validations: ScoreValidation[] = [];
  const unlocked: string[] = [];
  const scoreCol = mode === 'unit' ? C.self : C.appraised;
  const noteCol = mode === 'unit' ? C.evidence : C.reason!;
  let row = headerRow + 1;
  for (const section of template.sections) {
    const span: SectionSpan = {
      kind: section.kind,
      ...(section.cap !== undefined ? { cap: section.cap } : {}),
      row,
      first: row + 1,
      last: row + section.criteria.length,
    };
    spans.push(span);
    sectionRows[section.code] = row;
    const maxSum = sumPoints(section.criteria.map((c) => c.max));
    g.set(row, C.tt, section.code);
    g.set(
      row,
      C.title,
      section.cap === undefined ? section.title : `${section.title} ${T.capNote(section.cap)}`,
    );
    g.set(row, C.max, section.cap === undefined ? maxSum : Math.min(section.cap, maxSum));
    g.formula(row, C.self, sectionSum(span, C.self));
    g.formula(row, C.effective, sectionSum(span, C.effective));
    g.formula(row, C.appraised, whenAppraised([span], C.appraised, cell(row, C.effective)));
    styles.push({ address: area(row, C.tt, row, lastCol), bold: true });
    row++;
    for (const c of section.criteria) {
      const e = entries.get(c.code);
      criteria.push({
        code: c.code,
        section: section.code,
        kind: section.kind,
        row,
        max: c.max,
        ...(c.step !== undefined ? { step: c.step } : {}),
      });
      g.set(row, C.tt, c.code);
      g.set(row, C.title, c.title);
      g.set(row, C.max, c.max);
      g.set(row, C.self, e?.self ?? '', 'General');
      g.set(row, C.appraised, e?.appraised ?? '', 'General');
      g.set(row, C.evidence, e?.evidence ?? '', '@');
      if (C.reason !== undefined) g.set(row, C.reason, e?.reason ?? '', '@');
      g.formula(row, C.effective, effective(row, C.self, C.appraised));
      row++;
    }
    if (editable) {
      unlocked.push(
        area(span.first, scoreCol, span.last, scoreCol),
        area(span.first, noteCol, span.last, noteCol),
      );
      validations.push(...validationRuns(criteria.slice(-section.criteria.length), scoreCol));
    }
  }

  // Total and classification.
  const totalRow = row;
  const standardMax = sumPoints(
    spans.filter((s) => s.kind === 'standard').map((s) => g.cells[s.row - 1]![C.max] as number),
  );
  g.set(totalRow, C.title, T.total);
  g.set(totalRow, C.max, standardMax);
  g.formula(totalRow, C.self, totalSum(spans, C.self));
  g.formula(totalRow, C.effective, totalSum(spans, C.effective));
  g.formula(totalRow, C.appraised, whenAppraised(spans, C.appraised, cell(totalRow, C.effective)));
  const classRow = totalRow + 1;
  g.set(classRow, C.title, T.classification);
  g.formula(classRow, C.self, classify(template.classification, cell(totalRow, C.self), spans, C.self));
  g.formula(
    classRow,
    C.appraised,
    classify(
      template.classification,
      cell(totalRow, C.effective),
      spans,
      C.effective,
      cell(totalRow, C.appraised),
    ),
  );
  styles.push({ address: area(totalRow, C.tt, classRow, lastCol), bold: true });
  styles.push({ address: area(headerRow, C.tt, classRow, lastCol), grid: true, vAlign: 'center' });
  styles.push({ address: area(headerRow + 1, C.title, classRow, C.title), wrap: true });
  styles.push({ address: area(headerRow + 1, C.evidence, classRow, lastCol), wrap: true });
  styles.push({ address: area(headerRow + 1, C.tt, classRow, C.tt), hAlign: 'center' });
  styles.push({ address: area(headerRow + 1, C.max, classRow, C.appraised), hAlign: 'center' });
  return { criteria, sectionRows, validations, unlocked, totalRow, classRow };
}

/** Sums point values exactly, through hundredths. */
const sumPoints = (xs: readonly number[]) => toPoints(xs.reduce((s, x) => s + (toHundredths(x) ?? 0), 0));

/** One validation per run of consecutive criteria sharing maximum and step. */
function validationRuns(rows: readonly CriterionRow[], col: number): ScoreValidation[] {
  const out: ScoreValidation[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const a = rows[start]!;
    const b = rows[i];
    if (b && b.max === a.max && b.step === a.step) continue;
    const last = rows[i - 1]!;
    out.push({
      address: area(a.row, col, last.row, col),
      max: a.max,
      promptTitle: a.row === last.row ? T.promptTitle(a.code) : T.promptTitle(`${a.code}–${last.code}`),
      prompt: T.promptScore(a.max, a.step),
      alertTitle: T.alertTitle,
      alert: T.alertScore(a.max),
    });
    start = i;
  }
  return out;
}
