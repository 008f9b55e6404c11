/**
 * Queues one table plan (../tables/) on a fresh worksheet, every write counted into the pull's shared
 * batch (cells.ts `SyncBatch`), which syncs whenever the next write would take it over the budget: values
 * and number formats in row blocks (`writeCells`), then widths, merges, styles, conditional formats (plain
 * fills of the matching rows without ExcelApi 1.6), frozen rows and print setup where the host has them,
 * the charts, and the read-only protection last (charts cannot be added to a protected sheet).
 */
import { colLetter } from '../sheets/a1';
import { OP_BYTES } from '../tables/payload';
import type { TablePlan } from '../tables/types';
import { EDGES, MM, POINTS_PER_CHAR, queueProtect, queueStyle } from './apply-plan';
import { type SyncBatch, writeCells } from './cells';
import type { Capabilities } from './types';

export async function queueTable(
  ws: Excel.Worksheet,
  plan: TablePlan,
  caps: Capabilities,
  batch: SyncBatch,
): Promise<void> {
  // Formats first (writeCells): a text cell then keeps "=x" or "1.1" as typed, never a formula or a number.
  await writeCells(
    ws,
    { row: 1, col: 0, cells: plan.values, numberFormats: plan.numberFormats, as: 'values' },
    batch,
  );
  for (const [i, width] of plan.widths.entries()) {
    await batch.reserve(OP_BYTES);
    ws.getRange(`${colLetter(i)}:${colLetter(i)}`).format.columnWidth = Math.round(width * POINTS_PER_CHAR);
  }
  for (const address of plan.merges) {
    await batch.reserve(OP_BYTES);
    ws.getRange(address).merge(false);
  }
  for (const s of plan.styles) {
    await batch.reserve(OP_BYTES * (s.grid ? EDGES.length : 1));
    queueStyle(ws, s);
  }
  for (const rule of plan.conditional) {
    if (caps.conditionalFormats) {
      await batch.reserve(OP_BYTES * 2);
      const cf = ws.getRange(rule.address).conditionalFormats.add('Custom');
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.fill;
    } else {
      for (const address of rule.matches) {
        await batch.reserve(OP_BYTES);
        ws.getRange(address).format.fill.color = rule.fill;
      }
    }
  }
  await batch.reserve(OP_BYTES * 12);
  if (caps.freezePanes && plan.freezeColumns) {
    // Rows and columns at once: the top-left block that stays put (same requirement set, ExcelApi 1.7).
    ws.freezePanes.freezeAt(`A1:${colLetter(plan.freezeColumns - 1)}${Math.max(plan.freezeRows, 1)}`);
  } else if (caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
  if (caps.pageLayout && plan.print) queuePrint(ws, plan);
  for (const spec of plan.charts) {
    await batch.reserve(OP_BYTES * 5);
    const chart = ws.charts.add(spec.type, ws.getRange(spec.source), 'Columns');
    chart.name = spec.name;
    chart.title.text = spec.title;
    chart.legend.visible = false;
    chart.setPosition(spec.from, spec.to);
  }
  if (plan.readOnly) {
    await batch.reserve(OP_BYTES);
    queueProtect(ws);
  }
}

function queuePrint(ws: Excel.Worksheet, plan: TablePlan): void {
  const print = plan.print!;
  const p = ws.pageLayout;
  p.orientation = print.orientation;
  p.paperSize = print.paper ?? 'A4';
  p.setPrintArea(print.area);
  p.setPrintTitleRows(print.titleRows);
  if (print.titleColumns) {
    // Pages follow each other across, each repeating the unit columns, at a legible 100 %.
    p.setPrintTitleColumns(print.titleColumns);
    p.zoom = { scale: 100 };
  } else {
    // One page wide; the height allowance is generous so only the width decides the scale.
    p.zoom = { horizontalFitToPages: 1, verticalFitToPages: Math.max(1, Math.ceil(plan.rows / 25)) };
  }
  p.leftMargin = 10 * MM;
  p.rightMargin = 10 * MM;
  p.topMargin = 15 * MM;
  p.bottomMargin = 15 * MM;
  p.headersFooters.defaultForAllPages.centerFooter = print.footer;
}
