/** Tokens: random, hashed, shown once, labelled, revocable; who may issue what; GET /me. */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../src/access/hash';
import app from '../src/index';
import { call, issue, seedPlan } from './helpers';

describe('POST /tokens', () => {
  it('issues a 256-bit token shown once and stores only its SHA-256', async () => {
    const p = await seedPlan();
    const r = await call('POST', '/tokens', {
      body: { role: 'unit', unit: p.u2, label: 'Nguyễn Văn An (BV)' },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ role: 'unit', unit: p.u2, label: 'Nguyễn Văn An (BV)' });
    expect(r.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await env.DB.prepare('SELECT * FROM tokens WHERE id = ?1')
      .bind(r.body.id)
      .first<Record<string, unknown>>();
    expect(row!.hash).toBe(await hashToken(r.body.token));
    expect(JSON.stringify(row)).not.toContain(r.body.token);
    const list = await call('GET', '/tokens');
    const listed = list.body.tokens.find((t: { id: string }) => t.id === r.body.id);
    expect(listed).toMatchObject({ role: 'unit', unit: p.u2, label: 'Nguyễn Văn An (BV)', lastUsedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(r.body.token);
    expect(listed).not.toHaveProperty('token');
    expect(listed).not.toHaveProperty('hash');
  });

  it('records the last use, at most once a minute', async () => {
    const p = await seedPlan();
    const t = await issue('unit', p.u1);
    const id = (await call('GET', '/tokens')).body.tokens.find((x: { unit: string }) => x.unit === p.u1).id;
    const lastUsed = () =>
      env.DB.prepare('SELECT last_used_at FROM tokens WHERE id = ?1')
        .bind(id)
        .first<number | null>('last_used_at');
    // The touch is written after the response (waitUntil): run the request with our own execution context
    // and wait on what it left running.
    const me = async () => {
      const ctx = createExecutionContext();
      const req = new Request('http://localhost/api/v1/me', { headers: { Authorization: `Bearer ${t}` } });
      const res = await app.fetch(req, env, ctx);
      await waitOnExecutionContext(ctx);
      return res.status;
    };
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    expect(await me()).toBe(200);
    const first = await lastUsed();
    expect(first).toBeGreaterThanOrEqual(before);
    expect(first).toBeLessThanOrEqual(Date.now());
    expect(await me()).toBe(200);
    expect(await lastUsed()).toBe(first);
  });

  it('lets the secretariat issue unit and council tokens only', async () => {
    const p = await seedPlan();
    const sec = await issue('secretariat', undefined, 'Trần Thị Bình (Văn phòng)');
    expect(
      (await call('POST', '/tokens', { token: sec, body: { role: 'unit', unit: p.u1, label: 'a' } })).status,
    ).toBe(201);
    expect(
      (await call('POST', '/tokens', { token: sec, body: { role: 'council', label: 'b' } })).status,
    ).toBe(201);
    // The refusal names the role in the user's words, not its JSON value.
    for (const [role, words] of [
      ['admin', 'vai trò quản trị'],
      ['secretariat', 'vai trò Thường trực'],
    ]) {
      const r = await call('POST', '/tokens', { token: sec, body: { role, label: 'c' } });
      expect(r.status).toBe(403);
      expect(r.body.detail).toContain(words);
      expect(r.body.detail).not.toContain(role);
    }
    // 403 even when the rest of the body is invalid (403 precedes 422).
    expect((await call('POST', '/tokens', { token: sec, body: { role: 'admin' } })).status).toBe(403);
    const council = await issue('council');
    const unit = await issue('unit', p.u1);
    for (const token of [council, unit]) {
      expect((await call('POST', '/tokens', { token, body: { role: 'council', label: 'x' } })).status).toBe(
        403,
      );
      expect((await call('GET', '/tokens', { token })).status).toBe(403);
    }
  });

  it('refuses invalid bodies with 422: unknown unit, missing unit, unit on another role, no label', async () => {
    const cases: [unknown, string][] = [
      [{ role: 'unit', unit: 'KHONG-CO-DON-VI-NAY', label: 'x' }, '/unit'],
      [{ role: 'unit', label: 'x' }, '/unit'],
      [{ role: 'council', unit: 'X', label: 'x' }, '/unit'],
      [{ role: 'council', label: '  ' }, '/label'],
      [{ role: 'boss', label: 'x' }, '/role'],
    ];
    for (const [body, path] of cases) {
      const r = await call('POST', '/tokens', { body });
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const unknown = await call('POST', '/tokens', { body: cases[0]![0] });
    expect(unknown.body.errors[0].message).toContain('KHONG-CO-DON-VI-NAY');
  });
});

describe('DELETE /tokens/{id}', () => {
  it('revokes at once and is audited; 404 for an unknown or revoked id', async () => {
    const p = await seedPlan();
    const created = await call('POST', '/tokens', {
      body: { role: 'unit', unit: p.u3, label: 'Lê Văn Cường' },
    });
    const { id, token } = created.body;
    expect((await call('GET', '/me', { token })).status).toBe(200);
    expect((await call('DELETE', `/tokens/${id}`)).status).toBe(204);
    expect((await call('GET', '/me', { token })).status).toBe(401);
    expect((await call('DELETE', `/tokens/${id}`)).status).toBe(404);
    expect((await call('DELETE', '/tokens/tok_nothing')).status).toBe(404);
    const rows = await env.DB.prepare('SELECT action FROM audit_log WHERE target = ?1 ORDER BY id')
      .bind(id)
      .all();
    expect(rows.results.map((r) => r.action)).toEqual(['token.create', 'token.revoke']);
    expect((await call('GET', '/tokens')).body.tokens.some((t: { id: string }) => t.id === id)).toBe(false);
  });

  it('lets the secretariat revoke unit and council tokens, not secretariat ones', async () => {
    const sec = await issue('secretariat');
    const other = await call('POST', '/tokens', { body: { role: 'secretariat', label: 'Phó văn phòng' } });
    expect((await call('DELETE', `/tokens/${other.body.id}`, { token: sec })).status).toBe(403);
    const council = await call('POST', '/tokens', {
      token: sec,
      body: { role: 'council', label: 'Ủy viên' },
    });
    expect((await call('DELETE', `/tokens/${council.body.id}`, { token: sec })).status).toBe(204);
    const unit = await call('POST', '/tokens', { body: { role: 'council', label: 'Ủy viên 2' } });
    const councilToken = await issue('council');
    expect((await call('DELETE', `/tokens/${unit.body.id}`, { token: councilToken })).status).toBe(403);
  });
});

describe('GET /me', () => {
  it("lists a unit's groups with their lead and deadline", async () => {
    const p = await seedPlan();
    const t = await issue('unit', p.u3, 'Phạm Thị Dung');
    const r = await call('GET', '/me', { token: t });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ role: 'unit', unit: p.u3, label: 'Phạm Thị Dung' });
    const mine = r.body.groups.filter((g: { campaign: string }) => g.campaign === p.code);
    expect(mine).toEqual([
      {
        campaign: p.code,
        group: 'G1',
        kind: 'khoi',
        name: 'Khối một',
        lead: p.u1,
        isLead: false,
        deadline: '2099-12-31T17:00:00+07:00',
      },
      {
        campaign: p.code,
        group: 'G2',
        kind: 'cum',
        name: 'Cụm hai',
        lead: p.u3,
        isLead: true,
        deadline: '2020-01-31T23:59:59+07:00',
      },
    ]);
  });

  it('answers for the bootstrap admin and staff tokens with no groups', async () => {
    const admin = await call('GET', '/me');
    expect(admin.body).toMatchObject({ role: 'admin', unit: null, groups: [] });
    const council = await issue('council', undefined, 'Hội đồng A');
    expect((await call('GET', '/me', { token: council })).body).toEqual({
      role: 'council',
      unit: null,
      label: 'Hội đồng A',
      groups: [],
    });
  });
});
