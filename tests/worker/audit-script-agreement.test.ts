/**
 * The Worker's verification and scripts/verify-audit.ts agree on the same database: both intact, and both
 * naming the same first broken link once an entry is edited directly.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { ANCHOR_SQL, AUDIT_SQL, type AuditExport, verifyExport } from '../../scripts/verify-audit';
import { call, issue, seedPlan, sheetPath } from '../../worker/test/helpers';

const exported = async (): Promise<AuditExport> => ({
  rows: (await env.DB.prepare(AUDIT_SQL).all<AuditExport['rows'][number]>()).results,
  anchors: (await env.DB.prepare(ANCHOR_SQL).all<AuditExport['anchors'][number]>()).results,
});

describe('the script and the Worker verify alike', () => {
  it('agree on an intact chain and on the first broken link', async () => {
    const p = await seedPlan();
    const unit = await issue('unit', p.u2);
    for (let i = 0; i < 4; i++)
      await call('PUT', sheetPath(p.code, 'G1', p.u2), {
        token: unit,
        body: { revision: i, entries: [{ criterion: '1.2', self: i }] },
      });
    await call('POST', `/campaigns/${p.code}/snapshots`);
    const worker = (await call('GET', `/campaigns/${p.code}/audit/verify`)).body;
    const script = (await verifyExport(await exported())).find((r) => r.chain === p.code)!;
    expect(worker).toMatchObject({ ok: true, entries: 6, anchors: 1 });
    expect([script.ok, script.entries, script.head, script.anchors]).toEqual([
      worker.ok,
      worker.entries,
      worker.head,
      worker.anchors,
    ]);

    const triggers = (
      await env.DB.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'",
      ).all<{
        name: string;
        sql: string;
      }>()
    ).results;
    await env.DB.batch([
      ...triggers.map((t) => env.DB.prepare(`DROP TRIGGER ${t.name}`)),
      env.DB.prepare("UPDATE audit_log SET actor = 'Người khác' WHERE chain = ?1 AND seq = 2").bind(p.code),
      ...triggers.map((t) => env.DB.prepare(t.sql)),
    ]);
    const broken = (await call('GET', `/campaigns/${p.code}/audit/verify`)).body;
    const again = (await verifyExport(await exported())).find((r) => r.chain === p.code)!;
    expect(broken.firstBroken).toMatchObject({ kind: 'edited', seq: 2 });
    expect(again.firstBroken).toEqual({ kind: 'edited', seq: 2, id: broken.firstBroken.id });
  });
});
