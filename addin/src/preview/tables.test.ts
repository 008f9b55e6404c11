import { describe, expect, it } from 'vitest';
import { consolidatedOf, quotaRows, rankingsOf, snapshotHead } from '../../test/secretariat-fixtures';
import { writeTables } from '../excel/tables';
import { CHANGED_FILL, CLASS_FILLS, OVER_FILL } from '../tables/block';
import { consolidatedTable } from '../tables/consolidated';
import { quotasTable } from '../tables/quotas';
import { RANKINGS_HEADER_ROW, rankingsTable } from '../tables/rankings';
import { shiftFormula } from './shift-formula';
import { PreviewWorkbook } from './workbook';

const AT = '2023-12-01T08:00:00+07:00';
const H = RANKINGS_HEADER_ROW;

describe('preview workbook: the pulled tables', () => {
  it('shifts relative references of a conditional format’s formula, never absolute ones or text', () => {
    expect(shiftFormula('=$G5="Tốt"', 3, 2)).toBe('=$G8="Tốt"');
    expect(shiftFormula('=AND(F5>0,$A$1<>"B5")', 1, 1)).toBe('=AND(G6>0,$A$1<>"B5")');
  });

  it('pulls rankings and quotas, then again: the same tabs in the same order, new content, no leftovers', async () => {
    const book = new PreviewWorkbook();
    const first = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(3, 8) });
    const quotas = quotasTable({ campaign: 'C', title: 'T', rules: quotaRows, at: AT });
    const r1 = await writeTables(book.run, [first, quotas], book.strict.caps);
    expect(book.syncs).toBe(3);
    expect(book.sheets.map((s) => s.name)).toEqual(['Bảng xếp hạng', 'Chỉ tiêu']);
    const ranking = book.sheet(r1.tables[0]!.worksheetId);
    expect(ranking.rowCount).toBe(H + 24);
    expect(ranking.charts.map((c) => c.source)).toEqual(['E5:F11', 'E13:F19', 'E21:F27']);
    // The row of a "Xuất sắc" unit is filled by its conditional format; the unranked unit's row is not.
    expect(ranking.conditionalFill(H + 1, 0)).toBe(CLASS_FILLS[0]);
    expect(ranking.conditionalFill(H + 8, 0)).toBeNull();
    const quota = book.sheet(r1.tables[1]!.worksheetId);
    expect(quota.conditionalFill(5, 2)).toBe(OVER_FILL);
    expect(quota.conditionalFill(6, 2)).toBeNull();

    // The user renames the ranking tab and adds a sheet of their own after the two, then moves it first.
    ranking.name = 'Xếp hạng của tôi';
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.add('Ghi chú').position = 0;
      await ctx.sync();
    });
    const second = rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(1, 5) });
    const r2 = await writeTables(book.run, [second, quotas], book.strict.caps);
    expect(r2.syncs).toBe(3);
    // New worksheets (the old ones were deleted only once these were complete and recorded), in the old
    // tabs' names and places: what the user sees is the same tabs, no duplicate, the new content.
    const ids = r2.tables.map((t) => t.worksheetId);
    for (const id of ids) expect(r1.tables.map((t) => t.worksheetId)).not.toContain(id);
    expect(book.sheets.map((s) => s.name)).toEqual(['Ghi chú', 'Xếp hạng của tôi', 'Chỉ tiêu']);
    expect(book.sheets.slice(1).map((s) => s.id)).toEqual(ids);
    const again = book.sheet(ids[0]!);
    expect(again.rowCount).toBe(H + 5);
    expect(again.get(`A${H + 6}`).value).toBe('');
    expect(again.charts.map((c) => c.source)).toEqual(['E5:F8']);
    // The two rules of the first pull went with the old worksheet; the second pull's one class gives one rule.
    expect(again.rules.map((r) => r.formula)).toEqual(['=$G5="Xuất sắc"']);
    expect(book.sheet(ids[1]!).conditionalFill(5, 2)).toBe(OVER_FILL);
    expect(book.active?.id).toBe(ids[0]);
  });

  it('opens a snapshot: header with SHA-256, values, changed scores filled, protected, print set', async () => {
    const book = new PreviewWorkbook();
    const g = consolidatedOf(5, 4);
    const plan = consolidatedTable({ campaign: 'C', snapshot: snapshotHead, group: g });
    await writeTables(book.run, [plan], book.strict.caps);
    const ws = book.sheets[0]!;
    expect(ws.name).toBe('TH K1');
    expect(ws.get('A3').value).toBe(`SHA-256: ${snapshotHead.sha256}`);
    expect(ws.get('D7').value).toBe(g.rows[0]!.self[0]!);
    expect(ws.get('E7').fill).toBe(CHANGED_FILL); // unit 1, criterion 1: appraised 0.5 lower
    expect(ws.get('H7').fill).toBeUndefined();
    expect(ws.protected).toBe(true);
    // A3 landscape at 100 %, pages across repeating the header rows and the unit columns (decision 0033).
    expect(ws.print).toEqual({
      orientation: 'Landscape',
      paper: 'A3',
      fitToWidth: false,
      area: 'A1:Q11',
      titleRows: '$5:$6',
      titleColumns: '$A:$C',
    });
    expect([ws.frozenRows, ws.frozenColumns]).toEqual([6, 3]);
    expect(book.type(ws.id, 'D7', '10')).toMatchObject({ ok: false });
  });
});
