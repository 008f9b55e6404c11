/** The audit log: every write with who, what, when and revisions; filters; who may read it. */
import { describe, expect, it } from 'vitest';
import { call, fullEntries, issue, seedPlan, sheetPath } from './helpers';

describe('GET /campaigns/{campaign}/audit', () => {
  it('records every write with label, role, action, target and revisions, and filters them', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2, 'Nguyễn Thị Hoa (U2)');
    const lead = await issue('unit', p.u1, 'Trần Văn Khoa (U1)');
    const sec = await issue('secretariat', undefined, 'Văn phòng');
    const path = sheetPath(p.code, 'G1', p.u2);
    await call('PUT', path, {
      token: unit,
      body: { revision: 0, entries: [{ criterion: '1.1', self: 10 }] },
    });
    await call('PUT', path, { token: unit, body: { revision: 1, entries: fullEntries, submit: true } });
    await call('PUT', `${path}/appraisal`, {
      token: lead,
      body: { revision: 2, entries: [{ criterion: '1.1', appraised: 18.5 }] },
    });
    await call('PUT', path, { token: unit, body: { revision: 3, entries: [] } }); // 423: appraised, not recorded

    const all = await call('GET', `/campaigns/${p.code}/audit`, { token: sec });
    expect(all.status).toBe(200);
    const rows = all.body.items.map((i: Record<string, unknown>) => [
      i.action,
      i.actor,
      i.role,
      i.target,
      i.revisionBefore,
      i.revisionAfter,
    ]);
    expect(rows).toEqual([
      ['plan.create', 'Quản trị hệ thống (ADMIN_TOKEN)', 'admin', p.code, null, null],
      ['sheet.save', 'Nguyễn Thị Hoa (U2)', 'unit', `G1/${p.u2}`, 0, 1],
      ['sheet.submit', 'Nguyễn Thị Hoa (U2)', 'unit', `G1/${p.u2}`, 1, 2],
      ['sheet.appraise', 'Trần Văn Khoa (U1)', 'unit', `G1/${p.u2}`, 2, 3],
    ]);
    expect(all.body.items[2].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+07:00$/);
    expect(all.body.items[2].detail).toMatchObject({ status: 'submitted', total: 92 });

    const q = (query: string) => call('GET', `/campaigns/${p.code}/audit?${query}`, { token: sec });
    expect(
      (await q('actor=Tr%E1%BA%A7n%20V%C4%83n%20Khoa%20(U1)')).body.items.map(
        (i: { action: string }) => i.action,
      ),
    ).toEqual(['sheet.appraise']);
    expect((await q('action=sheet')).body.items).toHaveLength(3);
    expect((await q('action=sheet.submit')).body.items).toHaveLength(1);
    const at = all.body.items[2].at as string;
    expect((await q(`from=${encodeURIComponent(at)}`)).body.items.length).toBeGreaterThanOrEqual(2);
    expect((await q('to=2000-01-01')).body.items).toEqual([]);
    expect((await q('from=2000-01-01&to=2099-01-01')).body.items).toHaveLength(4);
    const bad = await q('from=yesterday');
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('/from');
  });

  it('is for the secretariat and the admin only; 404 for an unknown campaign', async () => {
    const p = await seedPlan();
    for (const token of [await issue('council'), await issue('unit', p.u1)])
      expect((await call('GET', `/campaigns/${p.code}/audit`, { token })).status).toBe(403);
    expect((await call('GET', '/campaigns/KHONG-CO/audit')).status).toBe(404);
    expect((await call('GET', `/campaigns/${p.code}/audit`)).status).toBe(200);
  });
});
