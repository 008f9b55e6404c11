/**
 * Failed authentications throttled per client (decision 0029): after AUTH_FAILURE_LIMIT failures in the
 * window, 429 with Retry-After for every token the client sends, until the window ends; other clients and
 * successful requests are not counted. The limit is lowered per request here (vitest.config.ts raises it for
 * the other suites); time is driven through `resolve`'s clock, or by ageing the window's row in D1.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { resolve } from '../src/access/auth';
import { clientOf } from '../src/access/throttle';
import app from '../src/index';
import { checked, issue, uid } from './helpers';

const LIMIT = 3;
const WINDOW_S = 60;
const strict = { ...env, AUTH_FAILURE_LIMIT: String(LIMIT), AUTH_FAILURE_WINDOW: String(WINDOW_S) };

/** A fresh client address, so tests do not share a count. */
const newIp = () => `198.51.100.${Math.floor(Math.random() * 250)}-${uid().toLowerCase()}`;

async function get(token: string, ip: string, path = '/me') {
  const ctx = createExecutionContext();
  const req = new Request(`http://localhost/api/v1${path}`, {
    headers: { Authorization: `Bearer ${token}`, 'CF-Connecting-IP': ip },
  });
  const res = await app.fetch(req, strict, ctx);
  await waitOnExecutionContext(ctx);
  return checked('GET', path, res);
}

const failuresOf = (client: string) =>
  env.DB.prepare('SELECT failures FROM auth_failures WHERE client = ?1')
    .bind(client)
    .first<number>('failures');

const wrong = () => `wrong-${crypto.randomUUID()}`;

describe('throttling failed authentications', () => {
  it('answers 429 with Retry-After after the limit, to right and wrong tokens alike', async () => {
    const ip = newIp();
    for (let i = 0; i < LIMIT; i++) expect((await get(wrong(), ip)).status).toBe(401);
    const blocked = await get(wrong(), ip);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Content-Type')).toContain('application/problem+json');
    const retry = Number(blocked.headers.get('Retry-After'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(WINDOW_S);
    const body = (await blocked.json()) as { status: number; title: string; detail: string };
    expect(body).toMatchObject({ status: 429, title: 'Quá nhiều yêu cầu' });
    expect(body.detail).toContain(`thử lại sau ${retry} giây`);
    // A right token from the blocked client is refused too (else a guesser would learn it guessed) …
    const unit = await issue('council');
    expect((await get(unit, ip)).status).toBe(429);
    expect((await get(env.ADMIN_TOKEN, ip)).status).toBe(429);
    // … and blocked attempts are not written: the count stays at the limit.
    expect(await failuresOf(ip)).toBe(LIMIT);
    // Another client is not affected.
    expect((await get(unit, newIp())).status).toBe(200);
  });

  it('lets the client in again once the window has passed', async () => {
    const ip = newIp();
    const unit = await issue('council');
    for (let i = 0; i <= LIMIT; i++) await get(wrong(), ip);
    expect((await get(unit, ip)).status).toBe(429);
    // The window's row, aged by one window: as if WINDOW_S seconds had gone by.
    await env.DB.prepare('UPDATE auth_failures SET window_start = window_start - ?2 WHERE client = ?1')
      .bind(ip, WINDOW_S * 1000)
      .run();
    expect((await get(unit, ip)).status).toBe(200);
    expect((await get(wrong(), ip)).status).toBe(401);
    expect(await failuresOf(ip)).toBe(1); // a new window
  });

  it('does not count successful requests, nor a missing token', async () => {
    const ip = newIp();
    const unit = await issue('council');
    for (let i = 0; i < 2 * LIMIT; i++) expect((await get(unit, ip)).status).toBe(200);
    const ctx = createExecutionContext();
    const bare = await app.fetch(
      new Request('http://localhost/api/v1/me', { headers: { 'CF-Connecting-IP': ip } }),
      strict,
      ctx,
    );
    expect(bare.status).toBe(401);
    expect(await failuresOf(ip)).toBeNull();
    for (let i = 0; i < LIMIT - 1; i++) expect((await get(wrong(), ip)).status).toBe(401);
    expect((await get(unit, ip)).status).toBe(200);
    expect(await failuresOf(ip)).toBe(LIMIT - 1);
  });

  it('counts in fixed windows on the clock it is given', async () => {
    const client = `clock-${uid()}`;
    const t0 = Date.now();
    const at = (ms: number) => resolve(strict, wrong(), 'read', () => {}, client, t0 + ms);
    for (let i = 0; i < LIMIT; i++) expect(await at(i)).toEqual({ refused: 'unknown' });
    expect(await at(1_000)).toEqual({ throttled: WINDOW_S - 1 });
    expect(await at(WINDOW_S * 1000 - 1)).toEqual({ throttled: 1 });
    expect(await at(WINDOW_S * 1000)).toEqual({ refused: 'unknown' });
    expect(await failuresOf(client)).toBe(1);
  });

  it('knows a client by CF-Connecting-IP, an IPv6 address by its /64', () => {
    const ip = (v?: string) => clientOf(new Headers(v ? { 'CF-Connecting-IP': v } : {}));
    expect(ip()).toBe('local');
    expect(ip('203.0.113.7')).toBe('203.0.113.7');
    expect(ip('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(ip('2001:0DB8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(ip('2001:db8::2:1')).toBe('2001:db8:0:0::/64');
    expect(ip('2001:db8:1:3::1')).not.toBe(ip('2001:db8:1:2::1'));
  });
});
