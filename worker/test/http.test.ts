/** The HTTP layer: problem+json for every failure, the order of checks, body rules, NFC, headers, CORS. */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../src/index';
import { ADMIN, call, fullEntries, issue, seedPlan, sheetPath } from './helpers';

describe('problem+json', () => {
  it('401 without a token or with a bad one, in Vietnamese, with WWW-Authenticate', async () => {
    for (const token of [null, 'not-a-real-token-0123456789']) {
      const r = await call('GET', '/campaigns', { token });
      expect(r.status).toBe(401);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(r.body).toMatchObject({ status: 401, title: 'Chưa xác thực' });
      expect(r.body.detail).toMatch(/mã truy cập/i);
    }
  });

  it('a malformed Authorization header is 401, the health check needs none', async () => {
    expect((await call('GET', '/me', { token: null, headers: { Authorization: 'Basic abc' } })).status).toBe(
      401,
    );
    expect((await SELF.fetch('http://localhost/api/v1/health')).status).toBe(200);
  });

  it('404 for an unknown route once authenticated; 401 comes first', async () => {
    expect((await call('GET', '/nowhere', { token: null })).status).toBe(401);
    const r = await call('GET', '/nowhere');
    expect(r.status).toBe(404);
    expect(r.body.detail).toContain('/api/v1/nowhere');
  });

  it('400 for malformed JSON, 415 for another type, 413 over 1 MB — never a 500', async () => {
    const p = await seedPlan();
    const t = await issue('unit', p.u2);
    const path = sheetPath(p.code, 'G1', p.u2);
    const bad = await call('PUT', path, {
      token: t,
      raw: '{"revision": 0,',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/JSON/);
    const empty = await call('PUT', path, {
      token: t,
      raw: '',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(empty.status).toBe(400);
    const text = await call('PUT', path, {
      token: t,
      raw: 'revision=0',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const none = await call('PUT', path, { token: t, raw: '{}' });
    expect(none.status).toBe(415);
    const big = JSON.stringify({
      revision: 0,
      entries: [{ criterion: '1.1', evidence: 'x'.repeat(1024 * 1024) }],
    });
    const large = await call('PUT', path, {
      token: t,
      raw: big,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(large.status).toBe(413);
    expect(large.body.title).toBe('Yêu cầu quá lớn');
    const wrongShape = await call('PUT', path, { token: t, body: ['not', 'an', 'object'] });
    expect(wrongShape.status).toBe(422);
    const nothingWritten = await call('GET', path, { token: t });
    expect(nothingWritten.body.revision).toBe(0);
  });

  it('checks in the contract order: 401, 404, 403, 400/415, 422, 423, 409', async () => {
    const p = await seedPlan();
    const u2 = await issue('unit', p.u2);
    const u4 = await issue('unit', p.u4);
    const council = await issue('council');
    const json = { 'Content-Type': 'application/json' };
    // 404 before 403: the council may not patch, but the campaign does not exist.
    expect(
      (await call('PATCH', '/campaigns/NOPE/groups/G1', { token: council, body: { deadline: null } })).status,
    ).toBe(404);
    expect(
      (await call('PATCH', `/campaigns/${p.code}/groups/G1`, { token: council, body: { deadline: null } }))
        .status,
    ).toBe(403);
    // 403 before 400: another unit's sheet with a malformed body.
    expect(
      (await call('PUT', sheetPath(p.code, 'G1', p.u3), { token: u2, raw: '{', headers: json })).status,
    ).toBe(403);
    // 400 before 422.
    expect(
      (await call('PUT', sheetPath(p.code, 'G1', p.u2), { token: u2, raw: '{', headers: json })).status,
    ).toBe(400);
    // 422 before 423 (G2's deadline has passed), 423 before 409 (stale revision 7).
    const g2 = sheetPath(p.code, 'G2', p.u4);
    const invalid = await call('PUT', g2, {
      token: u4,
      body: { revision: 7, entries: [{ criterion: '1.1', self: 99 }] },
    });
    expect(invalid.status).toBe(422);
    const lockedStale = await call('PUT', g2, {
      token: u4,
      body: { revision: 7, entries: [{ criterion: '1.1', self: 9 }] },
    });
    expect(lockedStale.status).toBe(423);
    // 409 last.
    const g1 = sheetPath(p.code, 'G1', p.u2);
    const stale = await call('PUT', g1, { token: u2, body: { revision: 3, entries: fullEntries } });
    expect(stale.status).toBe(409);
    expect(stale.body.currentRevision).toBe(0);
  });
});

describe('NFC on the way in', () => {
  it('stores decomposed Vietnamese as NFC', async () => {
    const p = await seedPlan();
    const t = await issue('unit', p.u2);
    const nfd = 'Báo cáo số 5 — Bệnh viện'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const r = await call('PUT', sheetPath(p.code, 'G1', p.u2), {
      token: t,
      body: { revision: 0, entries: [{ criterion: '1.1', self: 10, evidence: nfd }] },
    });
    expect(r.status).toBe(200);
    const stored = await env.DB.prepare('SELECT entries FROM sheets WHERE campaign = ?1 AND unit = ?2')
      .bind(p.code, p.u2)
      .first<{ entries: string }>();
    expect(stored!.entries).toContain(nfd.normalize('NFC'));
    expect(stored!.entries).not.toContain(nfd);
  });
});

describe('headers', () => {
  it('lets Office frame us: CSP frame-ancestors, no X-Frame-Options', async () => {
    for (const url of ['http://localhost/api/v1/health', 'http://localhost/manifest.xml']) {
      const res = await SELF.fetch(url);
      expect(res.headers.get('x-frame-options')).toBeNull();
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain('frame-ancestors');
      expect(csp).toContain('https://*.officeapps.live.com');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('sends no CORS headers unless CORS_ORIGINS is set', async () => {
    const res = await SELF.fetch('http://localhost/api/v1/health', {
      headers: { Origin: 'https://evil.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const withCors = { ...env, CORS_ORIGINS: 'https://partner.example' };
    const ok = await app.request(
      '/api/v1/health',
      { headers: { Origin: 'https://partner.example' } },
      withCors,
    );
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const other = await app.request(
      '/api/v1/health',
      { headers: { Origin: 'https://evil.example' } },
      withCors,
    );
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('OpenAPI', () => {
  it('documents every API route of the app, with request bodies from the zod schemas', async () => {
    const r = await call('GET', '/openapi.json', { token: ADMIN });
    expect(r.status).toBe(200);
    const doc = r.body;
    expect(doc.openapi).toBe('3.0.3');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, object>))
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    const routes = app.routes
      .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL' && !r.path.endsWith('*'))
      .map((r) => `${r.method} ${r.path.slice('/api/v1'.length).replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) expect(documented, route).toContain(route);
    const put = doc.paths['/campaigns/{campaign}/groups/{group}/units/{unit}/sheet'].put;
    const body = put.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['revision', 'entries']));
    expect(Object.keys(put.responses)).toEqual(
      expect.arrayContaining(['200', '401', '403', '404', '409', '422', '423']),
    );
  });
});
