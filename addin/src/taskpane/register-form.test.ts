/**
 * The register import sheet and the register's table over the preview workbook (the strict Excel fake),
 * against a fake server that checks every import with the shared rows check and stores all rows or none.
 */
import { describe, expect, it } from 'vitest';
import { peopleServer } from '../../test/people-fixtures';
import { peopleApi } from '../api/people';
import { writeTables } from '../excel/tables';
import { PreviewWorkbook } from '../preview/workbook';
import { fieldCell } from '../sheets/form-table/read';
import { REGISTER_FIELDS } from '../sheets/register/columns';
import { registerTable } from '../tables/register';
import { FormSession } from './form-session';
import { registerForm } from './register-form';

const DECISION = ['123/QĐ-UBND', '15/01/2022', 'UBND tỉnh', 'Chủ tịch UBND tỉnh', 'BANG-KHEN', 'UBND tỉnh'];
const AWARD = ['Hình thức khen thưởng', 'Bằng khen của Chủ tịch UBND tỉnh', '2021', '2021'];

function setup() {
  const server = peopleServer();
  const book = new PreviewWorkbook();
  const session = new FormSession(
    { api: server.api, run: book.run, caps: book.strict.caps },
    registerForm({ api: server.api }, 'secretariat'),
  );
  const ws = () => session.stored!.worksheetId;
  /** Types a row's cells left to right, as a paste from another sheet would fill them. */
  const paste = (row: number, cells: readonly string[]) =>
    cells.forEach((text, i) => {
      const r = book.type(ws(), fieldCell(session.plan!, row, REGISTER_FIELDS[i]!.key), text);
      if (!r.ok) throw new Error(r.message);
    });
  const at = (row: number, key: string) => book.sheet(ws()).get(fieldCell(session.plan!, row, key));
  const message = (row: number) => String(book.sheet(ws()).get(`Q${row}`).value);
  return { server, book, session, paste, at, message };
}

describe('the register import sheet', () => {
  it('names each bad row and imports nothing; fixed, imports every row as decisions', async () => {
    const { server, session, paste, at, message } = setup();
    expect(await session.open()).toMatchObject({ kind: 'opened', count: 0 });
    paste(2, [...DECISION, ...AWARD, 'Tập thể', 'U1']);
    paste(3, [...DECISION, ...AWARD, 'Cá nhân', 'U1', 'NV01', 'Nguyễn Văn An']);
    // Row 4: the same decision with another level, and a period backwards.
    paste(5, [
      ...DECISION.slice(0, 5),
      'Sở Y tế',
      ...AWARD.slice(0, 2),
      '2022',
      '2021',
      'Cá nhân',
      'U2',
      'NV07',
    ]);
    const out = await session.check();
    expect(out.kind).toBe('invalid');
    if (out.kind !== 'invalid') return;
    // The level (G) differs from row 2's, and the period (J) is backwards and differs too.
    expect(out.problems.map((p) => p.address).sort()).toEqual(['G5', 'J5', 'J5']);
    expect(message(5)).toContain('Dòng 5');
    expect(message(5)).toContain('Dòng 2');
    expect(message(2)).toBe('');
    expect(at(5, 'awardLevel').fill).toBe('#FFC7CE');
    expect(await session.send()).toMatchObject({ kind: 'invalid', sent: false });
    expect(server.calls).toEqual([]);

    paste(5, [...DECISION, ...AWARD, 'Cá nhân', 'U2', 'NV07']);
    expect(await session.check()).toEqual({ kind: 'checked', count: 3 });
    expect(await session.send()).toEqual({ kind: 'sent', count: 3 });
    expect(server.decisions).toHaveLength(1);
    expect(server.decisions[0]).toMatchObject({
      number: '123/QĐ-UBND',
      date: '2022-01-15',
      issuerLevel: 'province',
      award: { title: 'BANG-KHEN', level: 'province' },
      category: 'form',
      period: { from: 2021, to: 2021 },
    });
    expect(server.decisions[0]!.recipients.map((r) => r.staffId ?? r.kind)).toEqual([
      'collective',
      'NV01',
      'NV07',
    ]);
    expect(at(5, 'awardLevel').fill).toBeUndefined();
  });

  it("places the server's 422 (a unit it does not know) on the row's unit cell, naming the sheet's row", async () => {
    const { server, session, paste, message } = setup();
    await session.open();
    paste(2, [...DECISION, ...AWARD, 'Tập thể', 'U1']);
    paste(4, [...DECISION, ...AWARD, 'Tập thể', 'X9']);
    const out = await session.send();
    expect(out).toMatchObject({ kind: 'invalid', sent: true });
    if (out.kind === 'invalid') expect(out.problems.map((p) => p.address)).toEqual(['M4']);
    // The server numbered it as the second row sent ("Dòng 3"); the sheet has it in row 4.
    expect(message(4)).toContain('Dòng 4');
    expect(server.decisions).toEqual([]);
  });

  it('writes the register of a year as a table, one row per recipient, in Vietnamese', async () => {
    const { server, session, paste, book } = setup();
    await session.open();
    paste(2, [...DECISION, ...AWARD, 'Tập thể', 'U1']);
    paste(3, [...DECISION, ...AWARD, 'Cá nhân', 'U1', 'NV01', 'Nguyễn Văn An']);
    await session.send();
    const list = await peopleApi(server.api).register(2021);
    expect(server.calls.at(-1)).toBe('GET /register?year=2021');
    const plan = registerTable({ year: 2021, decisions: list.decisions, at: '2023-11-02T09:00:00+07:00' });
    const { tables } = await writeTables(book.run, [plan], book.strict.caps);
    const sheet = book.sheet(tables[0]!.worksheetId);
    expect(sheet.get('A4').value).toBe('123/QĐ-UBND');
    expect(sheet.get('B4').value).toBe('15/01/2022');
    expect(sheet.get('C4').value).toBe('UBND tỉnh');
    expect(sheet.get('I4').value).toBe('Tập thể');
    expect(sheet.get('L5').value).toBe('Nguyễn Văn An');
    expect(sheet.get('A6').value).toBe('');
  });
});
