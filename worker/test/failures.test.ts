/**
 * Failure injection (issue 16): a D1 error in the middle of a write's batch leaves nothing half-written, and
 * the answer is 503 problem+json in Vietnamese with `Retry-After`; the write sent again applies once, and a
 * replay of it meets the revision guard (409). Two ways to fail: a trigger that aborts the audit insert (the
 * batch's last-but-one statement, after the sheet row and its version), and a D1 whose n-th statement of a
 * batch fails, for every n, on each kind of write.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { failingAt, fetchWith } from './failing-db';
import { ADMIN, call, dumpCampaign, fullEntries, issue, seedPlan, sheetPath, smallPlan } from './helpers';

/** Every row a write could touch, campaign-scoped or global (tokens' use, audit, units). */
async function dumpAll(code: string): Promise<string> {
  const more = await env.DB.batch([
    env.DB.prepare('SELECT * FROM audit_log ORDER BY id'),
    env.DB.prepare('SELECT * FROM tokens ORDER BY id'),
    env.DB.prepare('SELECT * FROM units ORDER BY code'),
    env.DB.prepare('SELECT * FROM snapshots WHERE campaign = ?1 ORDER BY id').bind(code),
    env.DB.prepare('SELECT * FROM votes WHERE campaign = ?1').bind(code),
    env.DB.prepare('SELECT * FROM nominations WHERE campaign = ?1').bind(code),
    env.DB.prepare('SELECT * FROM campaigns ORDER BY code'),
  ]);
  return (await dumpCampaign(code)) + JSON.stringify(more.map((r) => r.results));
}

async function expect503(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('Retry-After')).toBe('1');
  const body = (await res.json()) as { status: number; title: string; detail: string };
  expect(body.status).toBe(503);
  expect(body.detail).toMatch(/thử lại/);
  expect(body.title).toBe('Tạm thời không phục vụ được');
}

describe('a trigger aborts the audit insert of a sheet write', () => {
  it('answers 503 with Retry-After, keeps the sheet unwritten, and the write sent again applies once', async () => {
    const p = await seedPlan();
    const token = await issue('unit', p.u2);
    const path = sheetPath(p.code, 'G1', p.u2);
    const body = { revision: 0, entries: fullEntries, submit: true };
    const trigger = `fail_audit_${p.s}`;
    await env.DB.prepare(
      `CREATE TRIGGER "${trigger}" BEFORE INSERT ON audit_log WHEN NEW.target = 'G1/${p.u2}'
       BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    ).run();
    const before = await dumpAll(p.code);
    const failed = await call('PUT', path, { token, body });
    expect(failed.status).toBe(503);
    expect(failed.headers.get('Retry-After')).toBe('1');
    expect(failed.body.detail).toMatch(/không có thay đổi nào được lưu/);
    expect(await dumpAll(p.code)).toBe(before);

    await env.DB.prepare(`DROP TRIGGER "${trigger}"`).run();
    const again = await call('PUT', path, { token, body });
    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(1);
    const replay = await call('PUT', path, { token, body });
    expect(replay.status).toBe(409);
    expect(replay.body.currentRevision).toBe(1);
    const audits = await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE target = ?1')
      .bind(`G1/${p.u2}`)
      .first<{ n: number }>();
    expect(audits?.n).toBe(1);
  });
});

interface Write {
  name: string;
  method: string;
  path: string;
  token: string;
  body?: unknown;
  ok: number;
}

/** Sends a write through a D1 failing at each statement of its batch in turn; nothing may change. */
async function failEverywhere(code: string, w: Write) {
  let n = 0;
  for (; n < 200; n++) {
    const db = failingAt(env.DB, n);
    const before = await dumpAll(code);
    const res = await fetchWith(db)(`http://localhost/api/v1${w.path}`, {
      method: w.method,
      headers: {
        Authorization: `Bearer ${w.token}`,
        ...(w.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(w.body === undefined ? {} : { body: JSON.stringify(w.body) }),
    });
    if (db.failures() === 0) {
      // No batch reached n + 1 statements: the write went through untouched.
      expect(res.status, `${w.name} unfailed`).toBe(w.ok);
      break;
    }
    await expect503(res);
    expect(await dumpAll(code), `${w.name}: statement ${n} failed`).toBe(before);
  }
  return n;
}

describe('a D1 failing at the n-th statement of a batch, for every n', () => {
  it('leaves nothing of a sheet write, a plan, a snapshot, an appraisal or a vote', async () => {
    const p = await seedPlan();
    const member = await issue('unit', p.u2);
    const sheet = sheetPath(p.code, 'G1', p.u2);
    const submitted = await call('PUT', sheetPath(p.code, 'G1', p.u3), {
      token: await issue('unit', p.u3),
      body: { revision: 0, entries: fullEntries, submit: true },
    });
    expect(submitted.status).toBe(200);
    const fresh = smallPlan();
    const writes: Write[] = [
      {
        name: 'sheet',
        method: 'PUT',
        path: sheet,
        token: member,
        body: { revision: 0, entries: fullEntries, submit: true },
        ok: 200,
      },
      { name: 'plan', method: 'POST', path: '/plans', token: ADMIN, body: fresh.plan, ok: 201 },
      { name: 'snapshot', method: 'POST', path: `/campaigns/${p.code}/snapshots`, token: ADMIN, ok: 201 },
      {
        name: 'appraisal',
        method: 'PUT',
        path: `${sheetPath(p.code, 'G1', p.u3)}/appraisal`,
        token: ADMIN,
        body: { revision: 1, entries: [{ criterion: '1.2', appraised: 9, reason: 'Đối chiếu sổ sách' }] },
        ok: 200,
      },
      {
        name: 'vote',
        method: 'PUT',
        path: `/campaigns/${p.code}/groups/G1/votes/1`,
        token: ADMIN,
        body: { members: 3, present: 3, candidates: [{ unit: p.u2, votes: 2 }] },
        ok: 200,
      },
    ];
    for (const w of writes) {
      const statements = await failEverywhere(w.name === 'plan' ? fresh.code : p.code, w);
      expect(statements, `${w.name}: its batch was failed at each statement`).toBeGreaterThan(1);
    }
  });
});
