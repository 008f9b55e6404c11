import { describe, expect, it } from 'vitest';
import { awardsPlan, seedAwards, submitSheet } from './awards-fixtures';
import { call, issue } from './helpers';

const person = (unit: string, i: number, extra: Record<string, unknown> = {}) => ({
  award: 'LDTT',
  movement: 'M1',
  nominee: { kind: 'individual', unit, name: `Nguyễn Văn ${i}`, staffId: `NV-${i}` },
  ...extra,
});

type Item = { id: string; status: string; reasons: string[] };

describe('nominations and quotas', () => {
  it('12 individuals on a 10-individual movement: 10 within, 2 over; a withdrawal lets the 11th in', async () => {
    const { code, u } = await seedAwards();
    const items = Array.from({ length: 12 }, (_, i) => person(u(1 + (i % 3)), i));
    const r = await call('POST', `/campaigns/${code}/nominations`, { body: { items } });
    expect(r.status).toBe(201);
    const statuses = r.body.items.map((x: Item) => x.status);
    expect(statuses).toEqual([...Array(10).fill('within_quota'), 'over_quota', 'over_quota']);
    expect(r.body.items[10].reasons.join(' ')).toContain('10');
    let q = await call('GET', `/campaigns/${code}/quotas`);
    expect(q.body.rules).toContainEqual(
      expect.objectContaining({ rule: 'movement:M1:individual', limit: 10, used: 10, over: 2 }),
    );
    const eleventh = r.body.items[10].id;
    expect((await call('DELETE', `/campaigns/${code}/nominations/${r.body.items[3].id}`)).status).toBe(204);
    const list = await call('GET', `/campaigns/${code}/nominations?movement=M1`);
    expect(list.body.items).toHaveLength(11);
    expect(list.body.items.find((x: Item) => x.id === eleventh).status).toBe('within_quota');
    expect(list.body.items.filter((x: Item) => x.status === 'over_quota')).toHaveLength(1);
    q = await call('GET', `/campaigns/${code}/quotas`);
    expect(q.body.rules).toContainEqual(
      expect.objectContaining({ rule: 'movement:M1:individual', used: 10, over: 1 }),
    );
    const byStatus = await call('GET', `/campaigns/${code}/nominations?status=over_quota`);
    expect(byStatus.body.items.map((x: Item) => x.id)).toEqual([r.body.items[11].id]);
  });

  it('a movement that takes no collectives; a group rule needs `group`', async () => {
    const { code, u } = await seedAwards();
    const r = await call('POST', `/campaigns/${code}/nominations`, {
      body: { items: [{ award: 'BK', movement: 'M2', nominee: { kind: 'collective', unit: u(1) } }] },
    });
    expect(r.status).toBe(201);
    expect(r.body.items[0].status).toBe('ineligible');
    const noGroup = await call('POST', `/campaigns/${code}/nominations`, {
      body: { items: [{ award: 'CO', nominee: { kind: 'collective', unit: u(1) } }] },
    });
    expect(noGroup.status).toBe(422);
    expect(noGroup.body.errors[0].path).toBe('/items/0/group');
  });

  it('share rule on a group, eligibility by rank and by vote', async () => {
    const { code, u } = await seedAwards();
    await submitSheet(code, 'G1', u(1));
    await submitSheet(code, 'G1', u(2));
    await submitSheet(code, 'G1', u(3), { '1.1': 10 });
    const co = (unit: string) => ({ award: 'CO', group: 'G1', nominee: { kind: 'collective', unit } });
    const r = await call('POST', `/campaigns/${code}/nominations`, {
      body: { items: [co(u(1)), co(u(2)), co(u(3))] },
    });
    expect(r.status).toBe(201);
    // Nobody voted yet: the `voted` rule keeps all out; U3 is also below rank 1.
    expect(r.body.items.map((x: Item) => x.status)).toEqual(['ineligible', 'ineligible', 'ineligible']);
    const v = await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
      body: {
        members: 4,
        present: 4,
        candidates: [
          { unit: u(1), votes: 2 },
          { unit: u(2), votes: 2 },
          { unit: u(3), votes: 4 },
        ],
      },
    });
    expect(v.status).toBe(200);
    const list = await call('GET', `/campaigns/${code}/nominations?award=CO`);
    const st = Object.fromEntries(
      list.body.items.map((x: Item & { nominee: { unit: string } }) => [x.nominee.unit, x]),
    );
    // U1 and U2 share rank 1 and both reached the vote; 25 % of 4 members = 1 place: the first filed takes it.
    expect(st[u(1)].status).toBe('within_quota');
    expect(st[u(2)].status).toBe('over_quota');
    expect(st[u(3)].status).toBe('ineligible');
    const q = await call('GET', `/campaigns/${code}/quotas`);
    expect(q.body.rules).toContainEqual(
      expect.objectContaining({ rule: 'share:CO:G1', limit: 1, used: 1, over: 1 }),
    );
  });

  it('roles: own nominees only, priorities from the responsible unit or the secretariat, the council reads', async () => {
    const { code, u } = await seedAwards();
    const t2 = await issue('unit', u(2));
    const t4 = await issue('unit', u(4));
    const council = await issue('council');
    const post = (token: string, items: unknown[]) =>
      call('POST', `/campaigns/${code}/nominations`, { token, body: { items } });
    expect((await post(t2, [person(u(1), 1)])).status).toBe(403);
    expect((await post(t2, [person(u(2), 2, { priority: 1 })])).status).toBe(403);
    expect((await post(council, [person(u(2), 2)])).status).toBe(403);
    const own = await post(t2, [person(u(2), 2)]);
    expect(own.status).toBe(201);
    const resp = await post(t4, [person(u(1), 1, { priority: 1 })]);
    expect(resp.status).toBe(201);
    // The responsible unit's priority-1 nomination comes first in line.
    const all = await call('GET', `/campaigns/${code}/nominations`, { token: council });
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(2);
    const mine = await call('GET', `/campaigns/${code}/nominations`, { token: t2 });
    expect(mine.body.items.map((x: Item) => x.id)).toEqual([own.body.items[0].id]);
    const otherId = resp.body.items[0].id;
    expect(
      (
        await call('PATCH', `/campaigns/${code}/nominations/${otherId}`, {
          token: t2,
          body: { summary: 'x' },
        })
      ).status,
    ).toBe(403);
    expect((await call('DELETE', `/campaigns/${code}/nominations/${otherId}`, { token: t2 })).status).toBe(
      403,
    );
    expect((await call('DELETE', `/campaigns/${code}/nominations/N-nope`, { token: t2 })).status).toBe(404);
    const ownId = own.body.items[0].id;
    expect(
      (await call('PATCH', `/campaigns/${code}/nominations/${ownId}`, { token: t2, body: { priority: 1 } }))
        .status,
    ).toBe(403);
    const fixed = await call('PATCH', `/campaigns/${code}/nominations/${ownId}`, {
      token: t2,
      body: { summary: 'Hoàn thành xuất sắc nhiệm vụ' },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({
      summary: 'Hoàn thành xuất sắc nhiệm vụ',
      filedAt: mine.body.items[0].filedAt,
    });
    expect((await call('GET', `/campaigns/${code}/quotas`, { token: t2 })).status).toBe(403);
    expect((await call('GET', `/campaigns/${code}/quotas`, { token: council })).status).toBe(200);
    const audit = await call('GET', `/campaigns/${code}/audit?action=nomination`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toEqual([
      'nomination.create',
      'nomination.create',
      'nomination.update',
    ]);
  });

  it('30 concurrent nominations against a quota of 10 leave exactly 10 within', async () => {
    const { code, u } = await seedAwards();
    const replies = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        call('POST', `/campaigns/${code}/nominations`, { body: { items: [person(u(1 + (i % 7)), i)] } }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(30).fill(201));
    const list = await call('GET', `/campaigns/${code}/nominations`);
    expect(list.body.items).toHaveLength(30);
    expect(list.body.items.filter((x: Item) => x.status === 'within_quota')).toHaveLength(10);
    expect(list.body.items.filter((x: Item) => x.status === 'over_quota')).toHaveLength(20);
    // What each filer was told agrees: never more than 10 told "within".
    const told = replies.filter((r) => r.body.items[0].status === 'within_quota');
    expect(told).toHaveLength(10);
  });

  it('a milestone that closes nominations gives 423 once past', async () => {
    const p = awardsPlan();
    p.plan.milestones = [
      { code: 'DN', title: 'Gửi hồ sơ đề nghị', due: '2020-12-15', closes: 'nominations' },
    ];
    expect((await call('POST', '/plans', { body: p.plan })).status).toBe(201);
    const r = await call('POST', `/campaigns/${p.code}/nominations`, {
      body: { items: [person(p.u(1), 1)] },
    });
    expect(r.status).toBe(423);
  });
});
