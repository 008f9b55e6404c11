/** The lead unit's appraisal through SheetSession in mode 'appraisal', with a fake API and the counting mock. */
import { describe, expect, it, vi } from 'vitest';
import { createExcelMock } from '../../test/excel-mock';
import { campaign, fakeApi, group, template, unit } from '../../test/fixtures';
import type { AppraisalPut } from '../api/awards';
import { type Api, ApiError } from '../api/client';
import type { CampaignDocument, SheetView } from '../api/types';
import { localCheck } from '../sheets/check';
import { readRange } from '../sheets/read-back';
import { SheetSession } from './session';

const member = { code: 'BV-VT', name: 'Bệnh viện Vũng Tàu' };
const doc = {
  campaign,
  units: [unit, member],
  groups: [group],
  templates: [template],
} as unknown as CampaignDocument;
const path = { campaign: campaign.code, group: group.code, unit: member.code };
const codes = template.sections.flatMap((s) => s.criteria.map((c) => c.code));

const view = (
  revision: number,
  appraised: Record<string, [number, string]> = {},
  status: SheetView['status'] = 'submitted',
): SheetView => ({
  campaign: campaign.code,
  group: group.code,
  unit: member.code,
  name: member.name,
  revision,
  status,
  template,
  entries: template.sections.flatMap((s) =>
    s.criteria.map((c) => ({
      criterion: c.code,
      self: Math.min(c.max, 1),
      appraised: appraised[c.code]?.[0] ?? null,
      evidence: null,
      reason: appraised[c.code]?.[1] ?? null,
    })),
  ),
  totals: { self: 0, final: 0, sections: {} },
  classification: null,
  submittedAt: '2023-11-20T10:00:00+07:00',
  locksAt: null,
  lockedAt: null,
  appraisedAt: null,
  updatedAt: null,
  updatedBy: null,
});

/** The appraiser typed `typed` (criterion → [appraised, reason]) into the appraisal sheet. */
function setup(typed: Record<string, [unknown, string]>, request: Api['request']) {
  let session: SheetSession;
  const excel = createExcelMock({
    read: (_sheet, address) => {
      const plan = session?.plan;
      if (!plan || address !== readRange(plan)) return undefined;
      const c = plan.layout.columns;
      const values = plan.cells.slice(0, plan.layout.lastRow).map((r) => r.slice(0, 7) as unknown[]);
      for (const cr of plan.layout.criteria) {
        const t = typed[cr.code];
        if (!t) continue;
        values[cr.row - 1]![c.appraised] = t[0];
        values[cr.row - 1]![c.reason!] = t[1];
      }
      return values;
    },
  });
  const api = fakeApi({ sheet: vi.fn(async () => view(3)), request });
  session = new SheetSession(
    { api, run: excel.run, caps: excel.caps, check: localCheck },
    path,
    'appraisal',
    doc,
  );
  return { session, excel, api };
}

describe('SheetSession in appraisal mode', () => {
  it('writes the appraisal sheet with only the appraised and reason columns unlocked', async () => {
    const { session } = setup({}, vi.fn());
    await session.open();
    const plan = session.plan!;
    expect(plan.mode).toBe('appraisal');
    expect(plan.name).toBe('Thẩm định BV-VT BRVT-YT-2023');
    const c = plan.layout.columns;
    const letters = new Set(plan.unlocked.map((a) => a.replace(/\d+/g, '').split(':')[0]));
    expect([...letters].sort()).toEqual(['E', 'G']);
    expect(c.appraised).toBe(4);
    expect(c.reason).toBe(6);
  });

  it('sends every criterion’s appraised score and reason to …/appraisal with the revision', async () => {
    const request = vi.fn(async (_m: string, _p: string, body?: unknown) => {
      const b = body as AppraisalPut;
      return view(b.revision + 1, { '1.1': [17, 'Thiếu minh chứng'] }, 'appraised');
    });
    const { session, excel } = setup({ '1.1': [17, 'Thiếu minh chứng'] }, request as Api['request']);
    await session.open();
    excel.resetSyncs();
    const outcome = await session.save(undefined);
    expect(outcome).toMatchObject({ kind: 'saved', sheet: { status: 'appraised', revision: 4 } });
    expect(request).toHaveBeenCalledTimes(1);
    const [method, url, body] = request.mock.calls[0]!;
    expect(method).toBe('PUT');
    expect(url).toBe(`/campaigns/${campaign.code}/groups/${group.code}/units/BV-VT/sheet/appraisal`);
    const b = body as AppraisalPut;
    expect(b.revision).toBe(3);
    expect(b.entries).toHaveLength(codes.length);
    expect(b.entries.find((e) => e.criterion === '1.1')).toEqual({
      criterion: '1.1',
      appraised: 17,
      reason: 'Thiếu minh chứng',
    });
    expect(b.entries.find((e) => e.criterion === '1.2')).toEqual({
      criterion: '1.2',
      appraised: null,
      reason: null,
    });
    // read (1), marks (2), rewrite of the existing worksheet (3: find, write the new one, record and swap):
    // bounded whatever the template.
    expect(excel.syncs).toBe(6);
  });

  it('finds a missing reason before sending, as the Worker would (a reason of spaces is none)', async () => {
    const request = vi.fn();
    const { session, excel } = setup({ '1.1': [0.5, ' \u200b '], '1.2': [1, ''] }, request as Api['request']);
    await session.open();
    const outcome = await session.save(undefined);
    const row = session.plan!.layout.criteria.find((c) => c.code === '1.1')!.row;
    // 1.2 appraised at its self score (1) needs no reason; 1.1 at 0.5 instead of 1 does.
    expect(outcome).toMatchObject({
      kind: 'invalid',
      problems: [{ address: `G${row}`, criterion: '1.1', field: 'reason' }],
    });
    expect(request).not.toHaveBeenCalled();
    const red = excel.ranges.filter((r) => r.range.format.fill.color === '#FFC7CE').map((r) => r.address);
    expect(red).toEqual([`G${row}`]);
  });

  it('marks a 422’s missing reason on the reason cell of its criterion', async () => {
    const request = vi.fn(async () => {
      throw new ApiError({
        status: 422,
        title: 'Dữ liệu không hợp lệ',
        errors: [
          {
            path: '/entries/0/reason',
            criterion: '1.1',
            code: 'reason_required',
            message: 'Tiêu chí 1.1: cần lý do khi điểm thẩm định khác điểm tự chấm.',
          },
        ],
      });
    });
    // Passes the check here (a reason is given): the Worker's answer is what marks the cell.
    const { session, excel } = setup({ '1.1': [0.5, 'Thiếu hồ sơ'] }, request as Api['request']);
    await session.open();
    const outcome = await session.save(undefined);
    const row = session.plan!.layout.criteria.find((c) => c.code === '1.1')!.row;
    expect(request).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({
      kind: 'invalid',
      problems: [{ address: `G${row}`, criterion: '1.1', field: 'reason' }],
    });
    const red = excel.ranges.filter((r) => r.range.format.fill.color === '#FFC7CE').map((r) => r.address);
    expect(red).toEqual([`G${row}`]);
  });

  it('on a 409 lists what another appraiser changed and resends on the new revision', async () => {
    const request = vi
      .fn()
      .mockImplementationOnce(async () => {
        throw new ApiError({ status: 409, title: 'Xung đột', currentRevision: 5 });
      })
      .mockImplementationOnce(async (_m: string, _p: string, body: AppraisalPut) =>
        view(body.revision + 1, { '1.1': [16, 'Khác'] }, 'appraised'),
      );
    const { session, api } = setup({ '1.1': [16, 'Khác'] }, request as Api['request']);
    await session.open();
    vi.mocked(api.sheet).mockResolvedValueOnce(view(5, { '1.1': [15, 'Thường trực sửa'] }, 'appraised'));
    const outcome = await session.save(undefined);
    expect(outcome.kind).toBe('conflict');
    if (outcome.kind !== 'conflict') return;
    expect(outcome.changes).toContainEqual({
      criterion: '1.1',
      field: 'appraised',
      before: null,
      server: 15,
      mine: 16,
      conflict: true,
    });
    const again = await session.resubmit(outcome.server, undefined);
    expect(again.kind).toBe('saved');
    expect((request.mock.calls[1]![2] as AppraisalPut).revision).toBe(5);
  });
});
