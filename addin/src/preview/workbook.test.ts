import { describe, expect, it } from 'vitest';
import { campaign, group, template, unit } from '../../test/fixtures';
import {
  applyFixes,
  listSheets,
  MARK,
  markCells,
  readSheet,
  selectCell,
  writeSheet,
} from '../excel/workbook';
import { cell } from '../sheets/a1';
import { buildSheetPlan } from '../sheets/layout';
import { parseAddress } from './address';
import { PreviewWorkbook } from './workbook';

const plan = buildSheetPlan({
  campaign,
  group,
  unit,
  template,
  mode: 'unit',
  sheet: { revision: 1, status: 'draft', entries: [] },
});
const c = plan.layout.columns;
const first = plan.layout.criteria[0]!;
const second = plan.layout.criteria[1]!;

describe('preview workbook: the Excel slice the adapter uses', () => {
  it('parses A1 cells, rectangles, whole columns and whole rows', () => {
    expect(parseAddress('B3')).toEqual({ r1: 3, c1: 1, r2: 3, c2: 1 });
    expect(parseAddress('C5:A1')).toEqual({ r1: 1, c1: 0, r2: 5, c2: 2 });
    expect(parseAddress('B:B')).toEqual({ r1: 1, c1: 1, r2: null, c2: 1 });
    expect(parseAddress('5:5')).toEqual({ r1: 5, c1: 0, r2: 5, c2: null });
    expect(() => parseAddress('nope')).toThrow(/InvalidArgument/);
  });

  it('writes a new sheet in 3 syncs and a rewrite in 3, with values, bold, locking and protection', async () => {
    const book = new PreviewWorkbook();
    const stored = await writeSheet(book.run, plan, book.strict.caps);
    expect(book.syncs).toBe(3);
    expect(stored.worksheetId).toBe('preview-1');
    const ws = book.sheet('preview-1');
    expect(ws.name).toBe(plan.name);
    expect(ws.protected).toBe(true);
    expect(book.active).toBe(ws);
    expect(ws.get(cell(first.row, c.tt)).value).toBe(first.code);
    expect(ws.rowCount).toBe(plan.rows);
    const bold = plan.styles.find((s) => s.bold && !s.address.includes(':'));
    if (bold) expect(ws.get(bold.address).bold).toBe(true);
    expect(ws.get(cell(first.row, c.self)).locked).toBe(false);
    expect(ws.get(cell(first.row, c.tt)).locked).toBe(true);
    expect(JSON.parse(book.settings.values().next().value!).worksheetId).toBe('preview-1');

    // The rewrite goes into a new worksheet, swapped for the old one once complete: same name and place.
    const again = await writeSheet(book.run, plan, book.strict.caps);
    expect(book.syncs).toBe(6);
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0]!.id).toBe(again.worksheetId);
    expect(book.sheets[0]!.name).toBe(plan.name);
    expect(book.sheets[0]!.protected).toBe(true);
    expect(await listSheets(book.run)).toHaveLength(1);
  });

  it('lets a person type only into unlocked cells, reads typed scores back, marks and fixes them', async () => {
    const book = new PreviewWorkbook();
    const { worksheetId: id } = await writeSheet(book.run, plan, book.strict.caps);
    const changes: number[] = [];
    book.onChange(() => changes.push(book.syncs));

    const locked = book.type(id, cell(first.row, c.tt), 'x');
    expect(locked).toMatchObject({ ok: false, message: expect.stringContaining('đã khóa') });
    // The score cells' validation is a Warning: a text is refused unless the person answers "Yes".
    expect(book.type(id, cell(first.row, c.self), 'abc')).toMatchObject({
      ok: false,
      alert: { style: 'Warning' },
    });
    expect(book.type(id, cell(first.row, c.self), 'abc', true)).toEqual({ ok: true });
    // "'0,5" is a text (kept on "Yes", as in Excel): the read-back reads it as 0.5 and the sheet fixes it.
    expect(book.type(id, cell(second.row, c.self), "'0,5", true)).toEqual({ ok: true });
    expect(book.sheet(id).get(cell(second.row, c.self)).value).toBe('0,5');

    const read = await readSheet(book.run, plan, id);
    expect(read.problems.map((p) => p.address)).toEqual([cell(first.row, c.self)]);
    expect(read.entries.find((e) => e.criterion === second.code)?.self).toBe(0.5);
    await markCells(book.run, plan, id, { problems: read.problems, notices: read.notices });
    expect(book.sheet(id).get(cell(first.row, c.self)).fill).toBe(MARK.problem);
    expect(book.sheet(id).get(cell(second.row, c.self)).fill).toBe(MARK.notice);
    expect(book.sheet(id).protected).toBe(true);

    await applyFixes(book.run, id, read.fixes);
    expect(book.sheet(id).get(cell(second.row, c.self)).value).toBe(0.5);
    book.type(id, cell(first.row, c.self), '3');
    expect((await readSheet(book.run, plan, id)).problems).toEqual([]);
    // The sheet's own formulas are recalculated: 3 + 0.5 in the total row's self column.
    expect(book.sheet(id).get(cell(plan.layout.totalRow, c.self)).value).toBe(3.5);
    await markCells(book.run, plan, id, { problems: [] });
    expect(book.sheet(id).get(cell(first.row, c.self)).fill).toBeUndefined();

    await selectCell(book.run, id, cell(second.row, c.self));
    expect(book.sheet(id).selection).toBe(cell(second.row, c.self));
    expect(changes.length).toBeGreaterThanOrEqual(6);
  });

  it('shows the reason column after a refresh that brings one (clearing never unhides a column)', async () => {
    const book = new PreviewWorkbook();
    const { worksheetId: id } = await writeSheet(book.run, plan, book.strict.caps);
    expect([...book.sheet(id).hiddenColumns]).toEqual([c.effective]);
    const appraised = buildSheetPlan({
      campaign,
      group,
      unit,
      template,
      mode: 'unit',
      sheet: {
        revision: 2,
        status: 'appraised',
        entries: [
          { criterion: first.code, self: 18.5, appraised: 17, evidence: null, reason: 'Thiếu minh chứng' },
        ],
      },
    });
    const r = appraised.layout.columns;
    const rewritten = await writeSheet(book.run, appraised, book.strict.caps);
    const ws = book.sheet(rewritten.worksheetId);
    expect(r.reason).toBe(c.effective);
    expect([...ws.hiddenColumns]).toEqual([r.effective]);
    expect(ws.get(cell(first.row, r.reason!)).value).toBe('Thiếu minh chứng');
  });

  it('fails a batch on an unknown worksheet, as Excel does', async () => {
    const book = new PreviewWorkbook();
    await expect(readSheet(book.run, plan, 'nope')).rejects.toMatchObject({ name: 'ExcelOperationError' });
  });
});
