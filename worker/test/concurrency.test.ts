/** Optimistic concurrency enforced in SQL: of concurrent writes on one revision exactly one wins. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, fullEntries, issue, seedPlan, sheetPath } from './helpers';

const count = async (sql: string, ...args: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...args)
    .first<number>('n')) ?? 0;

describe('20 concurrent PUTs on one revision', () => {
  it('exactly one 200 and nineteen 409; the history holds exactly one new version', async () => {
    const p = await seedPlan();
    const t = await issue('unit', p.u2);
    const path = sheetPath(p.code, 'G1', p.u2);
    expect((await call('PUT', path, { token: t, body: { revision: 0, entries: fullEntries } })).status).toBe(
      200,
    );
    const versions = () => count('SELECT count(*) AS n FROM sheet_versions WHERE campaign = ?1', p.code);
    const audits = () =>
      count("SELECT count(*) AS n FROM audit_log WHERE campaign = ?1 AND action LIKE 'sheet.%'", p.code);
    expect(await versions()).toBe(0);
    expect(await audits()).toBe(1);

    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call('PUT', path, { token: t, body: { revision: 1, entries: [{ criterion: '2.1', self: 40 + i }] } }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of replies.filter((r) => r.status === 409)) expect(r.body.currentRevision).toBe(2);

    const winner = replies.find((r) => r.status === 200)!.body;
    const stored = await call('GET', path, { token: t });
    expect(stored.body.revision).toBe(2);
    expect(stored.body.entries).toEqual(winner.entries);
    expect(await versions()).toBe(1);
    expect(await audits()).toBe(2);
    const history = await call('GET', `${path}/history`, { token: t });
    expect(history.body.versions.map((v: { revision: number }) => v.revision)).toEqual([1]);
  });

  it('on a sheet never written (revision 0): one creates it, the others get 409', async () => {
    const p = await seedPlan();
    const t = await issue('unit', p.u3);
    const path = sheetPath(p.code, 'G1', p.u3);
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call('PUT', path, { token: t, body: { revision: 0, entries: [{ criterion: '1.2', self: i % 10 }] } }),
      ),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(19);
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_log WHERE campaign = ?1 AND action LIKE 'sheet.%'",
        p.code,
      ),
    ).toBe(1);
    expect((await call('GET', path, { token: t })).body.revision).toBe(1);
  });

  it('a unit write racing an appraisal: one wins, the loser is told the current revision', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    const lead = await issue('unit', p.u1);
    const path = sheetPath(p.code, 'G1', p.u2);
    await call('PUT', path, { token: unit, body: { revision: 0, entries: fullEntries, submit: true } });
    const [a, b] = await Promise.all([
      call('PUT', path, { token: unit, body: { revision: 1, entries: [{ criterion: '1.2', self: 8 }] } }),
      call('PUT', `${path}/appraisal`, {
        token: lead,
        // With a reason, the appraisal is valid against either self score, so only the revision decides.
        body: { revision: 1, entries: [{ criterion: '1.2', appraised: 7.5, reason: 'Thiếu minh chứng' }] },
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.currentRevision).toBe(2);
  });
});
