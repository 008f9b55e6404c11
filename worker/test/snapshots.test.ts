import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { seedAwards, submitSheet } from './awards-fixtures';
import { call, issue, sheetPath } from './helpers';

async function sha(text: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('snapshots', () => {
  it('freezes rankings, consolidated sheets, votes, nominations, quotas; unchanged after later edits', async () => {
    const { code, u } = await seedAwards();
    await submitSheet(code, 'G1', u(1));
    await submitSheet(code, 'G1', u(2), { '1.1': 20 });
    await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
      body: { members: 4, present: 4, candidates: [{ unit: u(2), votes: 4 }] },
    });
    const nom = await call('POST', `/campaigns/${code}/nominations`, {
      body: {
        items: [
          { award: 'CO', group: 'G1', nominee: { kind: 'collective', unit: u(2) } },
          {
            award: 'LDTT',
            movement: 'M1',
            nominee: { kind: 'individual', unit: u(1), name: 'Trần Thị Ánh' },
          },
        ],
      },
    });
    expect(nom.status).toBe(201);

    const council = await issue('council');
    expect((await call('POST', `/campaigns/${code}/snapshots`, { token: council })).status).toBe(403);
    const made = await call('POST', `/campaigns/${code}/snapshots`);
    expect(made.status).toBe(201);
    expect(made.body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const first = await call('GET', `/campaigns/${code}/snapshots/${made.body.id}`, { token: council });
    expect(first.status).toBe(200);
    const { id, createdAt, sha256, ...content } = first.body;
    expect([id, createdAt, sha256]).toEqual([made.body.id, made.body.createdAt, made.body.sha256]);
    expect(await sha(canonicalize(content)!)).toBe(sha256);
    expect(content.rankings[0].rows.map((r: { unit: string }) => r.unit).slice(0, 2)).toEqual([u(2), u(1)]);
    expect(content.consolidated[0].rows[0]).toMatchObject({ unit: u(2), total: 93.5, rank: 1 });
    expect(content.votes[0].rounds[0].candidates[0]).toMatchObject({ unit: u(2), votes: 4 });
    expect(content.nominations.map((n: { status: string }) => n.status)).toEqual([
      'within_quota',
      'within_quota',
    ]);
    expect(content.quotas).toContainEqual(expect.objectContaining({ rule: 'share:CO:G1', used: 1 }));

    // Later edits: an appraisal, a corrected vote round, a withdrawal.
    expect(
      (
        await call('PUT', `${sheetPath(code, 'G1', u(2))}/appraisal`, {
          body: { revision: 1, entries: [{ criterion: '1.1', appraised: 10, reason: 'Không đạt' }] },
        })
      ).status,
    ).toBe(200);
    // Round 1 decided: a correction of it (with its reason) is the later change.
    const fixed = await call('PUT', `/campaigns/${code}/groups/G1/votes/1`, {
      body: {
        present: 4,
        candidates: [{ unit: u(1), votes: 4 }],
        correction: { reason: 'Nhầm phiếu khi tổng hợp' },
      },
    });
    expect(fixed.status).toBe(200);
    expect((await call('DELETE', `/campaigns/${code}/nominations/${nom.body.items[0].id}`)).status).toBe(204);
    const live = await call('GET', `/campaigns/${code}/groups/G1/ranking`);
    expect(live.body.rows[0].unit).toBe(u(1));

    const again = await call('GET', `/campaigns/${code}/snapshots/${made.body.id}`);
    expect(again.body).toEqual(first.body);
    const second = await call('POST', `/campaigns/${code}/snapshots`);
    expect(second.body.sha256).not.toBe(made.body.sha256);
    const list = await call('GET', `/campaigns/${code}/snapshots`, { token: council });
    expect(list.body.snapshots.map((s: { id: string }) => s.id)).toEqual([made.body.id, second.body.id]);
    expect(
      (await call('GET', `/campaigns/${code}/snapshots`, { token: await issue('unit', u(1)) })).status,
    ).toBe(403);
    expect((await call('GET', `/campaigns/${code}/snapshots/S-nope`)).status).toBe(404);
  });
});
