/** The register of awards in workerd against D1 (issue 14): decisions, the import checked whole, reads. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { seedAwards } from './awards-fixtures';
import { call, issue, uid } from './helpers';
import { registerDecision, registerRow } from './people-fixtures';

const count = async () =>
  (await env.DB.prepare(
    'SELECT (SELECT count(*) FROM register_decisions) + (SELECT count(*) FROM register_recipients) AS n',
  ).first<{ n: number }>())!.n;

describe('the register of awards', () => {
  it('records a decision (201), refuses it twice (409) and an unknown unit (422); audited globally', async () => {
    const { u } = await seedAwards();
    const d = registerDecision(u(1));
    const r = await call('POST', '/register/decisions', { body: d });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ ...d, campaign: null, meeting: null, recordedBy: expect.any(String) });
    expect((await call('POST', '/register/decisions', { body: d })).status).toBe(409);
    const lower = { ...d, number: d.number.toLowerCase() };
    expect((await call('POST', '/register/decisions', { body: lower })).status).toBe(409);
    const unknown = await call('POST', '/register/decisions', {
      body: registerDecision('KHONG-CO'),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/recipients/0/unit',
      '/recipients/1/unit',
    ]);
    const reversed = await call('POST', '/register/decisions', {
      body: registerDecision(u(1), { period: { from: 2022, to: 2021 } }),
    });
    expect(reversed.status).toBe(422);
    const twice = await call('POST', '/register/decisions', {
      body: registerDecision(u(1), {
        recipients: [
          { kind: 'individual', unit: u(1), staffId: 'NV-1' },
          { kind: 'individual', unit: u(1), staffId: 'nv-1', name: 'Nguyễn Văn An' },
          { kind: 'individual', unit: u(1) },
        ],
      }),
    });
    expect(twice.status).toBe(422);
    expect(twice.body.errors.map((e: { path: string }) => e.path)).toEqual([
      '/recipients/1/staffId',
      '/recipients/2/name',
    ]);
    const log = await call('GET', '/audit?action=register.record&limit=5000');
    expect(log.body.items.find((e: { target: string }) => e.target === r.body.id)).toMatchObject({
      action: 'register.record',
      detail: d,
    });
  });

  it('imports a sheet with one bad row: 422 naming the row, nothing stored; dryRun stores nothing either', async () => {
    const { u } = await seedAwards();
    const a = `${uid()}/QĐ-SYT`;
    const b = `${uid()}/QĐ-UBND`;
    const rows = [
      registerRow(u(1), a),
      registerRow(u(2), a),
      registerRow(u(3), b, { kind: 'collective', staffId: undefined, name: undefined }),
      registerRow(u(1), b),
    ];
    const before = await count();
    const bad = structuredClone(rows);
    bad[2]!.unit = 'KHONG-CO';
    const r = await call('POST', '/register/import', { body: { rows: bad } });
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      { path: '/rows/2/unit', code: 'unknown_unit', message: expect.stringMatching(/^Dòng 4: /) },
    ]);
    expect(r.body.detail).toContain('1 dòng');
    const disagree = structuredClone(rows);
    disagree[1]!.authority = 'Giám đốc Sở Y tế';
    const r2 = await call('POST', '/register/import', { body: { rows: disagree } });
    expect(r2.status).toBe(422);
    expect(r2.body.errors[0]).toMatchObject({ path: '/rows/1/authority', code: 'decision_disagrees' });
    expect(await count()).toBe(before);

    const dry = await call('POST', '/register/import?dryRun=true', { body: { rows } });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ decisions: 2, recipients: 4, dryRun: true });
    expect(await count()).toBe(before);

    const done = await call('POST', '/register/import', { body: { rows } });
    expect(done.status, JSON.stringify(done.body).slice(0, 300)).toBe(201);
    expect(done.body).toEqual({ decisions: 2, recipients: 4, dryRun: false });
    expect(await count()).toBe(before + 6);
    // The same sheet again: every row of a decision already in the register is named; nothing added.
    const twice = await call('POST', '/register/import', { body: { rows } });
    expect(twice.status).toBe(422);
    expect(twice.body.errors.map((e: { path: string }) => e.path)).toEqual(
      [0, 1, 2, 3].map((i) => `/rows/${i}/number`),
    );
    expect(await count()).toBe(before + 6);
    const log = await call('GET', '/audit?action=register.import&limit=5000');
    expect(log.body.items.map((e: { detail: unknown }) => e.detail)).toContainEqual(
      expect.objectContaining({ decisions: 2, recipients: 4 }),
    );
  });

  it('reads by year, unit, title and level; a unit sees the decisions naming it, with its own recipients', async () => {
    const { u } = await seedAwards();
    const d1 = registerDecision(u(5), {
      recipients: [
        { kind: 'collective', unit: u(5) },
        { kind: 'individual', unit: u(6), staffId: 'NV-7', name: 'Lê Văn Cường' },
      ],
    });
    const d2 = registerDecision(u(5), {
      award: { title: 'CSTDCS', level: 'unit' },
      period: { from: 2019, to: 2020 },
    });
    for (const d of [d1, d2])
      expect((await call('POST', '/register/decisions', { body: d })).status).toBe(201);
    const numbers = (r: { body: { decisions: { number: string }[] } }) =>
      r.body.decisions.map((d) => d.number);
    expect(numbers(await call('GET', `/register?unit=${u(5)}`))).toEqual([d1.number, d2.number]);
    expect(numbers(await call('GET', `/register?unit=${u(5)}&year=2020`))).toEqual([d2.number]);
    expect(numbers(await call('GET', `/register?unit=${u(5)}&title=CSTDCS&level=unit`))).toEqual([d2.number]);
    expect(numbers(await call('GET', `/register?unit=${u(6)}`))).toEqual([d1.number]);
    const t6 = await issue('unit', u(6));
    const mine = await call('GET', '/register', { token: t6 });
    expect(mine.status).toBe(200);
    expect(mine.body.decisions).toHaveLength(1);
    expect(mine.body.decisions[0].recipients).toEqual([d1.recipients[1]]);
    expect((await call('GET', '/register?level=galaxy')).status).toBe(422);
    const t1 = await issue('unit', u(1));
    expect(
      (await call('POST', '/register/decisions', { token: t1, body: registerDecision(u(1)) })).status,
    ).toBe(403);
  });
});
