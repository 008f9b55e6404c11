/**
 * Tokens expire (TOKEN_DAYS by default, or their own earlier `expiresAt`), their labels are unique among
 * live tokens, and ADMIN_TOKEN has a second accepted value during a rotation (decision 0029).
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { resolve } from '../src/access/auth';
import { hashToken } from '../src/access/hash';
import app from '../src/index';
import { call, checked, fullEntries, issue, seedPlan, sheetPath, uid } from './helpers';

const DAY = 86_400_000;
/** TOKEN_DAYS is empty in wrangler.toml: the default, 400 days. */
const DEFAULT_DAYS = 400;
const NEXT = env.ADMIN_TOKEN_NEXT;

const byHash = async (token: string) =>
  env.DB.prepare('SELECT id, expires_at FROM tokens WHERE hash = ?1')
    .bind(await hashToken(token))
    .first<{ id: string; expires_at: number }>();

const expireInSql = async (token: string, at: number) =>
  env.DB.prepare('UPDATE tokens SET expires_at = ?2 WHERE hash = ?1')
    .bind(await hashToken(token), at)
    .run();

/** A request through the Worker with another environment (a rotation's secrets). */
async function fetchWith(vars: Partial<typeof env>, token: string, path = '/me') {
  const ctx = createExecutionContext();
  const res = await app.fetch(
    new Request(`http://localhost/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } }),
    { ...env, ...vars },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return checked('GET', path, res);
}

describe('expiry', () => {
  it('gives a token the default lifetime, shown on issue and in GET /tokens', async () => {
    const r = await call('POST', '/tokens', { body: { role: 'council', label: `Ủy viên ${uid()}` } });
    expect(r.status).toBe(201);
    expect(Date.parse(r.body.expiresAt) - Date.parse(r.body.createdAt)).toBe(DEFAULT_DAYS * DAY);
    expect(r.body.expiresAt).toMatch(/\+07:00$/);
    const listed = (await call('GET', '/tokens')).body.tokens.find((t: { id: string }) => t.id === r.body.id);
    expect(listed.expiresAt).toBe(r.body.expiresAt);
    const row = await byHash(r.body.token);
    expect(row!.expires_at).toBe(Date.parse(r.body.expiresAt));
  });

  it('takes an earlier expiresAt: a date means the end of that day in Vietnam', async () => {
    const day = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    const r = await call('POST', '/tokens', {
      body: { role: 'council', label: `Hội đồng ${uid()}`, expiresAt: day },
    });
    expect(r.status).toBe(201);
    expect(r.body.expiresAt).toBe(`${day}T23:59:59+07:00`);
    const at = new Date(Date.now() + 2 * DAY).toISOString();
    const exact = await call('POST', '/tokens', {
      body: { role: 'council', label: `Hội đồng ${uid()}`, expiresAt: at },
    });
    expect(Date.parse(exact.body.expiresAt)).toBe(Date.parse(at));
  });

  it('refuses an expiresAt in the past or beyond the longest lifetime, at /expiresAt in Vietnamese', async () => {
    const late = new Date(Date.now() + (DEFAULT_DAYS + 2) * DAY).toISOString().slice(0, 10);
    for (const [expiresAt, code, words] of [
      ['2020-01-01', 'expires_in_past', 'sau thời điểm cấp'],
      [late, 'expires_too_late', `${DEFAULT_DAYS} ngày`],
    ]) {
      const label = `Hết hạn ${uid()}`;
      const r = await call('POST', '/tokens', { body: { role: 'council', label, expiresAt } });
      expect(r.status, expiresAt).toBe(422);
      expect(r.body.errors).toEqual([
        { path: '/expiresAt', code, message: expect.stringContaining(words as string) },
      ]);
      const made = await env.DB.prepare('SELECT COUNT(*) AS n FROM tokens WHERE label = ?1')
        .bind(label)
        .first<number>('n');
      expect(made).toBe(0);
    }
  });

  it('answers an expired token 401 saying so, and lists it until revoked', async () => {
    const token = await issue('council');
    expect((await call('GET', '/me', { token })).status).toBe(200);
    const at = Date.UTC(2024, 4, 31, 10, 0); // 17:00 in Vietnam
    await expireInSql(token, at);
    // A write looks the token up afresh; the cached read follows within the cache's TTL (below).
    const r = await call('POST', '/tokens', { token, body: { role: 'council', label: 'x' } });
    expect(r.status).toBe(401);
    expect(r.headers.get('WWW-Authenticate')).toBe('Bearer error="invalid_token"');
    expect(r.body.detail).toContain('hết hạn từ 17:00 ngày 31/05/2024');
    const id = (await byHash(token))!.id;
    const listed = (await call('GET', '/tokens')).body.tokens.find((t: { id: string }) => t.id === id);
    expect(listed.expiresAt).toBe('2024-05-31T17:00:00+07:00');
  });

  it('is respected by the token cache: an entry never outlives its token', async () => {
    const token = await issue('council');
    const t0 = Date.now();
    await expireInSql(token, t0 + 5_000);
    const first = await resolve(env, token, 'read', () => {}, uid(), t0);
    expect(first).toHaveProperty('actor');
    // Within the cache's 10 s but after the expiry: asked again, the database says expired.
    const later = await resolve(env, token, 'read', () => {}, uid(), t0 + 6_000);
    expect(later).toEqual({ refused: 'expired', expiredAt: t0 + 5_000 });
  });
});

describe('unique labels', () => {
  it('refuses a second live token whose label reads the same (case, spaces, NFD, zero-width), 409', async () => {
    const p = await seedPlan();
    const label = `Nguyễn Văn An ${p.s}`;
    const first = await call('POST', '/tokens', { body: { role: 'unit', unit: p.u1, label } });
    expect(first.status).toBe(201);
    for (const same of [
      label.toUpperCase(),
      `  ${label.replace(' ', '   ')} `,
      label.normalize('NFD'),
      label.replace('An', 'A\u200Bn'),
    ]) {
      const r = await call('POST', '/tokens', { body: { role: 'unit', unit: p.u2, label: same } });
      expect(r.status, JSON.stringify(same)).toBe(409);
      expect(r.headers.get('Content-Type')).toContain('application/problem+json');
      expect(r.body.detail).toContain(`"${label}"`);
      expect(r.body.detail).toContain(first.body.id);
    }
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM tokens WHERE label_key = ?1')
      .bind(label.toLowerCase())
      .first<number>('n');
    expect(count).toBe(1);
    // Revoked, the label is free again.
    expect((await call('DELETE', `/tokens/${first.body.id}`)).status).toBe(204);
    expect(
      (await call('POST', '/tokens', { body: { role: 'unit', unit: p.u2, label: label.toUpperCase() } }))
        .status,
    ).toBe(201);
  });

  it('keeps an expired token’s label until it is revoked', async () => {
    const label = `Ủy viên cũ ${uid()}`;
    const old = await call('POST', '/tokens', { body: { role: 'council', label } });
    await expireInSql(old.body.token, Date.now() - 1);
    expect((await call('POST', '/tokens', { body: { role: 'council', label } })).status).toBe(409);
    await call('DELETE', `/tokens/${old.body.id}`);
    expect((await call('POST', '/tokens', { body: { role: 'council', label } })).status).toBe(201);
  });

  it('is guarded in SQL: a key held under another spelling counts, the unique index refuses a duplicate', async () => {
    const key = `chánh văn phòng ${uid().toLowerCase()}`;
    // A live row holding the key under another spelling, as a concurrent issue would have left it.
    await env.DB.prepare(
      `INSERT INTO tokens (id, hash, role, unit, label, created_at, created_by, expires_at, label_key)
       VALUES (?1, ?2, 'council', NULL, 'someone else', ?3, 'test', ?4, ?5)`,
    )
      .bind(`tok_${uid()}`, await hashToken(uid()), Date.now(), Date.now() + DAY, key)
      .run();
    const r = await call('POST', '/tokens', { body: { role: 'council', label: key.toUpperCase() } });
    expect(r.status).toBe(409);
    await expect(
      env.DB.prepare(
        `INSERT INTO tokens (id, hash, role, unit, label, created_at, created_by, expires_at, label_key)
         VALUES ('tok_dup', 'h', 'council', NULL, 'x', 0, 't', 1, ?1)`,
      )
        .bind(key)
        .run(),
    ).rejects.toThrow(/UNIQUE/);
  });
});

describe('rotating ADMIN_TOKEN', () => {
  it('accepts ADMIN_TOKEN_NEXT as the admin, named apart in the audit log', async () => {
    const me = await call('GET', '/me', { token: NEXT });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'admin', label: 'Quản trị hệ thống (ADMIN_TOKEN_NEXT)' });
    const made = await call('POST', '/tokens', {
      token: NEXT,
      body: { role: 'council', label: `Cấp khi đổi mã ${uid()}` },
    });
    expect(made.status).toBe(201);
    const row = await env.DB.prepare('SELECT actor FROM audit_log WHERE target = ?1')
      .bind(made.body.id)
      .first<string>('actor');
    expect(row).toBe('Quản trị hệ thống (ADMIN_TOKEN_NEXT)');
    // A guarded sheet write by the second value (no token row, like the first).
    const p = await seedPlan();
    const put = await call('PUT', sheetPath(p.code, 'G1', p.u2), {
      token: NEXT,
      body: { revision: 0, entries: fullEntries },
    });
    expect(put.status).toBe(200);
  });

  it('switches over by secrets alone: new value in NEXT, then in ADMIN_TOKEN, then NEXT off', async () => {
    const old = env.ADMIN_TOKEN;
    const fresh = `rotated-${crypto.randomUUID()}`;
    const steps: [Partial<typeof env>, Record<string, number>][] = [
      [{ ADMIN_TOKEN_NEXT: 'off' }, { [old]: 200, [fresh]: 401 }],
      [{ ADMIN_TOKEN_NEXT: fresh }, { [old]: 200, [fresh]: 200 }],
      [
        { ADMIN_TOKEN: fresh, ADMIN_TOKEN_NEXT: fresh },
        { [old]: 401, [fresh]: 200 },
      ],
      [
        { ADMIN_TOKEN: fresh, ADMIN_TOKEN_NEXT: 'off' },
        { [old]: 401, [fresh]: 200 },
      ],
    ];
    for (const [vars, expected] of steps)
      for (const [token, status] of Object.entries(expected))
        expect((await fetchWith(vars, token)).status, `${JSON.stringify(vars)} ${token}`).toBe(status);
  });
});
