/**
 * `buildSheetPlan`: the pure layout of a scoring sheet as the unit prints, signs and stamps it (domain.md,
 * "What the sheet looks like to its users"), with live formulas, validation, protection and print setup:
 * the form's heading and signature (./layout-form.ts), the scores table (./layout-table.ts) and the side
 * panel (./layout-side.ts), in the columns of ./layout-columns.ts.
 */

import type { Campaign, Group, Unit } from '../../../shared/contract/plan';
import type { Template } from '../../../shared/contract/template';
import type { SheetEntryView, SheetStatus } from '../api/types';
import { sheetText as T } from '../messages/sheet';
import { area } from './a1';
import { campaignSheetName } from './campaign-name';
import { Canvas } from './grid';
import { columnsFor, columnWidths } from './layout-columns';
import { recipientsOf, writeHeading, writeSignature } from './layout-form';
import { writeSidePanel } from './layout-side';
import { tableRows, writeScoreTable } from './layout-table';
import type { SheetMode, SheetPlan } from './types';

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
  /** The group's lead unit: the appraiser who issues an appraisal and receives a member's sheet. */
  lead?: Unit;
  /** Shown in the side panel ("Tải lúc"); ISO instant. */
  refreshedAt?: string;
}

const HEADER_ROW = 8;
const FONT = { name: 'Times New Roman', size: 12 };

/** Worksheet name, with the campaign (./campaign-name.ts): Excel allows 31 characters and none of []:*?/\ . */
export function sheetName(mode: SheetMode, group: Group, unit: Unit, campaign: string): string {
  const raw = mode === 'unit' ? T.sheetName.unit(group.code) : T.sheetName.appraisal(unit.code);
  return campaignSheetName(raw, campaign);
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

  const parties = { campaign, group, unit, lead: input.lead, mode };
  const recipients = recipientsOf(parties);
  const tableEnd = HEADER_ROW + tableRows(template);
  const rows = tableEnd + 1 + Math.max(recipients.length + 1, 6);
  const cv = new Canvas(rows, C.sideValue + 1);

  writeHeading(cv, C, lastCol, parties);
  const table = writeScoreTable(cv, C, { headerRow: HEADER_ROW, template, entries, mode, editable });
  writeSignature(cv, C, lastCol, table.classRow + 2, recipients, mode);
  writeSidePanel(cv, C, input, editable);

  const name = sheetName(mode, group, unit, campaign.code);
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
    cells: cv.g.cells,
    numberFormats: cv.g.formats,
    merges: cv.merges,
    styles: cv.styles,
    columns: columnWidths(C),
    rowHeights: { 5: 24, [HEADER_ROW]: 32 },
    font: FONT,
    validations: table.validations,
    unlocked: table.unlocked,
    print: {
      area: area(1, C.tt, rows, lastCol),
      titleRows: `$${HEADER_ROW}:$${HEADER_ROW}`,
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      footer: T.footer,
    },
    freezeRows: HEADER_ROW,
    layout: {
      columns: C,
      headerRow: HEADER_ROW,
      criteria: table.criteria,
      sectionRows: table.sectionRows,
      totalRow: table.totalRow,
      classificationRow: table.classRow,
      firstRow: HEADER_ROW,
      lastRow: table.classRow,
    },
  };
}
