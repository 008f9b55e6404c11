/**
 * Plan amendments (decision 0027): each kind works, bumps the version and is audited with its reason; an
 * amendment that would undo what was scored is refused and writes nothing; a stale or concurrent one is 409;
 * a snapshot names the plan version it froze.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { digestSnapshot } from '../../shared/snapshot-digest';
import { seedAwards } from './awards-fixtures';
import { call, dumpCampaign, FUTURE, fullEntries, issue, seedPlan, sheetPath, uid } from './helpers';

const amend = (code: string, version: number, changes: unknown[], reason = 'Theo văn bản số 12/SYT') =>
  call('POST', `/campaigns/${code}/amendments`, { body: { version, reason, changes } });

const auditOf = async (code: string) =>
  (
    await env.DB.prepare(
      "SELECT revision_before, revision_after, detail FROM audit_log WHERE campaign = ?1 AND action = 'plan.amend' ORDER BY id",
    )
      .bind(code)
      .all<{ revision_before: number; revision_after: number; detail: string }>()
  ).results.map((r) => ({ ...r, detail: JSON.parse(r.detail) }));

async function submit(code: string, group: string, unit: string) {
  const r = await call('PUT', sheetPath(code, group, unit), {
    token: await issue('unit', unit),
    body: { revision: 0, entries: fullEntries, submit: true },
  });
  expect(r.status).toBe(200);
}

describe('POST /campaigns/{campaign}/amendments', () => {
  it("enters a movement's allocated quota: nominations are counted against it from then on", async () => {
    const { code, u } = await seedAwards();
    const items = [1, 2, 3].map((i) => ({
      award: 'LDTT',
      movement: 'M1',
      nominee: { kind: 'individual', unit: u(i), name: `Trần Thị ${i}`, staffId: `NV-${i}` },
    }));
    const filed = await call('POST', `/campaigns/${code}/nominations`, { body: { items } });
    expect(filed.body.items.map((x: { status: string }) => x.status)).toEqual(Array(3).fill('within_quota'));

    const reason = 'UBND tỉnh phân bổ chỉ tiêu: 02 cá nhân';
    const r = await amend(
      code,
      1,
      [
        {
          kind: 'movementQuota',
          movement: 'M1',
          quota: { individual: 2 },
          quotaText: 'Theo số lượng phân bổ: 02 cá nhân',
        },
      ],
      reason,
    );
    expect(r.status).toBe(201);
    expect(r.body.version).toBe(2);
    expect(r.body.plan.movements[0]).toMatchObject({
      quota: { individual: 2 },
      quotaText: 'Theo số lượng phân bổ: 02 cá nhân',
    });
    expect(r.body.amendments).toEqual([
      expect.objectContaining({
        version: 2,
        reason,
        changes: [expect.objectContaining({ kind: 'movementQuota' })],
      }),
    ]);
    const list = await call('GET', `/campaigns/${code}/nominations?movement=M1`);
    expect(list.body.items.map((x: { status: string }) => x.status)).toEqual([
      'within_quota',
      'within_quota',
      'over_quota',
    ]);
    expect((await call('GET', `/campaigns/${code}`)).body.movements[0].quota).toEqual({ individual: 2 });
    expect(await auditOf(code)).toEqual([
      { revision_before: 1, revision_after: 2, detail: { reason, changes: ['movementQuota'] } },
    ]);
  });

  it('adds a new unit to a group: listed, a member, and it can write its sheet', async () => {
    const p = await seedPlan();
    const code9 = `U9-${uid()}`;
    const r = await amend(p.code, 1, [
      { kind: 'addUnit', unit: { code: code9, name: 'Trạm Y tế mới thành lập', womenShare: 0.7 } },
      { kind: 'addMember', group: 'G1', unit: code9 },
    ]);
    expect(r.status).toBe(201);
    expect(r.body.version).toBe(2);
    expect(r.body.plan.groups[0].members).toEqual([p.u1, p.u2, p.u3, code9]);
    const sheets = await call('GET', `/campaigns/${p.code}/groups/G1/sheets`);
    expect(sheets.body.sheets.map((s: { unit: string; name: string }) => [s.unit, s.name]).at(-1)).toEqual([
      code9,
      'Trạm Y tế mới thành lập',
    ]);
    await submit(p.code, 'G1', code9);
    const ranking = await call('GET', `/campaigns/${p.code}/groups/G1/ranking`);
    expect(ranking.body.rows.map((x: { unit: string }) => x.unit)).toContain(code9);
  });

  it('refuses a known unit added with other facts, naming the unit and the fact', async () => {
    const p = await seedPlan();
    const other = await seedPlan();
    const r = await amend(p.code, 1, [{ kind: 'addUnit', unit: { code: other.u1, name: 'Tên khác' } }]);
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      expect.objectContaining({ path: '/changes/0/unit/name', code: 'unit_changed' }),
    ]);
    const name = other.plan.units![0]!.name;
    const ok = await amend(p.code, 1, [{ kind: 'addUnit', unit: { code: other.u1, name } }]);
    expect(ok.status).toBe(201);
    expect(ok.body.plan.units.at(-1)).toEqual({ code: other.u1, name, womenShare: 0.5 }); // filled in
  });

  it("changes a group's lead: the new lead reads the group's sheets, the old one no longer", async () => {
    const p = await seedPlan();
    const [oldLead, newLead] = [await issue('unit', p.u1), await issue('unit', p.u2)];
    expect((await call('GET', `/campaigns/${p.code}/groups/G1/sheets`, { token: newLead })).status).toBe(403);
    const r = await amend(p.code, 1, [{ kind: 'setLead', group: 'G1', lead: p.u2 }]);
    expect(r.status).toBe(201);
    expect(r.body.plan.groups[0].lead).toBe(p.u2);
    expect((await call('GET', `/campaigns/${p.code}/groups/G1/sheets`, { token: newLead })).status).toBe(200);
    expect((await call('GET', `/campaigns/${p.code}/groups/G1/sheets`, { token: oldLead })).status).toBe(403);
    // Validated like a new plan: a lead that is not a member is refused where the plan would be.
    const bad = await amend(p.code, 2, [{ kind: 'setLead', group: 'G1', lead: p.u4 }]);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('/groups/0/lead');
  });

  it('adds a milestone: the calendar shows it; versions count up, one per amendment', async () => {
    const p = await seedPlan();
    const r = await amend(p.code, 1, [
      { kind: 'addMilestone', milestone: { code: 'SK6', title: 'Sơ kết 6 tháng', due: FUTURE } },
    ]);
    expect(r.status).toBe(201);
    const cal = await call('GET', `/campaigns/${p.code}/calendar`);
    expect(JSON.stringify(cal.body)).toContain('Sơ kết 6 tháng');
    const again = await amend(p.code, 2, [
      { kind: 'addMilestone', milestone: { code: 'TK', title: 'Tổng kết', due: FUTURE } },
    ]);
    expect(again.body.version).toBe(3);
    const dup = await amend(p.code, 3, [
      { kind: 'addMilestone', milestone: { code: 'TK', title: 'Lần nữa', due: FUTURE } },
    ]);
    expect(dup.status).toBe(422);
    const view = await call('GET', `/campaigns/${p.code}/plan`);
    expect(view.body.version).toBe(3);
    expect(view.body.amendments.map((a: { version: number }) => a.version)).toEqual([2, 3]);
    expect((await auditOf(p.code)).map((a) => a.revision_after)).toEqual([2, 3]);
  });

  it('refuses what would undo a scored sheet (422 naming it) and writes nothing', async () => {
    const p = await seedPlan();
    await submit(p.code, 'G1', p.u2);
    const before = await dumpCampaign(p.code);
    const removal = await amend(p.code, 1, [{ kind: 'removeMember', group: 'G1', unit: p.u2 }]);
    expect(removal.status).toBe(422);
    expect(removal.body.errors).toEqual([
      expect.objectContaining({ path: '/changes/0', code: 'member_has_sheet' }),
    ]);
    expect(removal.body.errors[0].message).toContain(p.u2);
    const template = (await call('GET', `/campaigns/${p.code}`)).body.templates[0];
    template.sections[0].criteria[0].max = 25;
    const replace = await amend(p.code, 1, [
      { kind: 'addMilestone', milestone: { code: 'X', title: 'Mốc', due: FUTURE } },
      { kind: 'replaceTemplate', template },
    ]);
    expect(replace.status).toBe(422);
    expect(replace.body.errors).toEqual([
      expect.objectContaining({ path: '/changes/1', code: 'template_has_sheets' }),
    ]);
    expect(replace.body.errors[0].message).toContain('G1');
    expect(await dumpCampaign(p.code)).toBe(before);
    expect((await call('GET', `/campaigns/${p.code}/plan`)).body.amendments).toEqual([]);
    // A member without a sheet may leave.
    const ok = await amend(p.code, 1, [{ kind: 'removeMember', group: 'G1', unit: p.u3 }]);
    expect(ok.status).toBe(201);
    expect(ok.body.plan.groups[0].members).toEqual([p.u1, p.u2]);
    const sheets = await call('GET', `/campaigns/${p.code}/groups/G1/sheets`);
    expect(sheets.body.sheets.map((s: { unit: string }) => s.unit)).toEqual([p.u1, p.u2]);
  });

  it('replaces a template no group has scored with; a cached copy is not served after', async () => {
    const p = await seedPlan();
    await call('GET', sheetPath(p.code, 'G1', p.u2)); // warms the isolate's template cache
    const template = (await call('GET', `/campaigns/${p.code}`)).body.templates[0];
    template.sections[0].criteria[0].max = 25;
    template.sections[0].criteria[0].step = 0.5;
    const r = await amend(p.code, 1, [{ kind: 'replaceTemplate', template }]);
    expect(r.status).toBe(201);
    const sheet = await call('GET', sheetPath(p.code, 'G1', p.u2));
    expect(JSON.stringify(sheet.body)).toContain('25');
    const put = await call('PUT', sheetPath(p.code, 'G1', p.u2), {
      token: await issue('unit', p.u2),
      body: { revision: 0, entries: [{ criterion: '1.1', self: 24.5 }] },
    });
    expect(put.status).toBe(200);
  });

  it('409 on a stale version, and of two concurrent amendments one lands', async () => {
    const p = await seedPlan();
    const stale = await amend(p.code, 5, [{ kind: 'setLead', group: 'G1', lead: p.u2 }]);
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(1);
    const replies = await Promise.all(
      [p.u2, p.u3, p.u1].map((lead) => amend(p.code, 1, [{ kind: 'setLead', group: 'G1', lead }])),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const view = await call('GET', `/campaigns/${p.code}/plan`);
    expect(view.body.version).toBe(2);
    expect(view.body.amendments).toHaveLength(1);
    const lead = await env.DB.prepare("SELECT lead FROM plan_groups WHERE campaign = ?1 AND code = 'G1'")
      .bind(p.code)
      .first('lead');
    expect(lead).toBe(view.body.plan.groups[0].lead);
    expect(await auditOf(p.code)).toHaveLength(1);
  });

  it('names unknown movements and groups at the change', async () => {
    const p = await seedPlan();
    const r = await amend(p.code, 1, [
      { kind: 'movementQuota', movement: 'M9', quota: { collective: 1 } },
      { kind: 'addMember', group: 'G9', unit: p.u4 },
    ]);
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/changes/0/movement',
      '/changes/1/group',
    ]);
  });
});

describe('snapshots and plan versions', () => {
  it('a snapshot names the plan version it froze, inside its digest', async () => {
    const p = await seedPlan();
    const first = await call('POST', `/campaigns/${p.code}/snapshots`);
    expect((await amend(p.code, 1, [{ kind: 'setLead', group: 'G1', lead: p.u2 }])).status).toBe(201);
    const second = await call('POST', `/campaigns/${p.code}/snapshots`);
    const read = async (id: string) => (await call('GET', `/campaigns/${p.code}/snapshots/${id}`)).body;
    const [s1, s2] = [await read(first.body.id), await read(second.body.id)];
    expect(s1.planVersion).toBe(1);
    expect(s2.planVersion).toBe(2);
    expect((await digestSnapshot(s1)).sha256).toBe(s1.sha256);
    expect((await digestSnapshot({ ...s1, planVersion: 2 })).sha256).not.toBe(s1.sha256);
  });
});
