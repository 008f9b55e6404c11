/**
 * A table plan: a worksheet of pulled data (rankings, quota usage, a snapshot's consolidated matrix) as plain
 * data — values, number formats, styles, conditional rules, charts, print setup — that `excel/tables.ts`
 * writes in a bounded number of syncs. Built by pure functions beside this file.
 */
import type { StyleBlock } from '../sheets/types';

export type TableKind =
  | 'rankings'
  | 'quotas'
  | 'consolidated'
  /** A snapshot's summary, votes, nominations and quotas (the council's workbook, decision 0033). */
  | 'summary'
  | 'votes'
  | 'nominations'
  | 'snapshotQuotas'
  /** The register of awards (issue 14), and the secretariat's pull of registrations and the calendar. */
  | 'register'
  | 'registrations'
  | 'calendar';

/** What the worksheet holds; stored in a workbook setting with the worksheet's id (excel/table-identity.ts). */
export interface TableIdentity {
  kind: TableKind;
  campaign: string;
  /** The group of a consolidated sheet (one worksheet per group). */
  group?: string;
}

/** A cell value written as a constant (never a formula: text cells carry the text format "@"). */
export type TableValue = string | number;

/**
 * A conditional format: `formula` is true for the rows to fill, written relative to the top-left cell of
 * `address` (Excel's custom rule). `matches` lists the same rows' addresses as the rule finds them now, for
 * hosts without ExcelApi 1.6, which get a plain fill instead.
 */
export interface ConditionalRule {
  address: string;
  formula: string;
  fill: string;
  matches: string[];
}

/** A chart over `source` (categories in its first column, one series per other column). */
export interface ChartSpec {
  name: string;
  title: string;
  source: string;
  type: 'BarClustered' | 'ColumnClustered';
  /** Top-left and bottom-right cells of where it sits. */
  from: string;
  to: string;
}

export interface TablePlan {
  /** Worksheet name for a new sheet (an existing one keeps whatever the user renamed it to). */
  name: string;
  identity: TableIdentity;
  /** Where the data came from (a snapshot id, a pull time), stored beside the identity. */
  source: string;
  rows: number;
  cols: number;
  /** rows × cols, anchored at A1. */
  values: TableValue[][];
  /** rows × cols number formats ("General", "@" for text, "0.0%"). */
  numberFormats: string[][];
  merges: string[];
  styles: StyleBlock[];
  /** Column widths in characters of the default font. */
  widths: number[];
  conditional: ConditionalRule[];
  charts: ChartSpec[];
  freezeRows: number;
  /** Columns frozen left of the data (the unit columns of the council's matrix); 0 or absent for none. */
  freezeColumns?: number;
  /** Protected read-only (the council's frozen figures). */
  readOnly: boolean;
  print: {
    orientation: 'Landscape' | 'Portrait';
    area: string;
    titleRows: string;
    footer: string;
    /** Paper (A4 by default). */
    paper?: 'A3' | 'A4';
    /** Columns repeated on every page ("$A:$C"); with them the sheet is not squeezed to one page wide. */
    titleColumns?: string;
  } | null;
}
