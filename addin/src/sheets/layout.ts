/**
 * `buildSheetPlan`: the pure layout of a scoring sheet as the unit prints, signs and stamps it (domain.md,
 * "What the sheet looks like to its users"), with live formulas, validation, protection and print setup.
 */
import type { Campaign, Group, Unit } from '../../../shared/contract/plan';
import type { Template } from '../../../shared/contract/template';
import { toHundredths, toPoints } from '../../../shared/points';
import type { SheetEntryView, SheetStatus } from '../api/types';
import { formatInstantVi } from '../format';
import { sheetText as T } from '../messages';
import { area, cell } from './a1';
import { classify, effective, type SectionSpan, sectionSum, totalSum, whenAppraised } from './formulas';
import { Grid } from './grid';
import type {
  ColumnSpec,
  CriterionRow,
  PlanColumns,
  ScoreValidation,
  SheetMode,
  SheetPlan,
  StyleBlock,
} from './types';

export interface SheetPlanInput {
  campaign: Campaign;
  group: Group;
  unit: Unit;
  template: Template;
  sheet: {
    revision: number;
    status: SheetStatus;
    entries?: readonly SheetEntryView[];
    locksAt?: string | null;
    lockedAt?: string | null;
  };
  mode: SheetMode;
  /** Shown in the side panel ("Tải lúc"); ISO instant. */
  refreshedAt?: string;
}

const HEADER_ROW = 8;
const FONT = { name: 'Times New Roman', size: 12 };

/** Worksheet name: Excel allows 31 characters and none of []:*?/\ . */
export function sheetName(mode: SheetMode, group: Group, unit: Unit): string {
  const raw = mode === 'unit' ? `Tự chấm ${group.code}` : `Thẩm định ${unit.code}`;
  return raw.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}

function columnsFor(showReason: boolean): PlanColumns {
  const last = showReason ? 6 : 5;
  return {
    tt: 0,
    title: 1,
    max: 2,
    self: 3,
    appraised: 4,
    evidence: 5,
    ...(showReason ? { reason: 6 } : {}),
    effective: last + 1,
    sideLabel: last + 3,
    sideValue: last + 4,
  };
}

/** Whether the user of this mode may still write: units until the lock or the appraisal, appraisers until locked. */
function isEditable(input: SheetPlanInput): boolean {
  if (input.sheet.lockedAt && input.mode === 'unit') return false;
  if (input.mode === 'unit') return input.sheet.status !== 'appraised';
  return input.sheet.status !== 'draft';
}

export function buildSheetPlan(input: SheetPlanInput): SheetPlan {
  const { campaign, group, unit, template, sheet, mode } = input;
  const entries = new Map((sheet.entries ?? []).map((e) => [e.criterion, e]));
  const showReason = mode === 'appraisal' || [...entries.values()].some((e) => e.reason);
  const C = columnsFor(showReason);
  const lastCol = C.reason ?? C.evidence;
  const editable = isEditable(input);

  const criteriaCount = template.sections.reduce((s, x) => s + x.criteria.length, 0);
  // Each recipient on its own line after a dash, as the administrative form writes them.
  const recipients = (campaign.recipients?.length ? campaign.recipients : T.defaultRecipients).map((r) =>
    r.startsWith('-') ? r : `- ${r}`,
  );
  const tableEnd = HEADER_ROW + template.sections.length + criteriaCount + 2;
  const signRows = Math.max(recipients.length + 1, 6);
  const rows = tableEnd + 1 + signRows;
  const g = new Grid(rows, C.sideValue + 1);
  const styles: StyleBlock[] = [];
  const merges: string[] = [];
  const mergeText = (
    row: number,
    c1: number,
    c2: number,
    text: string,
    style: Omit<StyleBlock, 'address'>,
  ) => {
    g.set(row, c1, text);
    if (c2 > c1) merges.push(area(row, c1, row, c2));
    styles.push({ address: area(row, c1, row, c2), ...style });
  };

  // Heading: the body and the unit on the left, the national heading on the right.
  const body = (unit.parent ?? campaign.authority ?? '').toLocaleUpperCase('vi');
  mergeText(1, C.tt, C.title, body, { hAlign: 'center' });
  mergeText(2, C.tt, C.title, unit.name.toLocaleUpperCase('vi'), { hAlign: 'center', bold: true });
  mergeText(1, C.max, lastCol, T.nation, { hAlign: 'center', bold: true });
  mergeText(2, C.max, lastCol, T.motto, { hAlign: 'center', bold: true, underline: true });
  mergeText(3, C.max, lastCol, T.placeDate(campaign.place ?? '……', campaign.year), {
    hAlign: 'center',
    italic: true,
  });
  mergeText(5, C.tt, lastCol, T.title(campaign.year, mode), { hAlign: 'center', bold: true, size: 14 });
  mergeText(6, C.tt, lastCol, T.group(group.kind, group.name), { hAlign: 'center', bold: true });

  // Table header.
  const headers: Array<[number, string]> = [
    [C.tt, T.header.tt],
    [C.title, T.header.title],
    [C.max, T.header.max],
    [C.self, T.header.self],
    [C.appraised, T.header.appraised],
    [C.evidence, T.header.evidence],
  ];
  if (C.reason !== undefined) headers.push([C.reason, T.header.reason]);
  for (const [col, text] of headers) g.set(HEADER_ROW, col, text);
  styles.push({
    address: area(HEADER_ROW, C.tt, HEADER_ROW, lastCol),
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
  let row = HEADER_ROW + 1;
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
    g.set(row, C.self, sectionSum(span, C.self));
    g.set(row, C.effective, sectionSum(span, C.effective));
    g.set(row, C.appraised, whenAppraised([span], C.appraised, cell(row, C.effective)));
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
      g.set(row, C.effective, effective(row, C.self, C.appraised));
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
  g.set(totalRow, C.self, totalSum(spans, C.self));
  g.set(totalRow, C.effective, totalSum(spans, C.effective));
  g.set(totalRow, C.appraised, whenAppraised(spans, C.appraised, cell(totalRow, C.effective)));
  const classRow = totalRow + 1;
  g.set(classRow, C.title, T.classification);
  g.set(classRow, C.self, classify(template.classification, cell(totalRow, C.self), spans, C.self));
  g.set(
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
  styles.push({ address: area(HEADER_ROW, C.tt, classRow, lastCol), grid: true, vAlign: 'center' });
  styles.push({ address: area(HEADER_ROW + 1, C.title, classRow, C.title), wrap: true });
  styles.push({ address: area(HEADER_ROW + 1, C.evidence, classRow, lastCol), wrap: true });
  styles.push({ address: area(HEADER_ROW + 1, C.tt, classRow, C.tt), hAlign: 'center' });
  styles.push({ address: area(HEADER_ROW + 1, C.max, classRow, C.appraised), hAlign: 'center' });

  // Signature block: recipients bottom left, the head of the unit bottom right.
  const signRow = classRow + 2;
  g.set(signRow, C.tt, T.recipients);
  styles.push({ address: area(signRow, C.tt, signRow, C.title), bold: true, italic: true });
  recipients.forEach((r, i) => {
    g.set(signRow + 1 + i, C.tt, r);
  });
  styles.push({ address: area(signRow + 1, C.tt, signRow + recipients.length, C.title), size: 11 });
  mergeText(signRow, C.max, lastCol, mode === 'unit' ? T.signer : T.signerAppraisal, {
    hAlign: 'center',
    bold: true,
  });
  mergeText(signRow + 1, C.max, lastCol, T.signHint, { hAlign: 'center', italic: true });

  // Side panel: status, deadline and revision, outside the print area.
  const side: Array<[string, string | number]> = [
    [T.side.campaign, campaign.code],
    [T.side.group, group.code],
    [T.side.unit, unit.code],
    [T.side.status, T.status[sheet.status] ?? sheet.status],
    [T.side.deadline, sheet.locksAt ? formatInstantVi(sheet.locksAt) : T.noDeadline],
    [T.side.revision, sheet.revision],
    [T.side.editable, editable ? T.side.yes : T.side.no],
  ];
  if (sheet.lockedAt) side.push([T.side.lockedAt, formatInstantVi(sheet.lockedAt)]);
  if (input.refreshedAt) side.push([T.side.refreshed, formatInstantVi(input.refreshedAt)]);
  g.set(1, C.sideLabel, T.side.heading);
  side.forEach(([label, value], i) => {
    g.set(2 + i, C.sideLabel, label);
    g.set(2 + i, C.sideValue, value);
  });
  styles.push({
    address: area(1, C.sideLabel, 1 + side.length, C.sideValue),
    grid: true,
    fill: '#F2F2F2',
    size: 11,
  });
  styles.push({ address: area(1, C.sideLabel, 1 + side.length, C.sideLabel), bold: true });

  const columns: ColumnSpec[] = Array.from({ length: C.sideValue + 1 }, () => ({ width: 10 }));
  columns[C.tt] = { width: 6 };
  columns[C.title] = { width: 46 };
  columns[C.max] = { width: 9 };
  columns[C.self] = { width: 9 };
  columns[C.appraised] = { width: 10 };
  columns[C.evidence] = { width: showReason ? 18 : 24 };
  if (C.reason !== undefined) columns[C.reason] = { width: 18 };
  columns[C.effective] = { width: 8, hidden: true };
  columns[C.effective + 1] = { width: 3 };
  columns[C.sideLabel] = { width: 14 };
  columns[C.sideValue] = { width: 26 };

  const name = sheetName(mode, group, unit);
  return {
    name,
    identity: {
      campaign: campaign.code,
      group: group.code,
      unit: unit.code,
      revision: sheet.revision,
      mode,
      sheet: name,
      template: template.code,
    },
    mode,
    editable,
    rows,
    cols: C.sideValue + 1,
    cells: g.cells,
    numberFormats: g.formats,
    merges,
    styles,
    columns,
    rowHeights: { 5: 24, [HEADER_ROW]: 32 },
    font: FONT,
    validations,
    unlocked,
    print: {
      area: area(1, C.tt, rows, lastCol),
      titleRows: `$${HEADER_ROW}:$${HEADER_ROW}`,
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      footer: 'Trang &P/&N',
    },
    freezeRows: HEADER_ROW,
    layout: {
      columns: C,
      headerRow: HEADER_ROW,
      criteria,
      sectionRows,
      totalRow,
      classificationRow: classRow,
      firstRow: HEADER_ROW,
      lastRow: classRow,
    },
  };
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
