/**
 * Writes a sheet plan to an .xlsx with exceljs, the way the Excel adapter writes it into a worksheet:
 * constants and formulas, number formats, merges, widths, validation and print setup. Formulas are written
 * WITHOUT cached results, so whatever reads the numbers back must have computed them.
 */
import ExcelJS from 'exceljs';
import { colLetter } from '../../addin/src/sheets/a1';
import type { SheetPlan } from '../../addin/src/sheets/types';

export function planToWorkbook(plan: SheetPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(plan.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: plan.print.area,
      printTitlesRow: plan.print.titleRows.replaceAll('$', ''),
    },
  });
  plan.cells.forEach((row, r) => {
    row.forEach((content, c) => {
      if (content === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value =
        typeof content === 'string' && content.startsWith('=')
          ? { formula: content.slice(1), date1904: false }
          : content;
      const fmt = plan.numberFormats[r]![c]!;
      if (fmt !== 'General') cell.numFmt = fmt;
      cell.font = { name: plan.font.name, size: plan.font.size };
    });
  });
  plan.columns.forEach((spec, i) => {
    const col = ws.getColumn(colLetter(i));
    col.width = spec.width;
    if (spec.hidden) col.hidden = true;
  });
  for (const m of plan.merges) ws.mergeCells(m);
  for (const v of plan.validations) {
    ws.getCell(v.address.split(':')[0]!).dataValidation = {
      type: 'decimal',
      operator: 'between',
      formulae: [0, v.max],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    };
  }
  return wb;
}

/** Sets one cell of a plan's copy (1-based row, 0-based column), for "change an input" checks. */
export function withCell(plan: SheetPlan, row: number, col: number, value: string | number): SheetPlan {
  const cells = plan.cells.map((r) => [...r]);
  cells[row - 1]![col] = value;
  return { ...plan, cells };
}
