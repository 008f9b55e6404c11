/**
 * The staff list sheet over the preview workbook (the strict Excel fake: protection, requirement sets,
 * payloads) against a fake server that checks every PUT with the shared staff check, as the Worker does.
 */
import { describe, expect, it } from 'vitest';
import { AN, BINH, peopleServer } from '../../test/people-fixtures';
import { ApiError } from '../api/client';
import { PreviewWorkbook } from '../preview/workbook';
import { fieldCell } from '../sheets/form-table/read';
import { FormSession } from './form-session';
import { staffForm } from './staff-form';

function setup(server = peopleServer([AN, BINH])) {
  const book = new PreviewWorkbook();
  const spec = staffForm({ api: server.api }, { campaign: 'C-2023', year: 2023, unit: 'U1' });
  const session = new FormSession({ api: server.api, run: book.run, caps: book.strict.caps }, spec);
  const ws = () => session.stored!.worksheetId;
  const at = (row: number, key: string) => book.sheet(ws()).get(fieldCell(session.plan!, row, key));
  const type = (row: number, key: string, text: string) => {
    const r = book.type(ws(), fieldCell(session.plan!, row, key), text);
    if (!r.ok) throw new Error(r.message);
  };
  const message = (row: number) => book.sheet(ws()).get(`S${row}`).value;
  return { book, server, session, at, type, message };
}

describe('the staff list sheet', () => {
  it('writes the list with a person per row and extra rows for a second initiative, in Vietnamese, dates as dates', async () => {
    const { session, at, book } = setup();
    expect(await session.open()).toEqual({ kind: 'opened', count: 2, at: '2023-10-01T08:00:00+07:00' });
    expect(book.sheet(session.stored!.worksheetId).get('A1').value).toBe('TT');
    expect(at(2, 'staffId').value).toBe('NV01');
    expect(at(2, 'sex').value).toBe('Nam');
    expect(at(2, 'rating').value).toBe('Hoàn thành xuất sắc nhiệm vụ');
    // 12/03/1985 as Excel's serial under a date format.
    expect(at(2, 'birthDate').value).toBe(31118);
    expect(at(2, 'birthDate').format).toBe('dd/mm/yyyy');
    expect(at(2, 'initiativeLevel').value).toBe('Cấp cơ sở');
    // The second initiative on its own row, same staff id, no facts repeated.
    expect(at(3, 'staffId').value).toBe('NV01');
    expect(at(3, 'rating').value).toBe('');
    expect(at(3, 'initiativeKind').value).toBe('Đề tài nghiên cứu khoa học');
    expect(at(4, 'staffId').value).toBe('NV02');
    expect(at(4, 'disciplineForm').value).toBe('Khiển trách');
    // Every list column offers the Vietnamese words.
    expect(book.listOf(session.stored!.worksheetId, fieldCell(session.plan!, 5, 'rating'))).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ]);
  });

  it('reads back exactly what it wrote: the check passes and a send stores the same list', async () => {
    const { session, server } = setup();
    await session.open();
    expect(await session.check()).toEqual({ kind: 'checked', count: 2 });
    expect(await session.send()).toEqual({ kind: 'sent', count: 2 });
    expect(server.list.staff).toEqual([AN, BINH]);
  });

  it('marks each bad cell with its message, and sends nothing', async () => {
    const { session, server, type, at, message } = setup(peopleServer([]));
    await session.open();
    type(2, 'staffId', 'NV09');
    type(2, 'name', 'Lê Văn Cường');
    type(2, 'sex', 'Nữ');
    type(2, 'birthDate', '31/02/1990');
    type(2, 'rating', 'Xuất sắc lắm');
    type(3, 'name', 'Không có mã');
    type(4, 'staffId', 'NV10');
    type(4, 'name', 'Phạm Thị Dung');
    type(4, 'disciplineForm', 'Cảnh cáo');
    type(4, 'disciplineDate', '05/04/2021');
    const out = await session.check();
    expect(out.kind).toBe('invalid');
    if (out.kind !== 'invalid') return;
    expect(out.problems.map((p) => p.address).sort()).toEqual(['B3', 'E2', 'I2', 'L4'].sort());
    expect(at(2, 'birthDate').fill).toBe('#FFC7CE');
    expect(at(2, 'sex').fill).toBeUndefined();
    expect(String(message(2))).toContain('31/02/1990');
    expect(String(message(4))).toContain('Dòng 4');
    expect(String(message(4))).toContain('2021-04-05');
    expect(await session.send()).toMatchObject({ kind: 'invalid', sent: false });
    expect(server.calls.filter((c) => c.startsWith('PUT'))).toEqual([]);
    // Fixed, the marks go and the list goes.
    type(2, 'birthDate', '02/05/1990');
    type(2, 'rating', 'hoàn thành tốt nhiệm vụ');
    type(3, 'staffId', 'NV11');
    type(4, 'disciplineDate', '05/04/2023');
    expect(await session.send()).toEqual({ kind: 'sent', count: 3 });
    expect(server.list.staff[0]).toMatchObject({
      staffId: 'NV09',
      sex: 'female',
      birthDate: '1990-05-02',
      rating: 'good',
    });
    expect(server.list.staff[2]!.discipline).toEqual([{ form: 'warning', date: '2023-04-05' }]);
    expect(message(2)).toBe('');
  });

  it("places the server's 422 on the person's cell (a check the pane did not run)", async () => {
    const server = peopleServer([]);
    const { session, type, at } = setup(server);
    await session.open();
    type(2, 'staffId', 'NV01');
    type(2, 'name', 'Nguyễn Văn An');
    type(3, 'staffId', 'NV02');
    type(3, 'name', 'Trần Thị Bình');
    // The Worker also knows what the pane cannot (here: a name it refuses for the second person).
    server.request.mockImplementationOnce(async () => {
      throw new ApiError({
        status: 422,
        title: 'Không hợp lệ',
        errors: [{ path: '/staff/1/name', code: 'x', message: 'Dòng 3: tên không hợp lệ' }],
      });
    });
    const out = await session.send();
    expect(out).toMatchObject({ kind: 'invalid', sent: true });
    if (out.kind === 'invalid') expect(out.problems.map((p) => p.address)).toEqual(['C3']);
    expect(at(3, 'name').fill).toBe('#FFC7CE');
  });

  it('asks before a reload overwrites edits not sent, and keeps them when refused', async () => {
    const { session, type, at } = setup();
    await session.open();
    expect(await session.open()).toMatchObject({ kind: 'opened' });
    type(2, 'position', 'Trưởng khoa');
    expect(await session.open()).toEqual({ kind: 'unsaved' });
    expect(at(2, 'position').value).toBe('Trưởng khoa');
    expect(await session.open(true)).toMatchObject({ kind: 'opened' });
    expect(at(2, 'position').value).toBe('Bác sĩ');
  });

  it('reads a sheet written before the pane was reloaded', async () => {
    const { session, book, server } = setup();
    await session.open();
    const again = new FormSession(
      { api: server.api, run: book.run, caps: book.strict.caps },
      staffForm({ api: server.api }, { campaign: 'C-2023', year: 2023, unit: 'U1' }),
    );
    expect(await again.check()).toEqual({ kind: 'checked', count: 2 });
  });
});
