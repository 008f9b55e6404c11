/**
 * An xlsx workbook of a table (exceljs, which runs in workerd under nodejs_compat): a bold header row,
 * panes frozen below the header and right of the first `frozenColumns` columns, number cells formatted with
 * two decimals, text cells neutralised against formula injection like the CSV.
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

export async function toXlsx(
  sheetName: string,
  rows: readonly (readonly Cell[])[],
  frozenColumns = 3,
  extra: readonly ExtraSheet[] = [],
): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = wmsg.workbookCreator;
  const main = excelSheetName(sheetName);
  const ws = wb.addWorksheet(main, {
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }],
  });
  for (const row of rows) ws.addRow(row.map((c) => (typeof c === 'string' ? neutralise(c) : c)));
  ws.getRow(1).font = { bold: true };
  ws.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell((cell, col) => {
      if (typeof cell.value === 'number') cell.numFmt = col === 1 ? '0' : '0.00';
    });
  });
  ws.columns.forEach((col, i) => {
    col.width = i === 2 ? 36 : 14;
  });
  const used = new Set([main.toLowerCase()]);
  for (const x of extra) {
    // Two sheets of a workbook may not share a name (case-insensitive): number the later one.
    let name = excelSheetName(x.name);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = excelSheetName(`${x.name.slice(0, 26)} (${n})`);
    used.add(name.toLowerCase());
    const sheet = wb.addWorksheet(name);
    for (const row of x.rows) sheet.addRow(row.map((c) => (typeof c === 'string' ? neutralise(c) : c)));
    sheet.getRow(2).font = { bold: true };
    sheet.columns.forEach((col, i) => {
      col.width = i === 5 ? 40 : 14;
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  return buf as ArrayBuffer;
}
