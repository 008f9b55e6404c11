/**
 * A D1 failure in the middle of a staff PUT or a register import (decision 0030): 503 with Retry-After,
 * nothing written — the list as it was, no decision, no audit row; the same request then succeeds.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { seedAwards } from './awards-fixtures';
import { failingAt, fetchWith } from './failing-db';
import { ADMIN, call } from './helpers';
import { person, registerImport } from './people-fixtures';

async function dump(): Promise<string> {
  const all = await env.DB.batch([
    env.DB.prepare('SELECT * FROM staff_lists ORDER BY year, unit'),
    env.DB.prepare('SELECT * FROM staff ORDER BY year, unit, idx'),
    env.DB.prepare('SELECT * FROM register_decisions ORDER BY id'),
    env.DB.prepare('SELECT * FROM register_recipients ORDER BY decision, idx'),
    env.DB.prepare('SELECT count(*) FROM audit_log'),
  ]);
  return JSON.stringify(all.map((r) => r.results));
}

async function send(db: D1Database, method: string, path: string, body: unknown) {
  return fetchWith(db)(`http://localhost/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('D1 failing mid-write on the people routes', () => {
  it('leaves the staff list and the register as they were, for every statement that fails', async () => {
    const { code, u } = await seedAwards();
    const staffPath = `/campaigns/${code}/units/${u(1)}/staff`;
    expect((await call('PUT', staffPath, { body: { staff: [person('OLD-1')] } })).status).toBe(200);
    const writes = [
      { method: 'PUT', path: staffPath, body: { staff: [person('NV-1'), person('NV-2')] }, ok: 200 },
      { method: 'PUT', path: `/units/${u(2)}/staff/2021`, body: { staff: [person('NV-3')] }, ok: 200 },
      { method: 'POST', path: '/register/import', body: registerImport(u(1)), ok: 201 },
    ];
    for (const w of writes) {
      for (let n = 0; ; n++) {
        const before = await dump();
        const db = failingAt(env.DB, n);
        const res = await send(db, w.method, w.path, w.body);
        if (db.failures() === 0) {
          expect(res.status, `${w.path} unfailed`).toBe(w.ok);
          break;
        }
        expect(res.status, `${w.path} failing at ${n}`).toBe(503);
        expect(res.headers.get('Retry-After')).toBe('1');
        expect(await dump(), `${w.path} failing at ${n}`).toBe(before);
      }
    }
    expect((await call('GET', staffPath)).body.staff.map((p: { staffId: string }) => p.staffId)).toEqual([
      'NV-1',
      'NV-2',
    ]);
  });
});
