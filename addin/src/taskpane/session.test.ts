import { describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../../shared/problems';
import { createExcelMock } from '../../test/excel-mock';
import { campaign, fakeApi, group, template, unit } from '../../test/fixtures';
import { type Api, ApiError, OfflineError } from '../api/client';
import type { CampaignDocument, SheetPut, SheetView } from '../api/types';
import { readRange } from '../sheets/read-back';
import { SheetSession } from './session';

const doc = {
  campaign,
  units: [unit],
  groups: [group],
  templates: [template],
} as unknown as CampaignDocument;
const path = { campaign: campaign.code, group: group.code, unit: unit.code };
const view = (
  revision: number,
  self: Record<string, number> = {},
  status: SheetView['status'] = 'draft',
): SheetView => ({
  campaign: campaign.code,
  group: group.code,
  unit: unit.code,
  name: unit.name,
  revision,
  status,
  template,
  entries: template.sections.flatMap((s) =>
    s.criteria.map((c) => ({
      criterion: c.code,
      self: self[c.code] ?? null,
      appraised: null,
      evidence: null,
      reason: null,
    })),
  ),
  totals: { self: 0, final: 0, sections: {} },
  classification: null,
  submittedAt: null,
  locksAt: '2023-11-30T17:00:00+07:00',
  lockedAt: null,
  appraisedAt: null,
  updatedAt: null,
  updatedBy: null,
});

/** A worksheet where the user typed `typed` (criterion → cell value) over the sheet as written. */
function setup(
  typed: Record<string, unknown>,
  api: Partial<Api>,
  check: (p: SheetPut['entries']) => Problem[] = () => [],
) {
  let session: SheetSession;
  const excel = createExcelMock({
    read: (_sheet, address) => {
      const plan = session?.plan;
      if (!plan || address !== readRange(plan)) return undefined;
      const values = plan.cells.slice(0, plan.layout.lastRow).map((r) => r.slice(0, 6) as unknown[]);
      for (const c of plan.layout.criteria) if (c.code in typed) values[c.row - 1]![3] = typed[c.code];
      return values;
    },
  });
  const fullApi = fakeApi({ sheet: vi.fn(async () => view(1)), ...api });
  session = new SheetSession(
    {
      api: fullApi,
      run: excel.run,
      caps: excel.caps,
      check: (_s, entries) => check(entries as SheetPut['entries']),
    },
    path,
    'unit',
    doc,
  );
  return { session, excel, api: fullApi };
}

const problem = (status: number, extra: object = {}) =>
  new ApiError({ status, title: 't', detail: `HTTP ${status}`, ...extra });

describe('SheetSession', () => {
  it('writes the sheet on open and sends typed scores, text numbers read as numbers', async () => {
    const put = vi.fn(async (_p: unknown, body: SheetPut) =>
      view(body.revision + 1, { '1.1': 18.5 }, 'submitted'),
    );
    const { session, excel } = setup({ '1.1': '18,5', '1.2': 20 }, { putSheet: put });
    expect((await session.open()).kind).toBe('written');
    expect(excel.syncs).toBe(3);
    const outcome = await session.save(true);
    expect(outcome).toMatchObject({ kind: 'saved', submitted: true });
    const body = put.mock.calls[0]![1];
    expect(body.revision).toBe(1);
    expect(body.submit).toBe(true);
    expect(body.entries.find((e) => e.criterion === '1.1')).toEqual({
      criterion: '1.1',
      self: 18.5,
      evidence: null,
    });
    expect(body.entries.find((e) => e.criterion === '1.2')).toEqual({
      criterion: '1.2',
      self: 20,
      evidence: null,
    });
    expect(body.entries.find((e) => e.criterion === '1.3')).toEqual({
      criterion: '1.3',
      self: null,
      evidence: null,
    });
    // The text "18,5" was replaced by the number in the worksheet.
    expect(excel.ranges.some((r) => JSON.stringify(r.range.values) === '[[18.5]]')).toBe(true);
    expect(session.base!.revision).toBe(2);
  });

  it('stops before sending when the shared check finds problems, and marks their cells', async () => {
    const put = vi.fn();
    const { session, excel } = setup({ '1.1': 21 }, { putSheet: put }, (entries) =>
      entries
        .filter((e) => e.criterion === '1.1')
        .map(() => ({
          path: '/entries/0/self',
          criterion: '1.1',
          code: 'above_max',
          message: 'Vượt điểm chuẩn.',
        })),
    );
    await session.open();
    const outcome = await session.save(true);
    expect(put).not.toHaveBeenCalled();
    // Nothing was sent: the pane must not say the server refused it.
    expect(outcome).toMatchObject({
      kind: 'invalid',
      sent: false,
      problems: [{ criterion: '1.1', address: 'D10' }],
    });
    expect(
      excel.ranges.find((r) => r.address === 'D10' && r.range.format.fill.color === '#FFC7CE'),
    ).toBeDefined();
  });

  it('maps a 422 back to the cells it names and fills them', async () => {
    const put = vi.fn(async () => {
      throw problem(422, {
        errors: [
          {
            path: '/entries/1/self',
            criterion: '1.2',
            code: 'off_step',
            message: 'Điểm 19,3 không đúng bước 0,5.',
          },
          { path: '/entries/7/evidence', criterion: 'D.1', code: 'too_long', message: 'Quá dài.' },
        ],
      });
    });
    const { session, excel } = setup({ '1.2': 19.3 }, { putSheet: put });
    await session.open();
    const outcome = await session.save(undefined);
    expect(outcome).toMatchObject({
      kind: 'invalid',
      sent: true,
      problems: [
        { address: 'D11', criterion: '1.2', message: 'Điểm 19,3 không đúng bước 0,5.' },
        { address: 'F20', criterion: 'D.1', field: 'evidence' },
      ],
    });
    const red = excel.ranges.filter((r) => r.range.format.fill.color === '#FFC7CE').map((r) => r.address);
    expect(red).toEqual(['D11', 'F20']);
  });

  it('on a 409 keeps what the user typed, shows what changed, and resubmits on the new revision', async () => {
    const put = vi
      .fn()
      .mockImplementationOnce(async () => {
        throw problem(409, { currentRevision: 4 });
      })
      .mockImplementationOnce(async (_p: unknown, body: SheetPut) =>
        view(body.revision + 1, { '1.1': 15 }, 'submitted'),
      );
    const server = view(4, { '1.1': 12, '1.2': 19 });
    const sheet = vi.fn().mockResolvedValueOnce(view(1)).mockResolvedValueOnce(server);
    const { session, excel } = setup({ '1.1': 15 }, { putSheet: put, sheet });
    await session.open();
    const writesBefore = excel.ranges.filter((r) => r.range.formulas !== undefined).length;
    const outcome = await session.save(true);
    expect(outcome.kind).toBe('conflict');
    if (outcome.kind !== 'conflict') return;
    expect(outcome.server.revision).toBe(4);
    expect(outcome.changes).toEqual([
      { criterion: '1.1', field: 'self', before: null, server: 12, mine: 15, conflict: true },
      { criterion: '1.2', field: 'self', before: null, server: 19, mine: null, conflict: false },
    ]);
    // Nothing was rewritten: the user's cells stay as typed.
    expect(excel.ranges.filter((r) => r.range.formulas !== undefined)).toHaveLength(writesBefore);
    const again = await session.resubmit(outcome.server, outcome.submit);
    expect(again).toMatchObject({ kind: 'saved', submitted: true });
    const body = put.mock.calls[1]![1] as SheetPut;
    expect(body.revision).toBe(4);
    expect(body.entries.find((e) => e.criterion === '1.1')!.self).toBe(15);
  });

  it('explains a 423 with the deadline, a 401 as an expired token, no answer as offline', async () => {
    const locked = setup({}, { putSheet: vi.fn().mockRejectedValue(problem(423)) });
    await locked.session.open();
    expect(await locked.session.save(true)).toEqual({
      kind: 'locked',
      locksAt: '2023-11-30T17:00:00+07:00',
      detail: 'HTTP 423',
    });
    const expired = setup({}, { sheet: vi.fn().mockRejectedValue(problem(401)) });
    expect(await expired.session.open()).toEqual({ kind: 'unauthorized' });
    const offline = setup(
      {},
      { sheet: vi.fn().mockRejectedValue(new OfflineError(new TypeError('fetch failed'))) },
    );
    expect(await offline.session.open()).toEqual({ kind: 'offline' });
  });

  it('finds the typed values a rebuild would overwrite, by reading the worksheet against the stored sheet', async () => {
    const stored = view(1, { '1.1': 18.5 });
    const { session } = setup({ '1.1': 18.5, '1.2': 7 }, { sheet: vi.fn(async () => stored) });
    expect(await session.unsaved()).toEqual([]);
    await session.open();
    // 1.1 is as stored; 1.2 was typed and never saved.
    expect(await session.unsaved()).toEqual(['1.2']);
  });

  it('counts a typed text that is not a score as unsaved too', async () => {
    const { session } = setup({ '1.1': 'abc' }, {});
    await session.open();
    expect(await session.unsaved()).toEqual(['1.1']);
  });
});
