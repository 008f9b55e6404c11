/**
 * The add-in's one retry of a 503 (addin/src/api/client.ts) against the real Worker whose D1 fails once in
 * the middle of the write's batch: the pane's sheet write and appraisal succeed on the retry, written once
 * (one version, one audit row), and the same write sent again is a 409 (the revision guard), never a second
 * write.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ApiError, createApi } from '../../addin/src/api/client';
import { failingAt, fetchWith } from '../../worker/test/failing-db';
import { ADMIN, fullEntries, issue, seedPlan, sheetPath } from '../../worker/test/helpers';

const count = async (sql: string, ...args: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...args)
      .first<{ n: number }>()
  )?.n;

describe('the add-in retries a 503 of a failed batch once, harmlessly', () => {
  it('writes a sheet and an appraisal once, and a replay is 409', async () => {
    const p = await seedPlan();
    const token = await issue('unit', p.u2);
    const at = { campaign: p.code, group: 'G1', unit: p.u2 };
    const calls: string[] = [];
    // The sheet write's batch has 4 statements (write, version, audit, token use): the 3rd fails once.
    const db = failingAt(env.DB, 2);
    const send = fetchWith(db);
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(`${init?.method} ${String(input)}`);
      return send(input, init);
    }) as typeof globalThis.fetch;
    const api = createApi({ baseUrl: 'http://localhost', token, fetch });
    const body = { revision: 0, entries: fullEntries, submit: true };

    const view = await api.putSheet(at, body);
    expect(db.failures()).toBe(1);
    expect(calls).toHaveLength(2);
    expect(view.revision).toBe(1);
    expect(view.status).toBe('submitted');
    expect(await count('SELECT count(*) AS n FROM audit_log WHERE target = ?1', `G1/${p.u2}`)).toBe(1);
    expect(
      await count('SELECT revision AS n FROM sheets WHERE campaign = ?1 AND unit = ?2', p.code, p.u2),
    ).toBe(1);

    const replay = await api.putSheet(at, body).catch((e: unknown) => e);
    expect(replay).toBeInstanceOf(ApiError);
    expect((replay as ApiError).status).toBe(409);
    expect((replay as ApiError).problem.currentRevision).toBe(1);

    const staff = createApi({
      baseUrl: 'http://localhost',
      token: ADMIN,
      fetch: fetchWith(failingAt(env.DB, 1)),
    });
    const appraisal = {
      revision: 1,
      entries: [{ criterion: '1.2', appraised: 9, reason: 'Đối chiếu sổ sách' }],
    };
    const path = `${sheetPath(p.code, 'G1', p.u2)}/appraisal`;
    const appraised = await staff.request<{ revision: number }>('PUT', path, appraisal);
    expect(appraised.revision).toBe(2);
    const twice = await staff.request('PUT', path, appraisal).catch((e: unknown) => e);
    expect((twice as ApiError).status).toBe(409);
    expect(await count('SELECT count(*) AS n FROM audit_log WHERE target = ?1', `G1/${p.u2}`)).toBe(2);
    // One replaced version: the submitted sheet the appraisal replaced.
    expect(
      await count('SELECT count(*) AS n FROM sheet_versions WHERE campaign = ?1 AND unit = ?2', p.code, p.u2),
    ).toBe(1);
  });
});
