/** A rows × cols block of constants and number formats that the table plans fill, plus small helpers. */
import { excelSheetName } from '../../../shared/sheet-name';
import { tableText } from '../messages/tables';
import { area } from '../sheets/a1';
import type { StyleBlock } from '../sheets/types';
import type { TablePlan, TableValue } from './types';

export class Block {
  readonly values: TableValue[][];
  readonly formats: string[][];

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.values = Array.from({ length: rows }, () => Array<TableValue>(cols).fill(''));
    this.formats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  }

  /**
   * Puts a constant at (1-based row, 0-based col). Text always gets the text format "@", so a name that
   * begins with "=" stays text and never becomes a formula; null and undefined leave the cell empty.
   */
  set(row: number, col: number, value: TableValue | null | undefined, format?: string): void {
    if (value === null || value === undefined) return;
    this.values[row - 1]![col] = value;
    this.formats[row - 1]![col] = format ?? (typeof value === 'string' ? '@' : 'General');
  }
}

/** Worksheet name: Excel allows 31 characters and none of []:*?/\ . */
export const safeSheetName = (raw: string) => excelSheetName(raw);

/** A text inside a formula's string literal ("Tốt" → "\"Tốt\"", quotes doubled). */
export const formulaText = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Fills of the classification labels, best first; later labels reuse the last. */
export const CLASS_FILLS = ['#C6EFCE', '#DDEBF7', '#FFEB9C', '#FCE4D6', '#FFC7CE'] as const;

/**
 * The labels a table shows, in fill order: the plan's bands best first (`known`), then any other label as it
 * first appears, so the same label has the same fill on every sheet.
 */
export function classificationOrder(known: readonly string[] | undefined, seen: readonly string[]): string[] {
  const shown = new Set(seen);
  return [...new Set([...(known ?? []), ...seen])].filter((l) => shown.has(l));
}

/** The fill of the label at `i` of a `classificationOrder`. */
export const classFill = (i: number): string => CLASS_FILLS[Math.min(i, CLASS_FILLS.length - 1)]!;
/** Fill of an over-quota row. */
export const OVER_FILL = '#FFC7CE';
/** Fill of an appraised score that differs from the self score. */
export const CHANGED_FILL = '#FFEB9C';
/** Fill of header rows. */
export const HEADER_FILL = '#D9E1F2';

/**
 * Where a table sheet's parts stand (rows 1-based, columns 0-based): the title in row 1, the subtitle in rows
 * 2 to `subtitleTo`, the header in rows `header` to `headerTo`, the data below it to `lastRow`.
 */
export interface Frame {
  subtitleTo: number;
  header: number;
  headerTo: number;
  lastRow: number;
  lastCol: number;
}

/** A large bold title, an italic subtitle, a bold centred filled header, a grid from the header down. */
export function frameStyles(f: Frame): StyleBlock[] {
  return [
    { address: area(1, 0, 1, f.lastCol), bold: true, size: 14 },
    { address: area(2, 0, f.subtitleTo, f.lastCol), italic: true },
    {
      address: area(f.header, 0, f.headerTo, f.lastCol),
      bold: true,
      hAlign: 'center',
      wrap: true,
      fill: HEADER_FILL,
    },
    { address: area(f.header, 0, f.lastRow, f.lastCol), grid: true },
  ];
}

/** Printed landscape, the whole sheet, the header rows repeated on every page, the common footer. */
export function landscapePrint(f: Frame): NonNullable<TablePlan['print']> {
  return {
    orientation: 'Landscape',
    area: area(1, 0, f.lastRow, f.lastCol),
    titleRows: `$${f.header}:$${f.headerTo}`,
    footer: tableText.footer,
  };
}

/**
 * A plain framed list (the register, the registrations, the calendar): the block's cells under the common
 * frame, the header frozen, printed landscape, no charts or rules; `styles` are added over the frame's.
 */
export function listTable(
  b: Block,
  o: {
    name: string;
    identity: TablePlan['identity'];
    source: string;
    header: number;
    widths: number[];
    styles?: StyleBlock[];
  },
): TablePlan {
  const frame = {
    subtitleTo: o.header - 1,
    header: o.header,
    headerTo: o.header,
    lastRow: b.rows,
    lastCol: b.cols - 1,
  };
  return {
    name: safeSheetName(o.name),
    identity: o.identity,
    source: o.source,
    rows: b.rows,
    cols: b.cols,
    values: b.values,
    numberFormats: b.formats,
    merges: [],
    styles: [...frameStyles(frame), ...(o.styles ?? [])],
    widths: o.widths,
    conditional: [],
    charts: [],
    freezeRows: o.header,
    readOnly: false,
    print: landscapePrint(frame),
  };
}
