/**
 * Registrations, the `registered` eligibility rule end to end, covenants, milestone reopens and the
 * calendar, against the real Worker and local D1; every write audited in its batch, a refused write leaves
 * nothing behind.
 */
import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanInput } from '../../shared/contract/plan';
import { awardsPlan } from './awards-fixtures';
import { call, issue } from './helpers';

type Item = { id: string; status: string; reasons: string[] };

const DAY = 86_400_000;
/** A date-time `days` from now, in Vietnam's offset. */
const inDays = (days: number) => {
  const local = new Date(Date.now() + days * DAY + 7 * 3600_000).toISOString().slice(0, 19);
  return `${local}+07:00`;
};

/** The awards plan plus registrable awards, `registered` rules, a covenant in the plan and milestones. */
function registrationPlan(milestones: PlanInput['milestones'] = []) {
  const p = awardsPlan();
  p.plan.awards = [
    ...p.plan.awards!,
    { code: 'LDXS', name: 'Tập thể lao động xuất sắc', nominee: 'collective' },
    { code: 'CSTD', name: 'Chiến sĩ thi đua cơ sở', nominee: 'individual' },
  ];
  p.plan.rules = [
    ...p.plan.rules!,
    { kind: 'eligibility', award: 'LDXS', registered: true },
    { kind: 'eligibility', award: 'CSTD', registered: true },
  ];
  p.plan.groups![1] = {
    ...p.plan.groups![1]!,
    covenant: { documentNo: '01/GƯTĐ-C2', signedAt: '2023-03-10' },
  };
  p.plan.milestones = milestones;
  return p;
}

async function seed(milestones: PlanInput['milestones'] = []) {
  const p = registrationPlan(milestones);
  const r = await call('POST', '/plans', { body: p.plan });
  if (r.status !== 201) throw new Error(`seed: ${r.status} ${JSON.stringify(r.body)}`);
  return p;
}

const regPath = (code: string, unit: string) => `/campaigns/${code}/units/${unit}/registration`;

/** The rows a registration, covenant or reopen write touches, to compare before and after. */
async function dump(code: string) {
  const out: Record<string, unknown> = {};
  for (const table of ['registrations', 'covenants', 'milestone_reopens', 'audit_log'])
    out[table] = (
      await env.DB.prepare(`SELECT * FROM ${table} WHERE campaign = ?1 ORDER BY rowid`).bind(code).all()
    ).results;
  return JSON.stringify(out);
}

const auditOf = async (code: string, action: string) =>
  (await call('GET', `/campaigns/${code}/audit?action=${action}`)).body.items;

describe('registrations', () => {
  it('the unit or the secretariat writes; 200 with what is stored; reads by role; audited', async () => {
    const { code, u } = await seed();
    const me = await issue('unit', u(2), 'Phòng TCHC đơn vị 2');
    const body = {
      awards: ['LDXS'],
      individuals: [
        { name: 'Nguyễn Thị Hồng Nhung', staffId: 'NV-01', position: 'Điều dưỡng trưởng', awards: ['CSTD'] },
        { name: 'Lê Văn Tám', position: 'Bác sĩ', awards: ['CSTD', 'LDTT'] },
      ],
    };
    const put = await call('PUT', regPath(code, u(2)), { token: me, body });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ campaign: code, unit: u(2), ...body, updatedBy: 'Phòng TCHC đơn vị 2' });
    expect(put.body.updatedAt).toMatch(/\+07:00$/);

    // Read back by the unit, its group's lead, the council; not by another unit of the campaign.
    const lead = await issue('unit', u(1));
    const council = await issue('council');
    for (const token of [me, lead, council]) {
      const got = await call('GET', regPath(code, u(2)), { token });
      expect(got.status).toBe(200);
      expect(got.body).toEqual(put.body);
    }
    expect((await call('GET', regPath(code, u(2)), { token: await issue('unit', u(6)) })).status).toBe(403);
    // Another unit may not write it; the council never writes.
    expect((await call('PUT', regPath(code, u(2)), { token: lead, body })).status).toBe(403);
    expect((await call('PUT', regPath(code, u(2)), { token: council, body })).status).toBe(403);

    // The secretariat writes for U3; a unit that never registered reads as empty.
    const sec = await issue('secretariat', undefined, 'Văn phòng Sở');
    expect((await call('PUT', regPath(code, u(3)), { token: sec, body: { awards: ['LDXS'] } })).status).toBe(
      200,
    );
    const empty = await call('GET', regPath(code, u(4)));
    expect(empty.body).toMatchObject({ unit: u(4), awards: [], individuals: [], updatedAt: null });

    const list = await call('GET', `/campaigns/${code}/registrations`, { token: council });
    expect(list.status).toBe(200);
    expect(list.body.registrations.map((r: { unit: string }) => r.unit)).toEqual([u(2), u(3)]);
    expect(list.body.registrations[1]).toMatchObject({
      awards: ['LDXS'],
      individuals: [],
      updatedBy: 'Văn phòng Sở',
    });
    expect((await call('GET', `/campaigns/${code}/registrations`, { token: me })).status).toBe(403);

    const rows = await auditOf(code, 'registration');
    expect(rows.map((r: { target: string; actor: string }) => [r.target, r.actor])).toEqual([
      [u(2), 'Phòng TCHC đơn vị 2'],
      [u(3), 'Văn phòng Sở'],
    ]);

    // A second PUT replaces the whole registration.
    const again = await call('PUT', regPath(code, u(2)), { token: me, body: { awards: [] } });
    expect(again.body).toMatchObject({ awards: [], individuals: [] });
    expect((await call('GET', regPath(code, u(2)))).body.individuals).toEqual([]);
  });

  it('404 for an unknown campaign or a unit the campaign does not list; 422 lists every problem', async () => {
    const { code, u } = await seed();
    const other = awardsPlan();
    expect((await call('POST', '/plans', { body: other.plan })).status).toBe(201);
    expect((await call('PUT', regPath('C-NOPE', u(1)), { body: { awards: [] } })).status).toBe(404);
    expect((await call('PUT', regPath(code, other.u(1)), { body: { awards: [] } })).status).toBe(404);
    expect((await call('GET', regPath(code, 'KHONG-CO'))).status).toBe(404);
    // 404 before 403: a unit token asking about a unit that is not there.
    expect((await call('GET', regPath(code, 'KHONG-CO'), { token: await issue('unit', u(2)) })).status).toBe(
      404,
    );

    const before = await dump(code);
    const bad = await call('PUT', regPath(code, u(2)), {
      body: {
        awards: ['KHONG-CO', 'CSTD', 'LDXS', 'LDXS'],
        individuals: [
          { name: 'Trần Văn A', awards: ['LDXS'] },
          { name: 'trần văn a', awards: [] },
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['/awards/0', 'unknown_award'],
      ['/awards/1', 'nominee_kind'],
      ['/awards/3', 'duplicate_code'],
      ['/individuals/0/awards/0', 'nominee_kind'],
      ['/individuals/1', 'duplicate_person'],
    ]);
    for (const e of bad.body.errors) expect(e.message).toMatch(/[à-ỹ]/);
    const schema = await call('PUT', regPath(code, u(2)), { body: { awards: 'LDXS', individuals: [{}] } });
    expect(schema.status).toBe(422);
    expect(schema.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['/awards', '/individuals/0/name']),
    );
    expect(await dump(code)).toBe(before);
  });

  it('`registered: true`: ineligible ("Chưa đăng ký danh hiệu …") until the nominee registers that award', async () => {
    const { code, u } = await seed();
    const items = [
      { award: 'LDXS', nominee: { kind: 'collective', unit: u(2) } },
      {
        award: 'CSTD',
        nominee: { kind: 'individual', unit: u(2), name: 'Nguyễn Thị Hồng Nhung', staffId: 'NV-01' },
      },
      { award: 'CSTD', nominee: { kind: 'individual', unit: u(2), name: 'Lê Văn Tám' } },
    ];
    const filed = await call('POST', `/campaigns/${code}/nominations`, { body: { items } });
    expect(filed.status).toBe(201);
    expect(filed.body.items.map((i: Item) => i.status)).toEqual(['ineligible', 'ineligible', 'ineligible']);
    expect(filed.body.items[0].reasons).toEqual(['Chưa đăng ký danh hiệu Tập thể lao động xuất sắc']);
    expect(filed.body.items[1].reasons).toEqual(['Chưa đăng ký danh hiệu Chiến sĩ thi đua cơ sở']);

    // The unit registers itself and one person (matched by staff id; the name differs in case only).
    const me = await issue('unit', u(2));
    const reg = await call('PUT', regPath(code, u(2)), {
      token: me,
      body: {
        awards: ['LDXS'],
        individuals: [{ name: 'NGUYỄN THỊ HỒNG NHUNG', staffId: 'NV-01', awards: ['CSTD'] }],
      },
    });
    expect(reg.status).toBe(200);
    const list = await call('GET', `/campaigns/${code}/nominations`);
    const byId = new Map(list.body.items.map((i: Item) => [i.id, i]));
    const status = (k: number) => (byId.get(filed.body.items[k].id) as Item).status;
    expect([status(0), status(1), status(2)]).toEqual(['within_quota', 'within_quota', 'ineligible']);
    expect((byId.get(filed.body.items[2].id) as Item).reasons).toEqual([
      'Chưa đăng ký danh hiệu Chiến sĩ thi đua cơ sở',
    ]);

    // Registering a collective award for another unit does not count for U2.
    await call('PUT', regPath(code, u(2)), { token: me, body: { awards: [] } });
    await call('PUT', regPath(code, u(3)), { body: { awards: ['LDXS'] } });
    const after = await call('GET', `/campaigns/${code}/nominations?award=LDXS`);
    expect(after.body.items.map((i: Item) => i.status)).toEqual(['ineligible']);
  });
});

describe('milestones: 423, reopen, calendar', () => {
  it('a passed registration milestone gives 423 until the secretariat reopens it; the reopen is audited', async () => {
    const { code, u } = await seed([
      { code: 'DK', title: 'Đăng ký thi đua', due: '2023-03-15T17:00:00+07:00', closes: 'registration' },
      { code: 'GU', title: 'Ký giao ước', due: '2023-03-31' },
    ]);
    const me = await issue('unit', u(2));
    const body = { awards: ['LDXS'] };
    const before = await dump(code);
    const closed = await call('PUT', regPath(code, u(2)), { token: me, body });
    expect(closed.status).toBe(423);
    expect(closed.body.detail).toContain('Đăng ký thi đua');
    expect(closed.body.locksAt).toBe('2023-03-15T17:00:00+07:00');
    // 422 comes before 423.
    expect((await call('PUT', regPath(code, u(2)), { token: me, body: { awards: ['X'] } })).status).toBe(422);
    expect(await dump(code)).toBe(before);

    const reopen = (token: string | undefined, milestone: string, b: unknown) =>
      call('POST', `/campaigns/${code}/milestones/${milestone}/reopen`, { token, body: b });
    const sec = await issue('secretariat', undefined, 'Chánh Văn phòng');
    const until = inDays(3);
    expect((await reopen(await issue('council'), 'DK', { until, reason: 'x' })).status).toBe(403);
    expect((await reopen(me, 'DK', { until, reason: 'x' })).status).toBe(403);
    expect((await reopen(sec, 'NOPE', { until, reason: 'x' })).status).toBe(404);
    expect(
      (await call('POST', `/campaigns/C-NOPE/milestones/DK/reopen`, { body: { until, reason: 'x' } })).status,
    ).toBe(404);
    const past = await reopen(sec, 'DK', { until: '2023-04-01', reason: 'Bổ sung' });
    expect(past.status).toBe(422);
    expect(past.body.errors[0].path).toBe('/until');
    const nothing = await reopen(sec, 'GU', { until, reason: 'Bổ sung' });
    expect(nothing.status).toBe(422);
    expect(nothing.body.errors[0].code).toBe('closes_nothing');
    expect((await reopen(sec, 'DK', { until })).status).toBe(422);
    expect(await dump(code)).toBe(before);

    // A milestone not yet due: a reopen that ends before its due time would change nothing, so it is refused.
    const later = await seed([
      { code: 'DK2', title: 'Đăng ký bổ sung', due: inDays(20), closes: 'registration' },
    ]);
    const early = await call('POST', `/campaigns/${later.code}/milestones/DK2/reopen`, {
      token: sec,
      body: { until: inDays(3), reason: 'Bổ sung' },
    });
    expect(early.status).toBe(422);
    expect(early.body.errors[0]).toMatchObject({ path: '/until', code: 'not_after_due' });
    expect(early.body.errors[0].message).toContain('Mốc DK2');

    const ok = await reopen(sec, 'DK', { until, reason: 'Đơn vị mới sáp nhập chưa kịp đăng ký' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({
      code: 'DK',
      closes: 'registration',
      state: 'due_soon',
      closesAt: until,
      reopened: { until, reason: 'Đơn vị mới sáp nhập chưa kịp đăng ký', reopenedBy: 'Chánh Văn phòng' },
    });
    expect((await call('PUT', regPath(code, u(2)), { token: me, body })).status).toBe(200);
    const rows = await auditOf(code, 'milestone.reopen');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'Chánh Văn phòng', target: 'DK' });

    // Nominations are not reopened by a registration milestone, and the other way round.
    const noms = await seed([{ code: 'DN', title: 'Nộp hồ sơ', due: '2023-12-15', closes: 'nominations' }]);
    expect((await call('PUT', regPath(noms.code, noms.u(2)), { body })).status).toBe(200);
    const person = {
      award: 'LDTT',
      movement: 'M1',
      nominee: { kind: 'individual', unit: noms.u(1), name: 'Phạm Văn Đồng' },
    };
    const post = () => call('POST', `/campaigns/${noms.code}/nominations`, { body: { items: [person] } });
    expect((await post()).status).toBe(423);
    expect(
      (
        await call('POST', `/campaigns/${noms.code}/milestones/DN/reopen`, {
          body: { until: inDays(30), reason: 'Gia hạn nộp hồ sơ' },
        })
      ).status,
    ).toBe(200);
    expect((await post()).status).toBe(201);
  });

  it('the calendar lists milestones by due time with upcoming / due_soon / closed, reopens included', async () => {
    const { code, u } = await seed([
      { code: 'LATER', title: 'Họp Hội đồng', due: inDays(40) },
      { code: 'SOON', title: 'Nộp hồ sơ đề nghị', due: inDays(3), closes: 'nominations' },
      {
        code: 'PAST',
        title: 'Đăng ký thi đua',
        due: '2023-03-15T17:00:00+07:00',
        closes: 'registration',
        quarter: 1,
      },
      { code: 'PAST2', title: 'Ký giao ước', due: '2023-03-31', details: ['Các khối ký giao ước'] },
      { code: 'EDGE', title: 'Sơ kết', due: inDays(8) },
    ]);
    const unit = await issue('unit', u(6));
    const cal = await call('GET', `/campaigns/${code}/calendar`, { token: unit });
    expect(cal.status).toBe(200);
    const rows = cal.body.milestones.map((m: Record<string, unknown>) => [m.code, m.state, m.closes]);
    expect(rows).toEqual([
      ['PAST', 'closed', 'registration'],
      ['PAST2', 'closed', null],
      ['SOON', 'due_soon', 'nominations'],
      ['EDGE', 'upcoming', null],
      ['LATER', 'upcoming', null],
    ]);
    expect(cal.body.milestones[0]).toMatchObject({
      title: 'Đăng ký thi đua',
      dueAt: '2023-03-15T17:00:00+07:00',
      quarter: 1,
      closesLabel: 'Đăng ký thi đua',
      stateLabel: 'Đã qua hạn',
      reopened: null,
    });
    expect(cal.body.milestones[1]).toMatchObject({
      dueAt: '2023-03-31T23:59:59+07:00',
      details: ['Các khối ký giao ước'],
    });

    // Reopened for 20 days: upcoming, closing at the reopen's end; then for 2 days: due soon.
    const u20 = inDays(20);
    await call('POST', `/campaigns/${code}/milestones/PAST/reopen`, {
      body: { until: u20, reason: 'Gia hạn' },
    });
    let past = (await call('GET', `/campaigns/${code}/calendar`)).body.milestones[0];
    expect(past).toMatchObject({ code: 'PAST', state: 'upcoming', closesAt: u20, reopened: { until: u20 } });
    await call('POST', `/campaigns/${code}/milestones/PAST/reopen`, {
      body: { until: inDays(2), reason: 'Rút ngắn' },
    });
    past = (await call('GET', `/campaigns/${code}/calendar`)).body.milestones[0];
    expect(past).toMatchObject({ state: 'due_soon', reopened: { reason: 'Rút ngắn' } });

    expect((await call('GET', `/campaigns/${code}/calendar`, { token: await issue('council') })).status).toBe(
      200,
    );
    const stranger = awardsPlan();
    await call('POST', '/plans', { body: stranger.plan });
    expect(
      (await call('GET', `/campaigns/${code}/calendar`, { token: await issue('unit', stranger.u(1)) }))
        .status,
    ).toBe(403);
    expect((await call('GET', '/campaigns/C-NOPE/calendar')).status).toBe(404);
  });
});

describe('covenants', () => {
  it('the lead unit or the secretariat records it; the plan’s stands until then; snapshots freeze the same shape', async () => {
    const { code, u } = await seed();
    const path = (g: string) => `/campaigns/${code}/groups/${g}/covenant`;
    const member = await issue('unit', u(6));
    // G2 has the plan's covenant, G1 none yet.
    expect((await call('GET', path('G2'), { token: member })).body).toEqual({
      group: 'G2',
      documentNo: '01/GƯTĐ-C2',
      signedAt: '2023-03-10',
      source: 'plan',
      recordedAt: null,
      recordedBy: null,
    });
    expect((await call('GET', path('G1'))).body).toMatchObject({
      group: 'G1',
      documentNo: null,
      source: null,
    });

    const body = {
      documentNo: '02/GƯTĐ-K1',
      signedAt: '2023-03-12',
      url: 'https://vanban.example.vn/02-guttd.pdf',
    };
    expect((await call('PUT', path('G1'), { token: await issue('unit', u(2)), body })).status).toBe(403);
    expect((await call('PUT', path('G1'), { token: await issue('council'), body })).status).toBe(403);
    expect((await call('PUT', path('G9'), { body })).status).toBe(404);
    const before = await dump(code);
    const bad = await call('PUT', path('G1'), {
      body: { documentNo: '', signedAt: '12/03/2023', url: 'không' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      '/documentNo',
      '/signedAt',
      '/url',
    ]);
    expect(await dump(code)).toBe(before);
    // Only a web address: a link that would run script, or open a local file, is refused by name.
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
    ]) {
      const r = await call('PUT', path('G1'), { body: { ...body, url } });
      expect(r.status, url).toBe(422);
      expect(r.body.errors).toEqual([
        expect.objectContaining({ path: '/url', message: expect.stringContaining('https://') }),
      ]);
    }
    expect(await dump(code)).toBe(before);

    const lead = await issue('unit', u(1), 'Trưởng khối một');
    const put = await call('PUT', path('G1'), { token: lead, body });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      group: 'G1',
      ...body,
      source: 'recorded',
      recordedBy: 'Trưởng khối một',
    });
    expect((await call('GET', path('G1'), { token: member })).body).toEqual(put.body);
    const sec = await call('PUT', path('G2'), {
      body: { documentNo: '03/GƯTĐ-C2', signedAt: '2023-03-20T09:00:00+07:00' },
    });
    expect(sec.status).toBe(200);
    expect((await auditOf(code, 'covenant')).map((r: { target: string }) => r.target)).toEqual(['G1', 'G2']);

    const snap = await call('POST', `/campaigns/${code}/snapshots`);
    const frozen = await call('GET', `/campaigns/${code}/snapshots/${snap.body.id}`);
    expect(frozen.body.covenants).toEqual([
      { group: 'G1', ...body },
      { group: 'G2', documentNo: '03/GƯTĐ-C2', signedAt: '2023-03-20T09:00:00+07:00' },
    ]);
  });
});

describe('arbitrary input', () => {
  it('never answers a registration, covenant or reopen body with a 5xx', async () => {
    const { code, u } = await seed([
      { code: 'DK', title: 'Đăng ký thi đua', due: inDays(30), closes: 'registration' },
    ]);
    const unit = await issue('unit', u(2));
    const routes: [string, string, string | undefined][] = [
      ['PUT', regPath(code, u(2)), unit],
      ['PUT', `/campaigns/${code}/groups/G1/covenant`, undefined],
      ['POST', `/campaigns/${code}/milestones/DK/reopen`, undefined],
    ];
    const text = fc.oneof(fc.string(), fc.constantFrom('LDXS', 'CSTD', 'CO', '2023-03-10', inDays(3)));
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          awards: fc.oneof(fc.array(text, { maxLength: 4 }), fc.jsonValue()),
          individuals: fc.array(
            fc.record(
              { name: fc.oneof(text, fc.jsonValue()), staffId: fc.jsonValue(), awards: fc.array(text) },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: [] },
      ),
      fc.record(
        { documentNo: text, signedAt: text, url: fc.oneof(fc.webUrl(), text), until: text, reason: text },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, path, token], value) => {
        const r = await call(method, path, { token, body: value });
        expect(
          [200, 400, 403, 404, 413, 415, 422, 423],
          `${method} ${path} ${JSON.stringify(value)}`,
        ).toContain(r.status);
        if (r.status >= 400) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
      }),
      { numRuns: 150 },
    );
  });
});
