/**
 * Tokens cached per isolate (decision 0017): a token revoked in another isolate may still read for a few
 * seconds, but its writes are refused at once — the sheet writes by their SQL guard, every other write by a
 * fresh lookup. "Another isolate" is simulated by revoking in SQL, which this isolate's cache does not see.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { hashToken } from '../src/access/hash';
import { call, dumpCampaign, fullEntries, issue, seedPlan, sheetPath } from './helpers';

const revokeInSql = async (token: string) =>
  env.DB.prepare('UPDATE tokens SET revoked_at = ?2 WHERE hash = ?1')
    .bind(await hashToken(token), Date.now())
    .run();

const lastUsed = async (token: string) =>
  env.DB.prepare('SELECT last_used_at FROM tokens WHERE hash = ?1')
    .bind(await hashToken(token))
    .first<number | null>('last_used_at');

describe('a token cached by this isolate, then revoked elsewhere', () => {
  it('refuses its sheet write with 401 and changes nothing, though it may still read', async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2, 'Thành viên (bộ nhớ đệm)');
    const sheet = sheetPath(p.code, 'G1', p.u2);
    expect((await call('GET', sheet, { token: member })).status).toBe(200); // cached now
    await revokeInSql(member);
    const before = await dumpCampaign(p.code);

    // A read within the TTL is served from the cache (what the decision accepts) …
    expect((await call('GET', sheet, { token: member })).status).toBe(200);
    // … a write is not: the guard in the write batch sees the revocation.
    const put = await call('PUT', sheet, {
      token: member,
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(put.status).toBe(401);
    expect(put.headers.get('Content-Type')).toContain('application/problem+json');
    expect(put.headers.get('WWW-Authenticate')).toBe('Bearer error="invalid_token"');
    expect(await dumpCampaign(p.code)).toBe(before);
    // Refused once, the token is dropped from the cache: its reads stop too.
    expect((await call('GET', sheet, { token: member })).status).toBe(401);
  });

  it("refuses the lead's appraisal the same way", async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2);
    const lead = await issue('unit', p.u1, 'Trưởng khối (bộ nhớ đệm)');
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const put = await call('PUT', sheet, {
      token: member,
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(put.status).toBe(200);
    expect((await call('GET', sheet, { token: lead })).status).toBe(200);
    await revokeInSql(lead);
    const before = await dumpCampaign(p.code);
    const appraise = await call('PUT', `${sheet}/appraisal`, {
      token: lead,
      body: { revision: 1, entries: [{ criterion: '2.1', appraised: 55, reason: 'Thiếu chứng từ' }] },
    });
    expect(appraise.status).toBe(401);
    expect(await dumpCampaign(p.code)).toBe(before);
  });

  it('refuses every other write at once (fresh lookup)', async () => {
    const sec = await issue('secretariat', undefined, 'Thường trực (bộ nhớ đệm)');
    expect((await call('GET', '/tokens', { token: sec })).status).toBe(200); // cached now
    await revokeInSql(sec);
    const r = await call('POST', '/tokens', {
      token: sec,
      body: { role: 'council', label: 'Không được cấp' },
    });
    expect(r.status).toBe(401);
    const issued = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM tokens WHERE label = 'Không được cấp'",
    ).first<number>('n');
    expect(issued).toBe(0);
  });

  it('still tells a stale revision (409) from a revoked token', async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const body = { revision: 0, entries: fullEntries };
    expect((await call('PUT', sheet, { token: member, body })).status).toBe(200);
    const stale = await call('PUT', sheet, { token: member, body });
    expect(stale.status).toBe(409);
    expect(stale.body.currentRevision).toBe(1);
  });
});

describe('last_used_at of a sheet write', () => {
  it('is set by the write batch itself, not after the response', async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2);
    expect(await lastUsed(member)).toBeNull();
    const put = await call('PUT', sheetPath(p.code, 'G1', p.u2), {
      token: member,
      body: { revision: 0, entries: fullEntries },
    });
    expect(put.status).toBe(200);
    expect(await lastUsed(member)).toBeGreaterThan(Date.now() - 60_000);
  });
});
