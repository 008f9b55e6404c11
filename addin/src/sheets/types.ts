/**
 * A sheet plan: everything the Excel adapter writes, as plain data. Built by `buildSheetPlan`, applied by
 * `excel/write-sheet.ts`, written to .xlsx by the LibreOffice test: one description, three consumers.
 */
import type { SectionKind } from '../../../shared/contract/enums';

export type SheetMode = 'unit' | 'appraisal';

/** A cell's content: a number, a text, a formula ("=SUM(D10:D14)"), or empty (""). */
export type CellContent = string | number;

/** Who the sheet belongs to; also stored in the workbook, where a user cannot overwrite it by typing. */
export interface SheetIdentity {
  campaign: string;
  group: string;
  unit: string;
  revision: number;
  mode: SheetMode;
  /** Worksheet name the plan writes to. */
  sheet: string;
  template: string;
}

export type HAlign = 'left' | 'center' | 'right';

/** Formatting applied to one rectangle; absent fields keep the sheet's default. */
export interface StyleBlock {
  address: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  hAlign?: HAlign;
  vAlign?: 'top' | 'center';
  wrap?: boolean;
  /** Thin borders on every edge of every cell of the block. */
  grid?: boolean;
  fill?: string;
  color?: string;
}

/** Decimal data validation with an input message, on a run of score cells sharing a maximum and step. */
export interface ScoreValidation {
  address: string;
  max: number;
  promptTitle: string;
  prompt: string;
  alertTitle: string;
  alert: string;
}

export interface ColumnSpec {
  /** Width in characters of the default font, as Excel's column width dialog shows it. */
  width: number;
  hidden?: boolean;
}

/** Where each criterion lives, so entries and errors map to cells and back. */
export interface CriterionRow {
  code: string;
  section: string;
  kind: SectionKind;
  row: number;
  max: number;
  step?: number;
}

/** Column indexes (0-based) of the table and of the side panel. */
export interface PlanColumns {
  tt: number;
  title: number;
  max: number;
  self: number;
  appraised: number;
  evidence: number;
  /** Present when the appraisal's reasons are shown. */
  reason?: number;
  /** Hidden helper: the score that counts (appraised if present, else self). */
  effective: number;
  sideLabel: number;
  sideValue: number;
}

/** A form-like sheet's block of cells and its look (the scoring sheet, the nominations sheet). */
export interface GridPlan {
  name: string;
  /** Size of the written block, anchored at A1. */
  rows: number;
  cols: number;
  /** rows × cols; constants and formulas together, as Excel's `range.formulas` takes them. */
  cells: CellContent[][];
  /** rows × cols number formats ("General", "@" for text). */
  numberFormats: string[][];
  merges: string[];
  styles: StyleBlock[];
  columns: ColumnSpec[];
  /** Row heights in points for rows that need one (title, header). */
  rowHeights: Record<number, number>;
  font: { name: string; size: number };
  /** Cells left unlocked when the sheet is protected: the ones the user fills in. */
  unlocked: string[];
  /** Rows above the table kept in view while scrolling. */
  freezeRows: number;
}

export interface SheetPlan extends GridPlan {
  identity: SheetIdentity;
  mode: SheetMode;
  editable: boolean;
  validations: ScoreValidation[];
  print: {
    area: string;
    titleRows: string;
    orientation: 'portrait';
    paper: 'A4';
    fitToWidth: 1;
    footer: string;
  };
  layout: {
    columns: PlanColumns;
    headerRow: number;
    criteria: CriterionRow[];
    sectionRows: Record<string, number>;
    totalRow: number;
    classificationRow: number;
    /** Column letters of the table's printed part, first and last. */
    firstRow: number;
    lastRow: number;
  };
}
