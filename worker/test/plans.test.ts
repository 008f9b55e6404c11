/** Plans: one atomic batch, every problem listed, 409 on a code that exists, scoped reads, deadline moves. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, dumpCampaign, issue, seedPlan, smallPlan, uid } from './helpers';

const count = async (sql: string, ...args: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...args)
    .first<number>('n')) ?? 0;

describe('POST /plans', () => {
  it('creates the campaign and its tables and returns the stored document', async () => {
    const p = smallPlan();
    const r = await call('POST', '/plans', { body: p.plan });
    expect(r.status).toBe(201);
    expect(r.body.campaign.code).toBe(p.code);
    expect(r.body.status).toBe('open');
    expect(r.body.rules).toEqual([]); // defaults of the schema are stored
    expect(await count('SELECT count(*) AS n FROM group_members WHERE campaign = ?1', p.code)).toBe(5);
    expect(await count('SELECT count(*) AS n FROM plan_groups WHERE campaign = ?1', p.code)).toBe(2);
    expect(await count('SELECT count(*) AS n FROM campaign_units WHERE campaign = ?1', p.code)).toBe(4);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_log WHERE campaign = ?1 AND action = 'plan.create'",
        p.code,
      ),
    ).toBe(1);
    const g = await env.DB.prepare(
      'SELECT deadline, deadline_at FROM plan_groups WHERE campaign = ?1 AND code = ?2',
    )
      .bind(p.code, 'G2')
      .first();
    expect(g).toEqual({ deadline: '2020-01-31', deadline_at: Date.parse('2020-01-31T23:59:59+07:00') });
  });

  it('lists every problem of an invalid document (422) and writes nothing', async () => {
    const p = smallPlan();
    const doc = structuredClone(p.plan);
    doc.groups![0]!.template = 'NOPE';
    doc.groups![1]!.lead = p.u1;
    doc.templates![0]!.sections[0]!.criteria[0]!.step = 3;
    const r = await call('POST', '/plans', { body: doc });
    expect(r.status).toBe(422);
    const paths = r.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/groups/0/template',
        '/groups/1/lead',
        '/templates/0/sections/0/criteria/0/step',
      ]),
    );
    expect(r.body.errors.find((e: { path: string }) => e.path.endsWith('/step')).criterion).toBe('1.1');
    expect(await count('SELECT count(*) AS n FROM campaigns WHERE code = ?1', p.code)).toBe(0);
    const shape = await call('POST', '/plans', { body: { campaign: { code: 'X' } } });
    expect(shape.status).toBe(422);
    expect(shape.body.errors.length).toBeGreaterThanOrEqual(2);
  });

  it('409 when the code exists, and the existing campaign is untouched', async () => {
    const p = await seedPlan();
    const before = await dumpCampaign(p.code);
    const again = structuredClone(p.plan);
    again.campaign.title = 'Khác';
    const r = await call('POST', '/plans', { body: again });
    expect(r.status).toBe(409);
    expect(await dumpCampaign(p.code)).toBe(before);
  });

  it('of two concurrent creations of one code, one wins and the other gets 409', async () => {
    const p = smallPlan();
    const replies = await Promise.all([1, 2, 3].map(() => call('POST', '/plans', { body: p.plan })));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await count('SELECT count(*) AS n FROM group_members WHERE campaign = ?1', p.code)).toBe(5);
  });

  it('writes a plan far beyond 100 bound parameters in one batch', async () => {
    const s = uid();
    const units = Array.from({ length: 250 }, (_, i) => ({ code: `B${i}-${s}`, name: `Trạm y tế ${i}` }));
    const p = smallPlan(s);
    const plan = {
      ...p.plan,
      units,
      groups: [
        {
          code: 'ALL',
          kind: 'cum',
          name: 'Tất cả',
          template: 'TPL',
          lead: units[0]!.code,
          members: units.map((u) => u.code),
        },
      ],
      movements: [],
    };
    const r = await call('POST', '/plans', { body: plan });
    expect(r.status).toBe(201);
    expect(await count('SELECT count(*) AS n FROM group_members WHERE campaign = ?1', p.code)).toBe(250);
    expect(await count('SELECT max(position) AS n FROM group_members WHERE campaign = ?1', p.code)).toBe(249);
  });

  it('shares global units by code: a later plan lists a known unit as it is, one unit token serves both', async () => {
    const a = await seedPlan();
    const b = smallPlan();
    const name = a.plan.units![1]!.name;
    b.plan.units![1] = { code: a.u2, name };
    b.plan.groups![0]!.members = [b.u1, a.u2, b.u3];
    const r = await call('POST', '/plans', { body: b.plan });
    expect(r.status).toBe(201);
    // Renaming it is a unit update, never a plan (decision 0027; worker/test/units.test.ts).
    const renamed = structuredClone(b.plan);
    renamed.campaign.code = `C-${uid()}`;
    renamed.units![1] = { code: a.u2, name: 'Tên mới của đơn vị' };
    expect((await call('POST', '/plans', { body: renamed })).status).toBe(422);
    const stored = await env.DB.prepare('SELECT name FROM units WHERE code = ?1')
      .bind(a.u2)
      .first<string>('name');
    expect(stored).toBe(name);
    const t = await issue('unit', a.u2);
    const list = await call('GET', '/campaigns', { token: t });
    expect(list.body.campaigns.map((c: { code: string }) => c.code).sort()).toEqual([a.code, b.code].sort());
  });

  it('is for the admin and the secretariat only', async () => {
    const p = await seedPlan();
    const sec = await issue('secretariat');
    expect((await call('POST', '/plans', { token: sec, body: smallPlan().plan })).status).toBe(201);
    for (const token of [await issue('council'), await issue('unit', p.u1)])
      expect((await call('POST', '/plans', { token, body: smallPlan().plan })).status).toBe(403);
  });
});

describe('GET /campaigns and /campaigns/{campaign}', () => {
  it('scopes the list by role and returns the document with its status', async () => {
    const a = await seedPlan();
    const b = await seedPlan();
    const unit = await issue('unit', a.u4);
    const list = (await call('GET', '/campaigns', { token: unit })).body.campaigns;
    expect(list).toEqual([{ code: a.code, year: 2023, title: a.plan.campaign.title, status: 'open' }]);
    const council = await issue('council');
    const all = (await call('GET', '/campaigns', { token: council })).body.campaigns.map(
      (c: { code: string }) => c.code,
    );
    expect(all).toEqual(expect.arrayContaining([a.code, b.code]));
    const doc = await call('GET', `/campaigns/${a.code}`, { token: unit });
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({ status: 'open', campaign: { code: a.code } });
    expect(doc.body.groups[0].members).toEqual([a.u1, a.u2, a.u3]);
    expect((await call('GET', `/campaigns/${b.code}`, { token: unit })).status).toBe(403);
    expect((await call('GET', '/campaigns/KHONG-CO', { token: unit })).status).toBe(404);
  });
});

describe('PATCH /campaigns/{campaign}/groups/{group}', () => {
  it('moves a deadline in the table and the document, audited', async () => {
    const p = await seedPlan();
    const sec = await issue('secretariat', undefined, 'Thường trực Hội đồng');
    const r = await call('PATCH', `/campaigns/${p.code}/groups/G2`, {
      token: sec,
      body: { deadline: '2099-01-15' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      group: 'G2',
      deadline: '2099-01-15',
      deadlineAt: '2099-01-15T23:59:59+07:00',
    });
    const doc = (await call('GET', `/campaigns/${p.code}`)).body;
    expect(doc.groups[1].deadline).toBe('2099-01-15');
    expect(doc.groups[0].deadline).toBe('2099-12-31T17:00:00+07:00');
    const audit = (await call('GET', `/campaigns/${p.code}/audit?action=group.deadline`)).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'Thường trực Hội đồng', role: 'secretariat', target: 'G2' });
    expect(audit[0].detail).toEqual({ from: '2020-01-31', to: '2099-01-15' });
    const cleared = await call('PATCH', `/campaigns/${p.code}/groups/G2`, { body: { deadline: null } });
    expect(cleared.body.deadlineAt).toBeNull();
    expect((await call('GET', `/campaigns/${p.code}`)).body.groups[1]).not.toHaveProperty('deadline');
  });

  it('404 for an unknown group, 403 for a unit, 422 for a bad date', async () => {
    const p = await seedPlan();
    expect(
      (await call('PATCH', `/campaigns/${p.code}/groups/NOPE`, { body: { deadline: null } })).status,
    ).toBe(404);
    const lead = await issue('unit', p.u1);
    expect(
      (await call('PATCH', `/campaigns/${p.code}/groups/G1`, { token: lead, body: { deadline: null } }))
        .status,
    ).toBe(403);
    const bad = await call('PATCH', `/campaigns/${p.code}/groups/G1`, { body: { deadline: '30/11/2023' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('/deadline');
  });
});
