/**
 * Queues a sheet plan's writes on a worksheet — values, formats, merges, validation, protection, print
 * setup — on a new worksheet: the caller syncs once for all of it whatever the number of criteria, unless
 * the cells exceed a sync's budget (./cells.ts), which then calls `flush` between row blocks.
 */
import { area, colLetter } from '../sheets/a1';
import type { GridPlan, SheetPlan, StyleBlock } from '../sheets/types';
import { type Flush, writeCells } from './cells';
import type { Capabilities } from './types';

/** Excel's column width is in points; a character of the default font is about 5.6 points wide. */
export const POINTS_PER_CHAR = 5.6;
/** Points in a millimetre (page margins). */
export const MM = 2.835;
export const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;
export const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center' } as const;

export function queueStyle(ws: Excel.Worksheet, s: StyleBlock): void {
  const f = ws.getRange(s.address).format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.underline) f.font.underline = 'Single';
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color) f.font.color = s.color;
  if (s.fill) f.fill.color = s.fill;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.grid) {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
    }
  }
}

/** Queues the cells with their number formats and font, the column widths, the merges and the styles. */
export async function queueGrid(ws: Excel.Worksheet, plan: GridPlan, flush: Flush): Promise<void> {
  await writeCells(
    ws,
    { row: 1, col: 0, cells: plan.cells, numberFormats: plan.numberFormats, as: 'formulas' },
    flush,
  );
  const block = ws.getRange(area(1, 0, plan.rows, plan.cols - 1));
  block.format.font.name = plan.font.name;
  block.format.font.size = plan.font.size;
  block.format.verticalAlignment = 'Center';

  plan.columns.forEach((c, i) => {
    const col = ws.getRange(`${colLetter(i)}:${colLetter(i)}`);
    col.format.columnWidth = Math.round(c.width * POINTS_PER_CHAR);
    // Set both ways: a rewrite may move the hidden helper column, and clearing a sheet never unhides one.
    col.columnHidden = c.hidden === true;
  });
  for (const address of plan.merges) ws.getRange(address).merge(false);
  for (const s of plan.styles) queueStyle(ws, s);
}

/** Protects a form-like sheet: rows and columns may be resized, not inserted or deleted. */
export function queueProtect(ws: Excel.Worksheet): void {
  ws.protection.protect({
    allowFormatColumns: true,
    allowFormatRows: true,
    allowInsertRows: false,
    allowDeleteRows: false,
    allowInsertColumns: false,
    allowDeleteColumns: false,
    selectionMode: 'Normal',
  });
}

export async function queuePlan(
  ws: Excel.Worksheet,
  plan: SheetPlan,
  caps: Capabilities,
  flush: Flush,
): Promise<void> {
  await queueGrid(ws, plan, flush);
  const table = ws.getRange(area(plan.layout.headerRow + 1, 0, plan.layout.lastRow, plan.cols - 1));
  table.format.autofitRows();
  for (const [row, height] of Object.entries(plan.rowHeights))
    ws.getRange(`${row}:${row}`).format.rowHeight = height;

  // Data validation is ExcelApi 1.8, the manifest's floor; the flag stays for hosts that report less.
  if (caps.dataValidation) {
    for (const v of plan.validations) {
      const dv = ws.getRange(v.address).dataValidation;
      dv.clear();
      dv.ignoreBlanks = true;
      dv.rule = { decimal: { formula1: 0, formula2: v.max, operator: 'Between' } };
      dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
      // A warning, not a stop: "18,5" typed as text must reach the read-back, which reads it as 18.5.
      dv.errorAlert = { showAlert: true, style: 'Warning', title: v.alertTitle, message: v.alert };
    }
  }

  if (caps.pageLayout) {
    const p = ws.pageLayout;
    p.orientation = 'Portrait';
    p.paperSize = 'A4';
    // Fit to one page wide; the height allowance is generous so only the width decides the scale.
    p.zoom = { horizontalFitToPages: 1, verticalFitToPages: Math.max(1, Math.ceil(plan.rows / 20)) };
    p.setPrintArea(plan.print.area);
    p.setPrintTitleRows(plan.print.titleRows);
    p.centerHorizontally = true;
    p.leftMargin = 30 * MM;
    p.rightMargin = 15 * MM;
    p.topMargin = 20 * MM;
    p.bottomMargin = 20 * MM;
    p.headersFooters.defaultForAllPages.centerFooter = plan.print.footer;
  }
  if (caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);

  for (const address of plan.unlocked) ws.getRange(address).format.protection.locked = false;
  queueProtect(ws);
}
