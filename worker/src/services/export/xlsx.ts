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

export async function toXlsx(
  sheetName: string,
  rows: readonly (readonly Cell[])[],
  frozenColumns = 3,
): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = wmsg.workbookCreator;
  const ws = wb.addWorksheet(excelSheetName(sheetName), {
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
  const buf = await wb.xlsx.writeBuffer();
  return buf as ArrayBuffer;
}
