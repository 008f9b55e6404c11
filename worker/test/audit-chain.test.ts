/**
 * The audit log's hash chains (decision 0028): many writes verify; an entry edited, inserted or deleted
 * directly in the database is named as the first broken link; concurrent writes never fork a chain; token
 * events are in the global chain, readable by the admin with token ids; a snapshot carries its chain head.
 */

import { env } from 'cloudflare:test';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { call, fullEntries, issue, seedPlan, sheetPath } from './helpers';

const sha = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

/**
 * Runs statements as an operator with the database would: the append-only triggers dropped, then put back
 * (in the same batch, so no other test ever runs without them).
 */
async function asOperator(...statements: D1PreparedStatement[]) {
  const { results } = await env.DB.prepare(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'",
  ).all<{ name: string; sql: string }>();
  expect(results.length).toBeGreaterThanOrEqual(3);
  await env.DB.batch([
    ...results.map((t) => env.DB.prepare(`DROP TRIGGER ${t.name}`)),
    ...statements,
    ...results.map((t) => env.DB.prepare(t.sql)),
  ]);
}

const rowsOf = async (campaign: string) =>
  (
    await env.DB.prepare('SELECT * FROM audit_log WHERE chain = ?1 ORDER BY seq')
      .bind(campaign)
      .all<Record<string, unknown> & { id: number; seq: number; hash: string | null }>()
  ).results;

const verify = (code: string) => call('GET', `/campaigns/${code}/audit/verify`);

/** A campaign with `n` audited writes after its plan: sheet saves by U2, one revision each. */
async function campaignWithWrites(n: number) {
  const p = await seedPlan();
  const unit = await issue('unit', p.u2, `Kế toán U2 ${p.code}`);
  const path = sheetPath(p.code, 'G1', p.u2);
  for (let i = 0; i < n; i++) {
    const r = await call('PUT', path, {
      token: unit,
      body: { revision: i, entries: [{ criterion: '1.2', self: i % 10 }] },
    });
    expect(r.status).toBe(200);
  }
  return p;
}

describe('the audit chain', () => {
  it('verifies a chain of many writes; each hash links the previous one as the decision defines', async () => {
    const p = await campaignWithWrites(24);
    const v = await verify(p.code);
    expect(v.status).toBe(200);
    expect(v.body).toMatchObject({ ok: true, entries: 25, anchors: 0 });
    expect(v.body.firstBroken).toBeUndefined();

    const rows = await rowsOf(p.code);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(rows.every((r) => typeof r.hash === 'string')).toBe(true);
    expect(v.body.head).toEqual({ seq: 25, hash: rows[24]!.hash });
    // The definition, independently: SHA-256(previous hash ‖ RFC 8785 JSON of the row but its id).
    let prev = '0'.repeat(64);
    for (const r of rows.slice(0, 3)) {
      const text = canonicalize({
        chain: r.chain,
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        role: r.role,
        tokenId: r.token_id,
        action: r.action,
        target: r.target,
        campaign: r.campaign,
        revisionBefore: r.revision_before,
        revisionAfter: r.revision_after,
        detail: r.detail,
      });
      expect(r.hash).toBe(await sha(prev + text));
      prev = r.hash!;
    }
    // The log shows the same seq and hash, and the token that wrote each entry.
    const log = await call('GET', `/campaigns/${p.code}/audit`);
    expect(log.body.items.map((i: { seq: number }) => i.seq)).toEqual(rows.map((r) => r.seq));
    expect(log.body.items[24].hash).toBe(rows[24]!.hash);
    expect(log.body.items[0].tokenId).toBeNull(); // plan.create by the bootstrap ADMIN_TOKEN
    expect(log.body.items[1].tokenId).toMatch(/^tok_/);
    expect(log.body.items[1].tokenId).toBe(rows[1]!.token_id);
  });

  it('names an edited entry as the first broken link', async () => {
    const p = await campaignWithWrites(8);
    expect((await verify(p.code)).body.ok).toBe(true);
    const rows = await rowsOf(p.code);
    const victim = rows[4]!;
    await asOperator(
      env.DB.prepare('UPDATE audit_log SET detail = ?2 WHERE id = ?1').bind(
        victim.id,
        JSON.stringify({ status: 'submitted', total: 100 }),
      ),
    );
    const v = await verify(p.code);
    expect(v.body.ok).toBe(false);
    expect(v.body.firstBroken).toMatchObject({ kind: 'edited', seq: victim.seq, id: victim.id });
    expect(v.body.firstBroken.message).toContain(`số ${victim.seq}`);
    expect(v.body.entries).toBe(rows.length);
  });

  it('names an entry inserted into the chain (the ones after it renumbered)', async () => {
    const p = await campaignWithWrites(6);
    const rows = await rowsOf(p.code);
    const at = rows[3]!;
    const { id: _id, hash: _hash, ...copy } = at;
    await asOperator(
      env.DB.prepare('UPDATE audit_log SET seq = seq + 1000 WHERE chain = ?1 AND seq >= ?2').bind(
        p.code,
        at.seq,
      ),
      env.DB.prepare('UPDATE audit_log SET seq = seq - 999 WHERE chain = ?1 AND seq >= 1000').bind(p.code),
      env.DB.prepare(
        `INSERT INTO audit_log (${Object.keys(copy).join(', ')}, hash) VALUES (${Object.keys(copy)
          .map(() => '?')
          .join(', ')}, ?)`,
      ).bind(...Object.values(copy).map((v) => (v === 'sheet.save' ? 'sheet.submit' : v)), at.hash),
    );
    const inserted = (await rowsOf(p.code))[3]!;
    expect(inserted.seq).toBe(at.seq);
    expect(inserted.id).toBeGreaterThan(at.id);
    const v = await verify(p.code);
    expect(v.body.firstBroken).toMatchObject({ kind: 'inserted', seq: at.seq, id: inserted.id });
    expect(v.body.entries).toBe(rows.length + 1);
  });

  it('names a deleted entry (the seq that is gone and the entry after it)', async () => {
    const p = await campaignWithWrites(6);
    const rows = await rowsOf(p.code);
    await asOperator(env.DB.prepare('DELETE FROM audit_log WHERE id = ?1').bind(rows[2]!.id));
    const v = await verify(p.code);
    expect(v.body.firstBroken).toMatchObject({ kind: 'missing', seq: rows[2]!.seq, id: rows[3]!.id });
    // A write after the gap is recorded but never sealed across it: the gap stays visible.
    const unit = await issue('unit', p.u2);
    await call('PUT', sheetPath(p.code, 'G1', p.u2), {
      token: unit,
      body: { revision: 6, entries: fullEntries },
    });
    const again = await verify(p.code);
    expect(again.body.firstBroken).toMatchObject({ kind: 'missing', seq: rows[2]!.seq });
    expect(again.body.entries).toBe(rows.length);
  });

  it('a snapshot records the head; cutting the chain after it breaks at the anchor', async () => {
    const p = await campaignWithWrites(3);
    const before = (await verify(p.code)).body.head;
    const made = await call('POST', `/campaigns/${p.code}/snapshots`);
    expect(made.status).toBe(201);
    const snap = await call('GET', `/campaigns/${p.code}/snapshots/${made.body.id}`);
    expect(snap.body.auditHead).toEqual(before);
    expect(before.seq).toBe(4);
    const after = await verify(p.code);
    expect(after.body).toMatchObject({ ok: true, entries: 5, anchors: 1 }); // + snapshot.create

    // The last two entries removed (the snapshot's head and its own row): the chain alone looks whole.
    const rows = await rowsOf(p.code);
    await asOperator(
      env.DB.prepare('DELETE FROM audit_log WHERE chain = ?1 AND seq >= ?2').bind(p.code, before.seq),
    );
    expect((await rowsOf(p.code)).length).toBe(rows.length - 2);
    const v = await verify(p.code);
    expect(v.body.firstBroken).toMatchObject({ kind: 'anchor', seq: before.seq, snapshot: made.body.id });
  });

  it('concurrent writes on one campaign take distinct seqs: the chain never forks', async () => {
    const p = await seedPlan();
    const units = [p.u1, p.u2, p.u3, p.u4];
    const replies = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        call('PUT', `/campaigns/${p.code}/units/${units[i % 4]}/registration`, {
          body: { awards: i % 2 ? ['CO'] : [] },
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(replies.map(() => 200));
    const rows = await rowsOf(p.code);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.hash)).size).toBe(25);
    expect((await verify(p.code)).body).toMatchObject({ ok: true, entries: 25 });
  });

  it('token issue and revoke are in the global chain: the admin reads them with token ids', async () => {
    const issued = await call('POST', '/tokens', {
      body: { role: 'secretariat', label: `Thư ký ${crypto.randomUUID()}` },
    });
    const { token: sec, id: secId } = issued.body as { token: string; id: string };
    const made = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call('POST', '/tokens', {
          token: sec,
          body: { role: 'council', label: `Ủy viên ${i} ${Date.now()}` },
        }),
      ),
    );
    const id = made[0]!.body.id as string;
    expect((await call('DELETE', `/tokens/${id}`, { token: sec })).status).toBe(204);

    const log = await call('GET', '/audit?action=token');
    expect(log.status).toBe(200);
    // The secretariat's own issue was by the bootstrap admin: no token id, and said so by null.
    const own = log.body.items.find((i: { target: string }) => i.target === secId);
    expect(own).toMatchObject({ action: 'token.create', role: 'admin', tokenId: null });
    const mine = log.body.items.filter((i: { target: string }) => i.target === id);
    expect(mine.map((i: { action: string }) => i.action)).toEqual(['token.create', 'token.revoke']);
    for (const i of mine) {
      expect(i.tokenId).toMatch(/^tok_/);
      expect(i.role).toBe('secretariat');
      expect(i.tokenId).toBe(secId);
    }
    const seqs = log.body.items.map((i: { seq: number }) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const v = await call('GET', '/audit/verify');
    expect(v.status).toBe(200);
    expect(v.body.ok, JSON.stringify(v.body)).toBe(true);
    expect(v.body.entries).toBeGreaterThanOrEqual(8);

    for (const token of [sec, await issue('council')]) {
      expect((await call('GET', '/audit', { token })).status).toBe(403);
      expect((await call('GET', '/audit/verify', { token })).status).toBe(403);
    }
  });
});
