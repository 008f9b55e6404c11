import { describe, expect, it } from 'vitest';
import { gridModel, moveFrom } from './grid-model';
import { breaks, type NumberRule, numberRule } from './validation';
import { PreviewWorkbook } from './workbook';

/** A book with one sheet whose B2:B4 hold scores validated between 0 and `max`, and B5 their sum. */
async function scoreBook(style: 'Stop' | 'Warning', max = 20) {
  const book = new PreviewWorkbook();
  let id = '';
  await book.run(async (context) => {
    const ws = context.workbook.worksheets.add('Điểm');
    ws.load('id');
    const r = ws.getRange('A1:B5');
    r.values = [
      ['Tiêu chí', 'Điểm'],
      ['1.1', ''],
      ['1.2', ''],
      ['1.3', ''],
      ['Cộng', ''],
    ];
    ws.getRange('B5').formulas = [['=SUM(B2:B4)']];
    const dv = ws.getRange('B2:B4').dataValidation;
    dv.rule = { decimal: { formula1: 0, formula2: max, operator: 'Between' } };
    dv.errorAlert = { showAlert: true, style, title: 'Điểm không hợp lệ', message: `Điểm từ 0 đến ${max}.` };
    await context.sync();
    id = ws.id;
  });
  return { book, id, ws: book.sheet(id) };
}

describe('data validation as Excel applies it to an entry', () => {
  it('keeps decimal and whole-number rules; a bound given as a formula is no rule', () => {
    expect(numberRule({ decimal: { formula1: 0, formula2: 20, operator: 'Between' } })).toEqual({
      kind: 'decimal',
      operator: 'Between',
      min: 0,
      max: 20,
    });
    expect(numberRule({ wholeNumber: { formula1: '1', operator: 'GreaterThanOrEqualTo' } })).toMatchObject({
      kind: 'whole',
      min: 1,
    });
    expect(numberRule({ decimal: { formula1: '=A1', formula2: 2 } })).toBeNull();
  });

  it('tells which values break a rule', () => {
    const between: NumberRule = { kind: 'decimal', operator: 'Between', min: 0, max: 20 };
    expect([0, 20, 6.5, 20.5, -1, 'abc', ''].map((v) => breaks(between, v))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
    const whole: NumberRule = { kind: 'whole', operator: 'GreaterThan', min: 0 };
    expect([1, 2.5, 0].map((v) => breaks(whole, v))).toEqual([false, true, true]);
  });

  it('refuses an over-maximum score under a Stop alert, with its title and message; the sum ignores it', async () => {
    const { book, id, ws } = await scoreBook('Stop');
    expect(book.type(id, 'B2', '6,5')).toEqual({ ok: true });
    expect(ws.get('B2').value).toBe(6.5);
    const r = book.type(id, 'B3', '25');
    expect(r).toEqual({
      ok: false,
      message: 'Ô B3: Điểm từ 0 đến 20.',
      alert: { style: 'Stop', title: 'Điểm không hợp lệ', message: 'Điểm từ 0 đến 20.' },
    });
    // Even a "Yes" does not pass a Stop alert.
    expect(book.type(id, 'B3', '25', true).ok).toBe(false);
    expect(ws.get('B3').value).toBe('');
    expect(ws.get('B5').value).toBe(6.5);
  });

  it('lets a Warning be answered "Yes", as Excel does, and refuses it otherwise', async () => {
    const { book, id, ws } = await scoreBook('Warning');
    expect(book.type(id, 'B2', '21')).toMatchObject({ ok: false, alert: { style: 'Warning' } });
    expect(ws.get('B5').value).toBe(0);
    expect(book.type(id, 'B2', '21', true)).toEqual({ ok: true });
    expect(ws.get('B5').value).toBe(21);
  });

  it('moves like Tab, Enter and the arrows: over merged areas and hidden columns, not past the edge', async () => {
    const { ws } = await scoreBook('Stop');
    expect(moveFrom(ws, 'A1', 0, 1)).toBe('B1');
    expect(moveFrom(ws, 'B1', 0, 1)).toBe('B1');
    expect(moveFrom(ws, 'B2', 1, 0)).toBe('B3');
    expect(moveFrom(ws, 'B2', -1, 0)).toBe('B1');
    expect(moveFrom(ws, 'A1', -1, -1)).toBe('A1');
    expect(moveFrom(ws, 'B5', 1, 0)).toBe('B5');
    ws.merge({ r1: 2, c1: 0, r2: 3, c2: 0 });
    expect(moveFrom(ws, 'A2', 1, 0)).toBe('A4');
    expect(moveFrom(ws, 'A4', -1, 0)).toBe('A2');
    expect(moveFrom(ws, 'A3', 0, 1)).toBe('B2');
    ws.hiddenColumns.add(1);
    ws.cellAt(1, 2).value = 'x';
    expect(moveFrom(ws, 'A1', 0, 1)).toBe('C1');
    expect(gridModel(ws).cols).toEqual([0, 2]);
  });
});
