import { describe, expect, it } from 'vitest';
import { rankingsOf } from '../../test/secretariat-fixtures';
import { writeTables } from '../excel/tables';
import { CLASS_FILLS } from '../tables/block';
import { RANKINGS_HEADER_ROW, rankingsTable } from '../tables/rankings';
import { gridModel } from './grid-model';
import type { PreviewSheet } from './sheet';
import { formulaShifter, shiftFormula } from './shift-formula';
import { PreviewWorkbook } from './workbook';

/** Every cell's fill, cell by cell (`conditionalFill`) and from the one pass (`conditionalFills`). */
function bothWays(ws: PreviewSheet) {
  const { rows, cols } = ws.extent();
  const once = ws.conditionalFills();
  const byCell: (string | null)[] = [];
  const byPass: (string | null)[] = [];
  for (let r = 1; r <= rows + 1; r++)
    for (let c = 0; c <= cols; c++) {
      byCell.push(ws.conditionalFill(r, c));
      byPass.push(r <= rows && c < cols ? (once.at(r, c) ?? null) : ws.conditionalFill(r, c));
    }
  return { byCell, byPass, evaluations: once.evaluations };
}

describe('preview workbook: conditional formats evaluated once per redraw', () => {
  it('shifts a formula split once exactly as shiftFormula does, and knows which offsets move it', () => {
    const f = '=AND(F5>0,$A$1<>"B5",G$2=$H7)';
    const shift = formulaShifter(f);
    for (const [r, c] of [
      [0, 0],
      [3, 2],
      [10, 0],
      [0, 7],
    ] as const)
      expect(shift(r, c)).toBe(shiftFormula(f, r, c));
    expect(shift(1, 1)).toBe('=AND(G6>0,$A$1<>"B5",H$2=$H8)');
    expect([shift.byRows, shift.byCols]).toEqual([true, true]);
    expect([formulaShifter('=$G5="Tốt"').byRows, formulaShifter('=$G5="Tốt"').byCols]).toEqual([true, false]);
    expect([formulaShifter('=$A$1>0').byRows, formulaShifter('=$A$1>0').byCols]).toEqual([false, false]);
  });

  it('gives every cell the fill the cell-by-cell rule gives: ranges, open bounds, overlaps, no fill', async () => {
    const book = new PreviewWorkbook();
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.add('S');
      ws.getRange('A1:D6').values = [
        ['x', 1, 9, 'a'],
        ['y', 7, 2, 'b'],
        ['x', 6, 6, ''],
        ['z', 0, 8, 'x'],
        ['x', 3, 3, 'y'],
        ['', 9, 1, 'x'],
      ];
      const add = (address: string, formula: string, fill?: string) => {
        const f = ws.getRange(address).conditionalFormats.add('Custom');
        f.custom.rule.formula = formula;
        if (fill) f.custom.format.fill.color = fill;
      };
      add('A:D', '=$A1="x"', '#111111'); // whole columns, absolute column
      add('B1:C5', '=B1>5', '#222222'); // relative both ways, over the first
      add('A2:D3', '=$D$1="a"'); // no fill: never shown
      add('C4:D6', '=C4=$D4', '#333333');
    });
    const ws = book.sheets[0]!;
    const { byCell, byPass, evaluations } = bothWays(ws);
    expect(byPass).toEqual(byCell);
    expect(byCell.filter(Boolean).length).toBeGreaterThan(6);
    expect(ws.conditionalFills().at(1, 2)).toBe('#222222'); // C1 = 9 > 5, the later rule wins
    expect(ws.conditionalFills().at(1, 0)).toBe('#111111');
    expect(evaluations).toBeLessThan(6 * 4 * 3);
  });

  it('fills a 2,000-row ranking as before, evaluating each rule once per row, not once per cell', async () => {
    const book = new PreviewWorkbook();
    await writeTables(
      book.run,
      [rankingsTable({ campaign: 'C', title: 'T', groups: rankingsOf(20, 100) })],
      book.strict.caps,
    );
    const ws = book.sheets[0]!;
    const { rows, cols } = ws.extent();
    expect(rows).toBe(RANKINGS_HEADER_ROW + 2000);
    expect(ws.rules).toHaveLength(4);
    const { byCell, byPass, evaluations } = bothWays(ws);
    expect(byPass).toEqual(byCell);
    // Each rule's formula moves only with the row: at most one evaluation per row and rule.
    expect(evaluations).toBeLessThanOrEqual(2000 * ws.rules.length);
    expect(evaluations).toBeLessThan((2000 * cols) / 4);
    // The grid draws those fills.
    const model = gridModel(ws);
    const first = model.rows[RANKINGS_HEADER_ROW]!.cells;
    expect(first.every((x) => x.fill === CLASS_FILLS[0])).toBe(true);
    const unranked = model.rows[RANKINGS_HEADER_ROW + 99]!.cells; // the last unit of group 1, no classification
    expect(unranked.every((x) => x.fill === undefined)).toBe(true);
  });
});
