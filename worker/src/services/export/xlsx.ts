/**
 * An xlsx workbook of a table (exceljs, which runs in workerd under nodejs_compat): a bold header row,
 * panes frozen below the header and right of the first `frozenColumns` columns, number cells formatted with
 * two decimals, text cells neutralised against formula injection like the CSV. The table prints on A3
 * landscape at 100 %, page after page across, each repeating the header row and the frozen columns (decision
 * 0033: a 95-column matrix squeezed onto one page width cannot be read). An optional `first` sheet (the
 * group's summary) comes before it, printed one page wide on A4 landscape.
 */

import ExcelJS from 'exceljs';
import { excelSheetName } from '../../../../shared/sheet-name';
import { wmsg } from '../../messages';
import type { Cell } from './csv';
import { neutralise } from './neutralise';

/** A further sheet of the workbook: its name (made a valid sheet name) and its rows, the first a title. */
export interface ExtraSheet {
  name: string;
  rows: readonly (readonly Cell[])[];
}

export interface XlsxOptions {
  /** A sheet before the table, laid out like it (header row 1); `percent` lists 0-based share columns. */
  first?: ExtraSheet & { percent?: readonly number[] };
}

/** The OOXML paper size code of A3 (exceljs's type lists A4 = 9 but not A3 = 8, which it writes as given). */
export const PAPER_A3 = 8 as number as ExcelJS.PaperSize;
const PAPER_A4 = 9 as number as ExcelJS.PaperSize;

const letter = (n: number) => String.fromCharCode(64 + n);

/** A header row and data rows, panes frozen at the header and the first `frozen` columns. */
function addTable(
  wb: ExcelJS.Workbook,
  name: string,
  rows: readonly (readonly Cell[])[],
  frozen: number,
  percent: readonly number[] = [],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: frozen, ySplit: 1 }] });
  for (const row of rows) ws.addRow(row.map((c) => (typeof c === 'string' ? neutralise(c) : c)));
  ws.getRow(1).font = { bold: true };
  ws.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell((cell, col) => {
      if (typeof cell.value !== 'number') return;
      cell.numFmt = col === 1 ? '0' : percent.includes(col - 1) ? '0.0%' : '0.00';
    });
  });
  ws.columns.forEach((col, i) => {
    col.width = i === 2 ? 36 : 14;
  });
  return ws;
}

export async function toXlsx(
  sheetName: string,
  rows: readonly (readonly Cell[])[],
  frozenColumns = 3,
  extra: readonly ExtraSheet[] = [],
  options: XlsxOptions = {},
): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = wmsg.workbookCreator;
  const used = new Set<string>();
  // Two sheets of a workbook may not share a name (case-insensitive): number the later one.
  const freeName = (raw: string) => {
    let name = excelSheetName(raw);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = excelSheetName(`${raw.slice(0, 26)} (${n})`);
    used.add(name.toLowerCase());
    return name;
  };
  if (options.first) {
    const f = options.first;
    const ws = addTable(wb, freeName(f.name), f.rows, 3, f.percent);
    ws.pageSetup = {
      paperSize: PAPER_A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    };
  }
  const main = freeName(sheetName);
  const ws = addTable(wb, main, rows, frozenColumns);
  ws.pageSetup = {
    paperSize: PAPER_A3,
    orientation: 'landscape',
    scale: 100,
    printTitlesRow: '1:1',
    ...(frozenColumns > 0 ? { printTitlesColumn: `A:${letter(frozenColumns)}` } : {}),
  };
  for (const x of extra) {
    const sheet = wb.addWorksheet(freeName(x.name));
    for (const row of x.rows) sheet.addRow(row.map((c) => (typeof c === 'string' ? neutralise(c) : c)));
    sheet.getRow(2).font = { bold: true };
    sheet.columns.forEach((col, i) => {
      col.width = i === 5 ? 40 : 14;
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  return buf as ArrayBuffer;
}
