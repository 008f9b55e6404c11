/**
 * A register import of 50,000 rows (issue 14, decision 0036): checked whole and stored in ONE batch (one
 * transaction), or refused whole; measured (the figures are printed for the decision record).
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { seedAwards } from './awards-fixtures';
import { call, uid } from './helpers';
import { registerRow } from './people-fixtures';

const count = async () =>
  (await env.DB.prepare('SELECT count(*) AS n FROM register_recipients').first<{ n: number }>())!.n;

describe('a large register import', () => {
  it('stores 50,000 rows (500 decisions) in one batch, and refuses the sheet whole for one bad row', async () => {
    const { u } = await seedAwards();
    const s = uid();
    const rows = Array.from({ length: 50000 }, (_, i) =>
      registerRow(u(1 + (i % 7)), `${s}-${Math.floor(i / 100)}/QĐ-UBND`, {
        staffId: `NV-${i}`,
        name: `Nguyễn Văn ${i}`,
        period: { from: 2015 + (Math.floor(i / 100) % 8), to: 2015 + (Math.floor(i / 100) % 8) },
      }),
    );
    const before = await count();
    const bad = structuredClone(rows);
    bad[49998]!.period = { from: 2022, to: 2020 };
    const t0 = performance.now();
    const refused = await call('POST', '/register/import', { body: { rows: bad } });
    const refusedMs = performance.now() - t0;
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toContain('/rows/49998/period/from');
    expect(refused.body.errors.some((e: { message: string }) => e.message.startsWith('Dòng 50000: '))).toBe(
      true,
    );
    expect(await count()).toBe(before);

    const t1 = performance.now();
    const done = await call('POST', '/register/import', { body: { rows } });
    const storedMs = performance.now() - t1;
    expect(done.status, JSON.stringify(done.body).slice(0, 300)).toBe(201);
    expect(done.body).toEqual({ decisions: 500, recipients: 50000, dryRun: false });
    expect(await count()).toBe(before + 50000);
    console.log(`50,000 rows: refused in ${refusedMs.toFixed(0)} ms, stored in ${storedMs.toFixed(0)} ms`);
  });
});
