import { describe, expect, it } from 'vitest';
import { campaign, group, template, unit } from '../../test/fixtures';
import { writeSheet } from '../excel/workbook';
import { buildSheetPlan } from '../sheets/layout';
import { parseAddress } from './address';
import { gridModel } from './grid-model';
import { PreviewWorkbook } from './workbook';

const plan = buildSheetPlan({
  campaign,
  group,
  unit,
  template,
  mode: 'unit',
  sheet: { revision: 1, status: 'draft', entries: [] },
});

/** A workbook with one unprotected sheet "S" on which `f` queues range calls. */
async function sheetWith(f: (ws: Excel.Worksheet) => void) {
  const book = new PreviewWorkbook();
  await book.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add('S');
    ws.getRange('A1:F6').values = Array.from({ length: 6 }, () => Array(6).fill('x'));
    f(ws);
  });
  return { book, ws: book.sheets[0]! };
}

const areas = (ws: { merges: { r1: number; c1: number; r2: number; c2: number }[] }) =>
  ws.merges.map((m) => `${m.r1},${m.c1}:${m.r2},${m.c2}`).sort();

describe('preview workbook: merged cells', () => {
  it('records the sheet plan’s merged areas once, also after a rewrite of the sheet', async () => {
    const book = new PreviewWorkbook();
    const { worksheetId } = await writeSheet(book.run, plan, book.strict.caps);
    const ws = book.sheet(worksheetId);
    const expected = plan.merges.map((a) => {
      const r = parseAddress(a);
      return `${r.r1},${r.c1}:${r.r2},${r.c2}`;
    });
    expect(expected.length).toBeGreaterThan(3);
    expect(areas(ws)).toEqual(expected.sort());
    await writeSheet(book.run, plan, book.strict.caps);
    expect(areas(ws)).toEqual(expected.sort());
  });

  it('draws a merged title as one cell over its visible columns, the cells under it skipped', async () => {
    const book = new PreviewWorkbook();
    const { worksheetId } = await writeSheet(book.run, plan, book.strict.caps);
    const ws = book.sheet(worksheetId);
    const model = gridModel(ws);
    const hidden = [...ws.hiddenColumns];
    expect(hidden).toHaveLength(1); // the effective score, inside the title's span
    expect(model.cols).not.toContain(hidden[0]);
    const title = parseAddress(plan.merges.find((a) => /^A5:/.test(a))!);
    const row5 = model.rows[4]!;
    const first = row5.cells[0]!;
    expect(first).toMatchObject({ address: 'A5', rowSpan: 1 });
    expect(first.colSpan).toBe(model.cols.filter((c) => c >= title.c1 && c <= title.c2!).length);
    expect(String(first.cell?.value)).toContain(String(campaign.year));
    // Every row covers every visible column exactly once.
    for (const { cells } of model.rows)
      expect(cells.reduce((n, x) => n + x.colSpan, 0)).toBe(model.cols.length);
    // A row without merged areas draws each column.
    expect(model.rows[plan.layout.criteria[0]!.row - 1]!.cells.every((x) => x.colSpan === 1)).toBe(true);
  });

  it('spans rows and columns, anchors at the first visible column, and shows the top-left value', async () => {
    const { ws } = await sheetWith((s) => {
      s.getRange('B2').values = [['góc']];
      s.getRange('C2').values = [['dưới']];
      s.getRange('B2:C4').merge(false);
      s.getRange('A5:C5').merge(false);
      s.getRange('A:A').columnHidden = true;
    });
    const model = gridModel(ws);
    expect(model.cols).toEqual([1, 2, 3, 4, 5]);
    expect(model.rows[1]!.cells[0]).toMatchObject({ address: 'B2', rowSpan: 3, colSpan: 2 });
    expect(model.rows[1]!.cells[0]!.cell?.value).toBe('góc');
    expect(model.rows[2]!.cells.map((x) => x.address)).toEqual(['D3', 'E3', 'F3']);
    expect(model.rows[3]!.cells.map((x) => x.address)).toEqual(['D4', 'E4', 'F4']);
    // A5:C5 with column A hidden: drawn from B5 over B and C, still the top-left cell A5.
    expect(model.rows[4]!.cells[0]).toMatchObject({ col: 1, address: 'A5', colSpan: 2 });
  });

  it('merges each row apart when across, and a single cell is no merged area', async () => {
    const { ws } = await sheetWith((s) => {
      s.getRange('A1:C2').merge(true);
      s.getRange('E1').merge(false);
    });
    expect(areas(ws)).toEqual(['1,0:1,2', '2,0:2,2']);
  });

  it('unmerges the areas a range overlaps, and clearing a range unmerges what it touches', async () => {
    const { book, ws } = await sheetWith((s) => {
      s.getRange('A1:C1').merge(false);
      s.getRange('A2:C2').merge(false);
      s.getRange('A3:B4').merge(false);
      s.getRange('D5:F6').merge(false);
    });
    expect(ws.merges).toHaveLength(4);
    await book.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem(ws.id);
      s.getRange('B2').unmerge();
      s.getRange('B4:C4').clear();
    });
    expect(areas(ws)).toEqual(['1,0:1,2', '5,3:6,5']);
    // Merging over an existing area replaces it.
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(ws.id).getRange('B1:D1').merge(false);
    });
    expect(areas(ws)).toEqual(['1,1:1,3', '5,3:6,5']);
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(ws.id).getRange().unmerge();
    });
    expect(ws.merges).toEqual([]);
  });

  it('types into a merged area’s top-left cell, and selecting inside one selects that cell', async () => {
    const { book, ws } = await sheetWith((s) => {
      s.getRange('B2:D3').merge(false);
    });
    expect(book.type(ws.id, 'C3', 'Tiêu đề')).toEqual({ ok: true });
    expect(ws.get('B2').value).toBe('Tiêu đề');
    expect(ws.get('C3').value).toBe('x');
    book.select(ws.id, 'D2');
    expect(ws.selection).toBe('B2');
    expect(gridModel(ws).rows[1]!.cells[1]!.cell?.value).toBe('Tiêu đề');
  });

  it('refuses typing into a merged area whose top-left cell is locked on a protected sheet', async () => {
    const book = new PreviewWorkbook();
    const { worksheetId } = await writeSheet(book.run, plan, book.strict.caps);
    const r = book.type(worksheetId, 'C5', 'x');
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('Ô A5 đã khóa') });
  });

  it('lets a text without wrap run over blank cells to its right, as Excel draws a title not merged', async () => {
    const { ws } = await sheetWith((s) => {
      s.getRange('A1:F6').clear();
      s.getRange('A1:C3').values = [
        ['Bảng xếp hạng thi đua năm 2023', '', ''],
        ['Tên đơn vị rất dài', 'B2', ''],
        ['Ghi chú', '', ''],
      ];
      s.getRange('A3').format.wrapText = true;
      s.getRange('A4:C4').values = [[12345, '', 'Phải']];
      s.getRange('C4').format.horizontalAlignment = 'Right';
      s.getRange('A5:B5').merge(false);
      s.getRange('A5').values = [['Gộp']];
    });
    const runs = gridModel(ws).rows.map((r) => r.cells.filter((x) => x.overflow).map((x) => x.address));
    expect(runs).toEqual([
      ['A1'], // a title over blank cells
      ['B2'], // A2's neighbour holds a value: Excel cuts it there; B2 runs over C2
      [], // wrapped
      [], // a number never runs over; a right-aligned text is the last column here
      [], // merged areas are drawn whole
    ]);
    expect(ws.get('A3').wrap).toBe(true);
  });
});
