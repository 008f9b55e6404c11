/**
 * The nominations flows over the preview host's in-browser workbook (cells persist between operations, syncs
 * are counted) against a fake server that keeps a quota of one individual under movement M1.
 */
import { describe, expect, it, vi } from 'vitest';
import type { NominationInput } from '../../../shared/contract/nominations';
import { evaluateQuotas } from '../../../shared/quotas';
import { fakeApi } from '../../test/fixtures';
import { awardsPlan } from '../../test/nomination-fixtures';
import type { NominationView } from '../api/awards';
import { type Api, ApiError } from '../api/client';
import type { CampaignDocument, Me } from '../api/types';
import { PreviewWorkbook } from '../preview/workbook';
import { cell } from '../sheets/a1';
import { NC } from '../sheets/nominations/columns';
import { NominationsSession } from './nominations-session';

/** The shared quota rule's reasons for M1 (quota: one individual), written out by hand. */
const WITHIN = 'Trong chỉ tiêu phong trào M1: 1/1 cá nhân';
const REASON = 'Phong trào M1: đã đủ 1 cá nhân (chỉ tiêu 1)';

/** A server keeping nominations in filing order; statuses come from the shared quota pass, as the Worker's do. */
function fakeServer(opts: { reject?: (item: NominationInput, i: number) => string | null } = {}) {
  const rows: Array<{ id: string; input: NominationInput }> = [];
  let seq = 0;
  const filedAt = '2023-11-01T08:00:00+07:00';
  const view = (): NominationView[] => {
    const stored = rows.map(({ id, input }, i) => ({ id, ...input, filedAt, seq: i }));
    const { items } = evaluateQuotas({
      plan: awardsPlan,
      nominations: stored,
      standings: [],
      registrations: [],
    });
    return rows.map(({ id, input }, i) => {
      const { status, reasons, ruleIds } = items[i]!;
      return {
        id,
        ...input,
        status,
        reasons,
        rules: ruleIds,
        filedAt,
        filedBy: 'Đơn vị U1',
      } as NominationView;
    });
  };
  const calls: string[] = [];
  const request = vi.fn(async (method: string, path: string, body?: unknown) => {
    calls.push(`${method} ${path.replace(/\?.*/, '')}`);
    if (method === 'GET') return { items: view() };
    if (method === 'POST') {
      const items = (body as { items: NominationInput[] }).items;
      const errors = items.flatMap((it, i) => {
        const m = opts.reject?.(it, i);
        return m ? [{ path: `/items/${i}/nominee/name`, code: 'x', message: m }] : [];
      });
      if (errors.length) throw new ApiError({ status: 422, title: 'Không hợp lệ', errors });
      const ids = items.map((input) => {
        const id = `N-${++seq}`;
        rows.push({ id, input });
        return id;
      });
      const all = view();
      return { items: ids.map((id) => all.find((n) => n.id === id)) };
    }
    const id = decodeURIComponent(path.split('/').pop()!);
    const at = rows.findIndex((r) => r.id === id);
    if (method === 'DELETE') {
      rows.splice(at, 1);
      return undefined;
    }
    const patch = body as Partial<NominationInput>;
    rows[at] = { id, input: { ...rows[at]!.input, ...patch } as NominationInput };
    return view().find((n) => n.id === id);
  });
  const api = fakeApi({ request: request as Api['request'] });
  return { api, calls, rows };
}

const me: Me = { role: 'unit', unit: 'U2', label: 'Bệnh viện Hai', groups: [] };

function setup(server = fakeServer()) {
  const book = new PreviewWorkbook();
  const session = new NominationsSession(
    { api: server.api, run: book.run, caps: book.strict.caps },
    'C-2023',
    me,
    awardsPlan as unknown as CampaignDocument,
  );
  const type = (row: number, col: number, text: string) => {
    const r = book.type(session.stored!.worksheetId, cell(row, col), text);
    if (!r.ok) throw new Error(r.message);
  };
  const person = (row: number, name: string) => {
    type(row, NC.award, 'CSTD — Chiến sĩ thi đua cơ sở');
    type(row, NC.movement, 'M1 — Phong trào một');
    type(row, NC.kind, 'Cá nhân');
    type(row, NC.name, name);
    type(row, NC.position, 'Bác sĩ');
  };
  const at = (row: number, col: number) => book.sheet(session.stored!.worksheetId).get(cell(row, col));
  return { book, session, server, type, person, at };
}

describe('NominationsSession over the preview workbook', () => {
  it('builds, sends two individuals, and shows one within quota and one over with the reason', async () => {
    const { book, session, server, person, at } = setup();
    expect(await session.build()).toMatchObject({ kind: 'built', count: 0 });
    // Looking for an earlier sheet (1: rows typed but not sent are kept), then a new worksheet (3).
    expect(book.syncs).toBe(4);
    const first = session.plan!.layout.firstRow;
    person(first, 'Nguyễn Văn A');
    person(first + 1, 'Trần Thị B');

    book.syncs = 0;
    server.calls.length = 0;
    const sent = await session.send();
    expect(sent).toMatchObject({ kind: 'sent', created: 2, changed: 0, withdrawn: 0 });
    expect(book.syncs).toBe(3); // one read, the write-back's protection check, the write-back
    expect(server.calls).toEqual(['POST /campaigns/C-2023/nominations', 'GET /campaigns/C-2023/nominations']);
    expect(at(first, NC.status).value).toBe('Trong chỉ tiêu');
    expect(at(first + 1, NC.status).value).toBe('Vượt chỉ tiêu');
    expect(at(first + 1, NC.reasons).value).toBe(REASON);
    expect(at(first, NC.id).value).toBe('N-1');
    // The unit left empty was sent as the caller's own; the sheet now shows what the server stored.
    expect(server.rows.map((r) => r.input.nominee.unit)).toEqual(['U2', 'U2']);
    expect(at(first, NC.unit).value).toBe('U2 — Bệnh viện Hai');
    expect(at(first + 1, NC.unit).value).toBe('U2 — Bệnh viện Hai');
    expect(at(first + 2, NC.unit).value).toBe('');
    expect(at(first + 1, NC.name).fill).toBe('#FCE4D6');
    expect(at(first, NC.status).fill).toBe('#C6EFCE');
    if (sent.kind !== 'sent') return;
    expect(sent.rows.map((r) => [r.name, r.status, r.reasons])).toEqual([
      ['Nguyễn Văn A', 'within_quota', [WITHIN]],
      ['Trần Thị B', 'over_quota', [REASON]],
    ]);
    // The status cells are locked: the server's answer cannot be typed over.
    expect(book.type(session.stored!.worksheetId, cell(first, NC.status), 'x').ok).toBe(false);

    // Nothing changed: nothing is sent again, statuses are refreshed.
    server.calls.length = 0;
    expect(await session.send()).toMatchObject({ kind: 'sent', created: 0, changed: 0 });
    expect(server.calls).toEqual(['GET /campaigns/C-2023/nominations']);
  });

  it('fills an empty unit cell of a row sent before from the server on a refresh', async () => {
    const { session, server, person, type, at } = setup();
    await session.build();
    const first = session.plan!.layout.firstRow;
    person(first, 'A');
    await session.send();
    type(first, NC.unit, ''); // as a sheet written before the unit was filled in shows it
    server.calls.length = 0;
    expect(await session.refresh()).toMatchObject({ kind: 'refreshed' });
    expect(at(first, NC.unit).value).toBe('U2 — Bệnh viện Hai');
    // Nothing to send: the row reads as what was sent.
    expect(await session.send()).toMatchObject({ kind: 'sent', created: 0, changed: 0 });
    expect(server.calls).toEqual(['GET /campaigns/C-2023/nominations', 'GET /campaigns/C-2023/nominations']);
  });

  it('corrects a changed row, withdraws an emptied one, and the next in line moves within quota', async () => {
    const { session, server, person, type, at } = setup();
    await session.build();
    const first = session.plan!.layout.firstRow;
    person(first, 'A');
    person(first + 1, 'B');
    await session.send();
    type(first + 1, NC.position, 'Điều dưỡng');
    for (const c of [NC.award, NC.movement, NC.kind, NC.name, NC.position]) type(first, c, '');
    server.calls.length = 0;
    const o = await session.send();
    expect(o).toMatchObject({ kind: 'sent', created: 0, changed: 1, withdrawn: 1 });
    expect(server.calls).toEqual([
      'PATCH /campaigns/C-2023/nominations/N-2',
      'DELETE /campaigns/C-2023/nominations/N-1',
      'GET /campaigns/C-2023/nominations',
    ]);
    expect(at(first, NC.status).value).toBe('Đã rút');
    expect(at(first, NC.id).value).toBe('');
    expect(at(first + 1, NC.status).value).toBe('Trong chỉ tiêu');
    expect(server.rows.map((r) => r.input.nominee.position)).toEqual(['Điều dưỡng']);
  });

  it('marks a 422’s problems on the cells of the rows sent, and files nothing', async () => {
    const server = fakeServer({ reject: (_it, i) => (i === 1 ? 'Họ tên đã có trong hồ sơ khác.' : null) });
    const { session, person, at } = setup(server);
    await session.build();
    const first = session.plan!.layout.firstRow;
    person(first, 'A');
    person(first + 1, 'B');
    const o = await session.send();
    expect(o).toMatchObject({
      kind: 'invalid',
      problems: [
        { address: cell(first + 1, NC.name), message: `Dòng ${first + 1}: Họ tên đã có trong hồ sơ khác.` },
      ],
    });
    expect(at(first + 1, NC.name).fill).toBe('#FFC7CE');
    expect(at(first, NC.id).value).toBe('');
    expect(server.rows).toHaveLength(0);
  });

  it('stops on cells it cannot read before calling the server', async () => {
    const { session, server, type, at } = setup();
    await session.build();
    const first = session.plan!.layout.firstRow;
    type(first, NC.award, 'BK — Bằng khen');
    type(first, NC.birthDate, '31/02/1990');
    server.calls.length = 0;
    const o = await session.send();
    expect(o.kind).toBe('invalid');
    expect(server.calls).toEqual([]);
    expect(at(first, NC.birthDate).fill).toBe('#FFC7CE');
    expect(at(first, NC.kind).fill).toBe('#FFC7CE');
  });

  it('refuses a value outside a drop-down list, as Excel’s Stop alert does', async () => {
    const { session, book } = setup();
    await session.build();
    const r = book.type(session.stored!.worksheetId, cell(session.plan!.layout.firstRow, NC.kind), 'Nhóm');
    expect(r).toMatchObject({ ok: false });
  });

  it('refreshes statuses in 3 syncs, and the sync count does not grow with the rows', async () => {
    const counts: number[] = [];
    for (const n of [2, 30]) {
      const { book, session, person } = setup();
      await session.build();
      for (let i = 0; i < n; i++) person(session.plan!.layout.firstRow + i, `Người ${i}`);
      book.syncs = 0;
      await session.send();
      const sendSyncs = book.syncs;
      book.syncs = 0;
      const o = await session.refresh();
      expect(o).toMatchObject({ kind: 'refreshed', missing: 0 });
      counts.push(sendSyncs, book.syncs);
    }
    // Read (1), then the write-back: its protection (1) and the answer (1).
    expect(counts).toEqual([3, 3, 3, 3]);
  });

  it('after a reload of the pane finds the sheet through the workbook settings', async () => {
    const { book, session, person, server } = setup();
    await session.build();
    person(session.plan!.layout.firstRow, 'A');
    const again = new NominationsSession(
      { api: server.api, run: book.run, caps: book.strict.caps },
      'C-2023',
      me,
      awardsPlan as unknown as CampaignDocument,
    );
    expect(await again.send()).toMatchObject({ kind: 'sent', created: 1 });
    const fresh = new PreviewWorkbook();
    const other = new NominationsSession(
      { api: server.api, run: fresh.run, caps: fresh.strict.caps },
      'C-2023',
      me,
      awardsPlan as unknown as CampaignDocument,
    );
    expect(await other.send()).toEqual({ kind: 'no-sheet' });
  });
});
