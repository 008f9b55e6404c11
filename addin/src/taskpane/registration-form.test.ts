/**
 * The registration sheet over the preview workbook (the strict Excel fake) against a fake server that keeps
 * one unit's staff list and registration and checks every PUT as the Worker does (the contract's schema,
 * the shared `checkRegistrationRefs`, a staff id of the list); the people are picked from the staff list.
 */
import { describe, expect, it, vi } from 'vitest';
import { type Registration, Registration as Schema } from '../../../shared/contract/registrations';
import type { StaffMember } from '../../../shared/contract/staff';
import { checkRegistrationRefs } from '../../../shared/nominations';
import { zodProblems } from '../../../shared/plan';
import { awardsPlan } from '../../test/nomination-fixtures';
import { AN, BINH } from '../../test/people-fixtures';
import { type Api, ApiError } from '../api/client';
import { PreviewWorkbook } from '../preview/workbook';
import { fieldCell } from '../sheets/form-table/read';
import { FormSession } from './form-session';
import { registrationForm } from './registration-form';

function server(staff: StaffMember[], stored: Registration = { awards: [], individuals: [] }) {
  let current = stored;
  let at: string | null = stored.awards.length ? '2023-02-01T08:00:00+07:00' : null;
  const refuse = (errors: { path: string; code: string; message: string }[]) => {
    throw new ApiError({ status: 422, title: 'Không hợp lệ', detail: 'Dữ liệu không hợp lệ', errors });
  };
  const request = vi.fn(async (method: string, path: string, body?: unknown) => {
    if (path.endsWith('/staff')) return { unit: 'U1', year: 2023, staff, updatedAt: null, updatedBy: null };
    if (method === 'PUT') {
      const parsed = Schema.safeParse(body);
      if (!parsed.success) return refuse(zodProblems(parsed.error));
      const problems = checkRegistrationRefs(awardsPlan, 'U1', parsed.data);
      parsed.data.individuals.forEach((p, i) => {
        if (p.staffId && !staff.some((s) => s.staffId === p.staffId))
          problems.push({
            path: `/individuals/${i}/staffId`,
            code: 'not_in_staff_list',
            message: 'không có trong danh sách cán bộ',
          });
      });
      if (problems.length) return refuse(problems);
      current = parsed.data;
      at = '2023-02-02T09:00:00+07:00';
    }
    return {
      campaign: 'C-2023',
      unit: 'U1',
      name: 'Bệnh viện Một',
      ...current,
      updatedAt: at,
      updatedBy: 'U1',
    };
  });
  return { api: { request } as unknown as Api, request, stored: () => current };
}

function setup(s = server([AN, BINH])) {
  const book = new PreviewWorkbook();
  const spec = registrationForm({ api: s.api }, { campaign: 'C-2023', unit: 'U1', plan: awardsPlan });
  const session = new FormSession({ api: s.api, run: book.run, caps: book.strict.caps }, spec);
  const ws = () => session.stored!.worksheetId;
  const at = (row: number, key: string) => book.sheet(ws()).get(fieldCell(session.plan!, row, key));
  const type = (row: number, key: string, text: string) => {
    const r = book.type(ws(), fieldCell(session.plan!, row, key), text);
    if (!r.ok) throw new Error(r.message);
  };
  return { book, s, session, at, type, ws };
}

describe('the registration sheet', () => {
  it('writes the stored registration a row per (subject, award), people named from the staff list', async () => {
    const { session, at, book, ws } = setup(
      server([AN, BINH], {
        awards: ['CO'],
        individuals: [{ name: AN.name, staffId: 'NV01', awards: ['CSTD', 'BK'] }],
      }),
    );
    expect(await session.open()).toEqual({ kind: 'opened', count: 3, at: '2023-02-01T08:00:00+07:00' });
    expect(at(2, 'subject').value).toBe('Tập thể đơn vị');
    expect(at(2, 'award').value).toBe('Cờ thi đua');
    expect(at(3, 'subject').value).toBe('NV01 · Nguyễn Văn An');
    expect(at(4, 'award').value).toBe('Bằng khen');
    // The subject's drop-down: the unit, then every person of the staff list.
    expect(book.listOf(ws(), fieldCell(session.plan!, 6, 'subject'))).toEqual([
      'Tập thể đơn vị',
      'NV01 · Nguyễn Văn An',
      'NV02 · Trần Thị Bình',
    ]);
    expect(book.listOf(ws(), fieldCell(session.plan!, 6, 'award'))).toEqual([
      'Cờ thi đua',
      'Chiến sĩ thi đua cơ sở',
      'Bằng khen',
    ]);
    // Read back unchanged, it checks and sends the same registration.
    expect(await session.check()).toEqual({ kind: 'checked', count: 3 });
  });

  it('sends people picked by staff id with their awards grouped, and reloads what the server stored', async () => {
    const { session, s, type, at } = setup();
    await session.open();
    type(2, 'subject', 'Tập thể đơn vị');
    type(2, 'award', 'Cờ thi đua');
    type(3, 'subject', 'NV02');
    type(3, 'award', 'Chiến sĩ thi đua cơ sở');
    type(4, 'subject', 'NV02 · Trần Thị Bình');
    type(4, 'award', 'BK');
    expect(await session.send()).toEqual({ kind: 'sent', count: 3 });
    expect(s.stored()).toEqual({
      awards: ['CO'],
      individuals: [{ name: 'Trần Thị Bình', staffId: 'NV02', awards: ['CSTD', 'BK'] }],
    });
    expect(at(3, 'subject').value).toBe('NV02 · Trần Thị Bình');
  });

  it('marks a person not in the staff list, a missing award, a title of the wrong kind and a repeat; sends nothing', async () => {
    const { session, s, type, at } = setup();
    await session.open();
    type(2, 'subject', 'NV99');
    type(2, 'award', 'Bằng khen');
    type(3, 'subject', 'NV01');
    type(4, 'subject', 'Tập thể đơn vị');
    type(4, 'award', 'Chiến sĩ thi đua cơ sở');
    type(5, 'subject', 'NV01');
    type(5, 'award', 'Bằng khen');
    type(6, 'subject', 'NV01');
    type(6, 'award', 'Bằng khen');
    const out = await session.check();
    expect(out.kind).toBe('invalid');
    if (out.kind !== 'invalid') return;
    const by = Object.fromEntries(out.problems.map((p) => [p.address, p.message]));
    expect(Object.keys(by).sort()).toEqual(['B2', 'C3', 'C4', 'C6']);
    expect(by.B2).toContain('"NV99" không có trong danh sách');
    expect(by.C3).toContain('chọn danh hiệu');
    expect(by.C4).toContain('Chiến sĩ thi đua cơ sở');
    expect(by.C4).toContain('không đăng ký cho tập thể');
    expect(by.C6).toContain('dòng 5');
    expect(at(4, 'award').fill).toBe('#FFC7CE');
    expect((await session.send()).kind).toBe('invalid');
    expect(s.request.mock.calls.filter(([m]) => m === 'PUT')).toHaveLength(0);
  });

  it('offers only the collective when the unit has no staff list, and says so on a person typed', async () => {
    const { session, type, book, ws } = setup(server([]));
    await session.open();
    expect(book.listOf(ws(), fieldCell(session.plan!, 2, 'subject'))).toEqual(['Tập thể đơn vị']);
    type(2, 'subject', 'NV01');
    type(2, 'award', 'Bằng khen');
    const out = await session.check();
    expect(out.kind === 'invalid' && out.problems[0]?.message).toContain('không có trong danh sách');
  });

  it('places a 422 of the server on the row it came from', async () => {
    // The list changed on the server after the sheet was opened: the 422 names the person's row.
    const s = server([AN, BINH]);
    const { session, type } = setup(s);
    await session.open();
    type(2, 'subject', 'NV01');
    type(2, 'award', 'Bằng khen');
    s.request.mockImplementationOnce(async () => {
      throw new ApiError({
        status: 422,
        title: 'Không hợp lệ',
        detail: 'x',
        errors: [
          {
            path: '/individuals/0/staffId',
            code: 'not_in_staff_list',
            message: 'NV01 không có trong danh sách cán bộ',
          },
        ],
      });
    });
    const out = await session.send();
    expect(out).toMatchObject({ kind: 'invalid', sent: true });
    if (out.kind === 'invalid') expect(out.problems.map((p) => p.address)).toEqual(['B2']);
  });
});
