/**
 * Units are global with history (decision 0027): a later plan may not rename a known unit or change its
 * facts; `PUT /units/{unit}` does, from one campaign on, audited, and earlier campaigns, their reads and their
 * snapshots keep what they had.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { digestSnapshot } from '../../shared/snapshot-digest';
import { call, fullEntries, issue, seedPlan, sheetPath, smallPlan, uid } from './helpers';

/** A plan of another year listing the same units (codes) as `base`, with its own campaign code. */
function laterPlan(base: ReturnType<typeof smallPlan>, year = 2024) {
  const next = smallPlan(base.s);
  next.plan.campaign = { code: `C-${uid()}`, year, title: `Kế hoạch ${year}` };
  return next;
}

const unitRows = async (codes: string[]) =>
  (
    await env.DB.prepare('SELECT * FROM units WHERE code IN (SELECT value FROM json_each(?1)) ORDER BY code')
      .bind(JSON.stringify(codes))
      .all()
  ).results;

/** Everything a reader sees of a campaign that shows unit names or facts. */
async function reads(code: string) {
  const get = async (path: string) => {
    const r = await call('GET', path);
    expect(r.status, path).toBe(200);
    const { generatedAt: _, ...rest } = r.body; // when it was computed, not what
    return rest;
  };
  return {
    campaign: await get(`/campaigns/${code}`),
    plan: await get(`/campaigns/${code}/plan`),
    sheets: await get(`/campaigns/${code}/groups/G1/sheets`),
    rankings: await get(`/campaigns/${code}/groups/G1/ranking`),
    consolidated: await get(`/campaigns/${code}/groups/G1/consolidated`),
  };
}

describe('a later plan and known units', () => {
  it('refuses another name or women share of a known unit (422 naming unit and fact) and changes nothing', async () => {
    const first = await seedPlan();
    const before = await unitRows([first.u1, first.u2]);
    const later = laterPlan(first);
    later.plan.units![0]!.name = 'Bệnh viện đổi tên lén';
    later.plan.units![1]!.womenShare = 0.9;
    const r = await call('POST', '/plans', { body: later.plan });
    expect(r.status).toBe(422);
    const errors = r.body.errors as { path: string; code: string; message: string }[];
    expect(errors.map((e) => e.path)).toEqual(['/units/0/name', '/units/1/womenShare']);
    expect(errors[0]!.code).toBe('unit_changed');
    expect(errors[0]!.message).toContain(first.u1);
    expect(errors[0]!.message).toContain('tên');
    expect(errors[1]!.message).toContain(first.u2);
    expect(errors[1]!.message).toContain('tỷ lệ nữ');
    expect((await call('GET', `/campaigns/${later.plan.campaign.code}`)).status).toBe(404);
    expect(await unitRows([first.u1, first.u2])).toEqual(before);
    expect((await call('GET', `/campaigns/${first.code}`)).body.units[0].name).toBe(
      first.plan.units![0]!.name,
    );
  });

  it('accepts a known unit with the same facts, and fills in the facts it leaves out', async () => {
    const first = await seedPlan();
    const later = laterPlan(first);
    delete later.plan.units![0]!.womenShare;
    const r = await call('POST', '/plans', { body: later.plan });
    expect(r.status).toBe(201);
    expect(r.body.units[0]).toEqual({ code: first.u1, name: first.plan.units![0]!.name, womenShare: 0.5 });
    const row = await env.DB.prepare(
      'SELECT women_share FROM campaign_units WHERE campaign = ?1 AND unit = ?2',
    )
      .bind(later.plan.campaign.code, first.u1)
      .first('women_share');
    expect(row).toBe(0.5);
  });
});

describe('PUT /units/{unit}', () => {
  it('applies from its campaign on; the earlier campaign, its reads and its snapshot are unchanged', async () => {
    const a = await seedPlan();
    const t2 = await issue('unit', a.u2);
    const put = await call('PUT', sheetPath(a.code, 'G1', a.u2), {
      token: t2,
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(put.status).toBe(200);
    const snap = await call('POST', `/campaigns/${a.code}/snapshots`);
    expect(snap.status).toBe(201);
    const b = laterPlan(a);
    expect((await call('POST', '/plans', { body: b.plan })).status).toBe(201);
    const bCode = b.plan.campaign.code;
    const beforeA = await reads(a.code);
    const snapBefore = await call('GET', `/campaigns/${a.code}/snapshots/${snap.body.id}`);

    const reason = 'Đổi tên theo Quyết định số 15/QĐ-UBND';
    const r = await call('PUT', `/units/${a.u2}`, {
      body: { from: bCode, reason, name: 'Trung tâm Y tế mới', womenShare: 0.8 },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      unit: { code: a.u2, name: 'Trung tâm Y tế mới', womenShare: 0.8 },
      from: bCode,
      campaigns: [{ campaign: bCode, version: 2 }],
    });

    // The earlier campaign: every read and the snapshot as before.
    expect(await reads(a.code)).toEqual(beforeA);
    const snapAfter = await call('GET', `/campaigns/${a.code}/snapshots/${snap.body.id}`);
    expect(snapAfter.body).toEqual(snapBefore.body);
    expect((await digestSnapshot(snapAfter.body)).sha256).toBe(snap.body.sha256);

    // The campaign it applies from: the new facts in its document and its reads, an amendment with the reason.
    const afterB = await reads(bCode);
    expect(afterB.campaign.units[1]).toEqual({ code: a.u2, name: 'Trung tâm Y tế mới', womenShare: 0.8 });
    expect(afterB.sheets.sheets.find((s: { unit: string }) => s.unit === a.u2).name).toBe(
      'Trung tâm Y tế mới',
    );
    expect(afterB.plan.version).toBe(2);
    expect(afterB.plan.amendments).toEqual([
      expect.objectContaining({
        version: 2,
        reason,
        changes: [
          { kind: 'unitUpdate', unit: a.u2, from: bCode, name: 'Trung tâm Y tế mới', womenShare: 0.8 },
        ],
      }),
    ]);
    const audit = await env.DB.prepare(
      "SELECT campaign, detail FROM audit_log WHERE action = 'unit.update' AND target = ?1",
    )
      .bind(a.u2)
      .all<{ campaign: string | null; detail: string }>();
    expect(audit.results).toHaveLength(1);
    expect(audit.results[0]!.campaign).toBeNull();
    expect(JSON.parse(audit.results[0]!.detail)).toMatchObject({
      reason,
      from: bCode,
      before: { name: a.plan.units![1]!.name, womenShare: 0.5 },
      after: { name: 'Trung tâm Y tế mới', womenShare: 0.8 },
    });

    // A next plan is compared with the new facts.
    const c = laterPlan(a, 2025);
    expect((await call('POST', '/plans', { body: c.plan })).status).toBe(422);
    c.plan.units![1] = { code: a.u2, name: 'Trung tâm Y tế mới', womenShare: 0.8 };
    expect((await call('POST', '/plans', { body: c.plan })).status).toBe(201);
  });

  it('from an earlier campaign reaches every later one listing the unit', async () => {
    const a = await seedPlan();
    const b = laterPlan(a);
    expect((await call('POST', '/plans', { body: b.plan })).status).toBe(201);
    const r = await call('PUT', `/units/${a.u1}`, {
      body: { from: a.code, reason: 'Sáp nhập', name: 'Tên chung' },
    });
    expect(r.status).toBe(200);
    expect(r.body.campaigns).toEqual([
      { campaign: a.code, version: 2 },
      { campaign: b.plan.campaign.code, version: 2 },
    ]);
    for (const code of [a.code, b.plan.campaign.code])
      expect((await call('GET', `/campaigns/${code}`)).body.units[0].name).toBe('Tên chung');
  });

  it('refuses an unknown unit (404), a campaign not listing it, no facts or the same facts (422)', async () => {
    const a = await seedPlan();
    const other = await seedPlan();
    const body = { from: a.code, reason: 'Lý do', name: 'X' };
    expect((await call('PUT', `/units/NOPE-${uid()}`, { body })).status).toBe(404);
    const notListed = await call('PUT', `/units/${other.u1}`, { body });
    expect(notListed.status).toBe(422);
    expect(notListed.body.errors[0].path).toBe('/from');
    const unknownFrom = await call('PUT', `/units/${a.u1}`, { body: { ...body, from: 'C-NOPE' } });
    expect(unknownFrom.status).toBe(422);
    const empty = await call('PUT', `/units/${a.u1}`, { body: { from: a.code, reason: 'Lý do' } });
    expect(empty.status).toBe(422);
    const same = await call('PUT', `/units/${a.u1}`, { body: { ...body, name: a.plan.units![0]!.name } });
    expect(same.status).toBe(422);
    const noReason = await call('PUT', `/units/${a.u1}`, { body: { from: a.code, name: 'Y' } });
    expect(noReason.status).toBe(422);
    expect((await call('GET', `/campaigns/${a.code}/plan`)).body.version).toBe(1);
  });
});
