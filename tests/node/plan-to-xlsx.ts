/**
 * Writes a sheet plan to an .xlsx with exceljs, the way the Excel adapter writes it into a worksheet:
 * constants and formulas, number formats, merges, widths, validation and print setup. Formulas are written
 * WITHOUT cached results, so whatever reads the numbers back must have computed them.
 */
import ExcelJS from 'exceljs';
import { colLetter, parseCell } from '../../addin/src/sheets/a1';
import type { SheetPlan, StyleBlock } from '../../addin/src/sheets/types';

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
      // As Excel reads the add-in's write: "=…" a formula, "'…" text without its prefix.
      cell.value =
        typeof content === 'string' && content.startsWith('=')
          ? { formula: content.slice(1), date1904: false }
          : typeof content === 'string' && content.startsWith("'")
            ? content.slice(1)
            : content;
      const fmt = plan.numberFormats[r]![c]!;
      if (fmt !== 'General') cell.numFmt = fmt;
    });
  });
  for (let r = 1; r <= plan.rows; r++) {
    for (let c = 1; c <= plan.cols; c++)
      ws.getCell(r, c).font = { name: plan.font.name, size: plan.font.size };
  }
  plan.columns.forEach((spec, i) => {
    const col = ws.getColumn(colLetter(i));
    col.width = spec.width;
    if (spec.hidden) col.hidden = true;
  });
  for (const m of plan.merges) ws.mergeCells(m);
  for (const style of plan.styles) applyStyle(ws, style);
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = height;
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

/** Applies a style block cell by cell, as the adapter does range by range. */
function applyStyle(ws: ExcelJS.Worksheet, s: StyleBlock): void {
  const [a, b = a] = s.address.split(':') as [string, string?];
  const from = parseCell(a)!;
  const to = parseCell(b!)!;
  const thin = { style: 'thin' } as const;
  for (let r = from.row; r <= to.row; r++) {
    for (let c = from.col; c <= to.col; c++) {
      const cell = ws.getCell(r, c + 1);
      cell.font = {
        ...cell.font,
        ...(s.bold !== undefined ? { bold: s.bold } : {}),
        ...(s.italic !== undefined ? { italic: s.italic } : {}),
        ...(s.underline ? { underline: true } : {}),
        ...(s.size !== undefined ? { size: s.size } : {}),
      };
      if (s.hAlign || s.vAlign || s.wrap !== undefined)
        cell.alignment = {
          ...cell.alignment,
          ...(s.hAlign ? { horizontal: s.hAlign } : {}),
          ...(s.vAlign ? { vertical: s.vAlign === 'center' ? 'middle' : 'top' } : {}),
          ...(s.wrap !== undefined ? { wrapText: s.wrap } : {}),
        };
      if (s.grid) cell.border = { top: thin, bottom: thin, left: thin, right: thin };
      if (s.fill)
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill.slice(1)}` } };
    }
  }
}

/** Sets one cell of a plan's copy (1-based row, 0-based column), for "change an input" checks. */
export function withCell(plan: SheetPlan, row: number, col: number, value: string | number): SheetPlan {
  const cells = plan.cells.map((r) => [...r]);
  cells[row - 1]![col] = value;
  return { ...plan, cells };
}
